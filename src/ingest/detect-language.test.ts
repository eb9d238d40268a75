import { describe, expect, it } from "vitest";
import { detectLanguage, MIN_DETECT_CHARS } from "./detect-language.js";

/** Invented wire-style paragraphs, written for this test. */
const OTHER: readonly [string, string][] = [
  [
    "spa",
    "El ministro de Asuntos Exteriores de Perú se reunió el martes en Lima con su homólogo chileno para hablar de la pesca en la frontera marítima, según un comunicado de la cancillería, que calificó el encuentro de constructivo.",
  ],
  [
    "fra",
    "Le ministre des Affaires étrangères du Sénégal a reçu mardi à Dakar son homologue malien pour évoquer la sécurité dans la région du Sahel, a indiqué le ministère dans un communiqué publié dans la soirée.",
  ],
  [
    "deu",
    "Der österreichische Außenminister hat am Dienstag in Wien seinen ungarischen Amtskollegen empfangen, um über den Grenzverkehr und die Zusammenarbeit bei der Energieversorgung zu sprechen, teilte das Ministerium mit.",
  ],
  [
    "por",
    "O ministro das Relações Exteriores de Angola recebeu nesta terça-feira em Luanda o seu homólogo moçambicano para discutir a cooperação na área da segurança marítima, informou o ministério em comunicado.",
  ],
  [
    "ita",
    "Il ministro degli Esteri della Croazia ha incontrato martedì a Zagabria il suo omologo sloveno per discutere della gestione dei confini e della cooperazione energetica, ha riferito il ministero in una nota.",
  ],
  [
    "ind",
    "Menteri Luar Negeri Indonesia bertemu dengan mitranya dari Malaysia di Jakarta pada hari Selasa untuk membahas kerja sama perbatasan dan perlindungan pekerja migran, kata kementerian dalam sebuah pernyataan.",
  ],
  [
    "rus",
    "Министр иностранных дел Казахстана во вторник встретился в Астане со своим узбекским коллегой, чтобы обсудить вопросы водных ресурсов и торговли между двумя странами, сообщило министерство в своем заявлении.",
  ],
  [
    "arb",
    "التقى وزير الخارجية الأردني يوم الثلاثاء في عمان نظيره العراقي لبحث التعاون في مجال الطاقة وأمن الحدود بين البلدين، بحسب بيان صادر عن وزارة الخارجية الأردنية في وقت لاحق من اليوم نفسه، وقال البيان إن الجانبين اتفقا على مواصلة التشاور.",
  ],
  [
    "cmn",
    "越南外交部长星期二在河内会见了老挝外交部长，双方讨论了湄公河水资源管理和边境贸易合作问题。越南外交部在声明中表示，两国同意加强在交通基础设施方面的合作，并将于明年举行新一轮会谈。双方还同意扩大两国之间的教育交流，增加留学生名额，并在农业技术方面开展联合研究项目。老挝外交部长表示，老方愿意与越方一道落实两国领导人达成的共识，推动双边关系不断向前发展。会谈结束后，两国外长共同出席了一项合作文件的签字仪式，并会见了记者。",
  ],
];

const ENGLISH: readonly string[] = [
  "NAIROBI, June 3 (Wire) - Kenya's foreign minister met his Ugandan counterpart in Nairobi on Monday to discuss transit fees on the fuel pipeline, and the two agreed to set up a committee to study the matter, the ministry said.",
  // Name-heavy lists have few function words; franc alone mistakes them for other languages.
  "Attending were Olumide Adeyemi (APC), Chukwuma Obi (PDP), Aminu Danjuma (NNPP), Ifeoma Nwosu (LP), Babatunde Lawal (ADC), Halima Sule (APGA), Emeka Okafor (YPP), Musa Garba (SDP), Tunde Bakare and Ngozi Eze of Lagos.",
  "Ravindra Kulkarni (45), Sunita Deshpande (38), Anil Patwardhan (52), Meera Joshi (29), Prakash Gokhale (61), Kavita Bhosale (33), Sanjay Kale (47), Neha Apte (24), Vikram Sathe (36) and Rohan Karve (19), Pune.",
];

describe("detectLanguage", () => {
  it.each(OTHER)("recognises %s", (code, text) => {
    expect(text.length).toBeGreaterThanOrEqual(MIN_DETECT_CHARS);
    expect(detectLanguage(text)).toEqual({ english: false, code });
  });

  it.each(ENGLISH)("keeps English as English: %s", (text) => {
    expect(text.length).toBeGreaterThanOrEqual(MIN_DETECT_CHARS);
    expect(detectLanguage(text)).toEqual({ english: true });
  });

  it(`assumes English under ${MIN_DETECT_CHARS} characters`, () => {
    expect(detectLanguage("El ministro se reunió el martes con su homólogo chileno.")).toEqual({
      english: true,
    });
    expect(detectLanguage(" ".repeat(500))).toEqual({ english: true });
  });
});
