import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Mention } from "../core/types.js";
import { loadKnowledgeBase } from "./knowledge-base.js";
import { resolveActors } from "./resolve-actors.js";
import { testDoc } from "./test-doc.js";

const kb = loadKnowledgeBase();
const resolve = (text: string): Mention[] => resolveActors(testDoc(text), kb);

interface Want {
  readonly text: string;
  readonly kind?: Mention["kind"];
  readonly code?: string;
  readonly sector?: readonly string[];
  readonly name?: string;
  readonly office?: string;
  readonly modifierOnly?: boolean;
  /** Span text of the mention this one must corefer with. */
  readonly antecedent?: string;
  /** Which occurrence of `text` (default the first). */
  readonly nth?: number;
}

function check(mentions: readonly Mention[], want: Want): void {
  const found = mentions.filter((m) => m.span.text === want.text)[want.nth ?? 0];
  expect(
    found,
    `no mention "${want.text}" in ${mentions.map((m) => m.span.text).join(" | ")}`,
  ).toBeDefined();
  if (!found) return;
  if (want.kind) expect(found.kind).toBe(want.kind);
  if (want.modifierOnly !== undefined) expect(found.modifierOnly).toBe(want.modifierOnly);
  if (want.sector) expect(found.entity.sector).toEqual(want.sector);
  for (const key of ["code", "name", "office"] as const)
    if (want[key] !== undefined) expect(found.entity[key]).toBe(want[key]);
  if (want.antecedent)
    expect(mentions.find((m) => m.id === found.antecedent)?.span.text).toBe(want.antecedent);
}

const cases: [string, string, Want[]][] = [
  [
    "country-demonym-sector",
    "Israeli troops entered the town on Monday.",
    [{ text: "Israeli troops", kind: "group", code: "ISR", sector: ["MIL"] }],
  ],
  [
    "role-demonym-office",
    "The Omani foreign minister arrived late.",
    [
      {
        text: "Omani foreign minister",
        kind: "role",
        code: "OMN",
        sector: ["GOV"],
        office: "Foreign Minister",
      },
    ],
  ],
  [
    "police-and-protesters",
    "Iraqi police arrested Palestinian protesters.",
    [
      { text: "Iraqi police", code: "IRQ", sector: ["COP"] },
      { text: "Palestinian protesters", code: "PSE", sector: ["CVL"] },
    ],
  ],
  [
    "sector-of-country",
    "The government of Iraq rejected the plan.",
    [{ text: "government of Iraq", kind: "organisation", code: "IRQ", sector: ["GOV"] }],
  ],
  [
    "possessive-sector",
    "Iraq's foreign ministry summoned the ambassador.",
    [{ text: "Iraq's foreign ministry", code: "IRQ", sector: ["GOV"] }],
  ],
  [
    "title-name",
    "Chinese Foreign Minister Wang Yi landed in Muscat.",
    [
      {
        text: "Chinese Foreign Minister Wang Yi",
        kind: "person",
        code: "CHN",
        name: "Wang Yi",
        office: "Foreign Minister",
      },
    ],
  ],
  [
    "title-honorific-name",
    "Omani Foreign Minister Sayyid Badr Albusaidi spoke.",
    [
      {
        text: "Omani Foreign Minister Sayyid Badr Albusaidi",
        kind: "person",
        code: "OMN",
        name: "Badr Albusaidi",
      },
    ],
  ],
  [
    "apposition-name-first",
    "Wang Yi, China's foreign minister, met reporters.",
    [
      {
        text: "Wang Yi, China's foreign minister",
        kind: "person",
        code: "CHN",
        name: "Wang Yi",
        office: "Foreign Minister",
      },
    ],
  ],
  [
    "apposition-role-first",
    "China's foreign minister, Wang Yi, met reporters.",
    [{ text: "China's foreign minister, Wang Yi", kind: "person", name: "Wang Yi" }],
  ],
  [
    "multiword-title",
    "U.S. Secretary of State Antony Blinken flew home.",
    [
      {
        text: "U.S. Secretary of State Antony Blinken",
        code: "USA",
        name: "Antony Blinken",
        office: "Secretary of State",
      },
    ],
  ],
  [
    "org-office-title",
    "UN Secretary-General Antonio Guterres urged restraint.",
    [
      {
        text: "UN Secretary-General Antonio Guterres",
        kind: "person",
        code: "UNO",
        office: "Secretary-General",
      },
    ],
  ],
  [
    "name-of-country",
    "Foreign Minister Ayman al-Safadi of Jordan left.",
    [{ text: "Foreign Minister Ayman al-Safadi of Jordan", code: "JOR", name: "Ayman al-Safadi" }],
  ],
  [
    "modifier-only-demonym",
    "Analysts say the Chinese economy is slowing.",
    [{ text: "Chinese", code: "CHN", modifierOnly: true }],
  ],
  [
    "modifier-only-hyphen",
    "Talks on the Israeli-Palestinian conflict resumed.",
    [
      { text: "Israeli", code: "ISR", modifierOnly: true },
      { text: "Palestinian", code: "PSE", modifierOnly: true },
    ],
  ],
  [
    "coordinated-demonyms",
    "Israeli and Palestinian leaders met.",
    [
      { text: "Israeli", code: "ISR", sector: ["GOV"], modifierOnly: false },
      { text: "Palestinian leaders", code: "PSE", sector: ["GOV"] },
    ],
  ],
  [
    "longest-org",
    "The UN Security Council met on Friday.",
    [{ text: "UN Security Council", kind: "organisation", code: "UNO", sector: ["GOV"] }],
  ],
  [
    "capital-metonym",
    "The Pentagon said the Kremlin had not replied.",
    [
      { text: "Pentagon", kind: "capital", code: "USA", sector: ["MIL"] },
      { text: "Kremlin", code: "RUS", sector: ["GOV"] },
    ],
  ],
  [
    "capital-as-actor",
    "Beijing said it would respond.",
    [
      { text: "Beijing", kind: "capital", code: "CHN", sector: ["GOV"] },
      { text: "it", kind: "pronoun", antecedent: "Beijing" },
    ],
  ],
  [
    "org-own-sector-wins",
    "Hamas militants fired rockets.",
    [{ text: "Hamas militants", code: "PSE", sector: ["REB"] }],
  ],
  [
    "plural-demonym",
    "Thousands of Palestinians fled south.",
    [{ text: "Palestinians", kind: "group", code: "PSE" }],
  ],
  [
    "former-official",
    "Former President Ali Ahmed spoke.",
    [{ text: "President Ali Ahmed", sector: ["ELI"], name: "Ali Ahmed" }],
  ],
  [
    "surname-coref",
    "German Chancellor Olaf Scholz arrived. Scholz said talks went well.",
    [
      {
        text: "Scholz",
        kind: "person",
        code: "DEU",
        name: "Olaf Scholz",
        antecedent: "German Chancellor Olaf Scholz",
      },
    ],
  ],
  [
    "pronoun-coref",
    "German Chancellor Olaf Scholz arrived. He said talks went well.",
    [{ text: "He", kind: "pronoun", code: "DEU", name: "Olaf Scholz" }],
  ],
  [
    "role-coref",
    "Foreign Minister Ayman al-Safadi of Jordan arrived. The minister said talks went well.",
    [
      {
        text: "minister",
        kind: "role",
        code: "JOR",
        name: "Ayman al-Safadi",
        antecedent: "Foreign Minister Ayman al-Safadi of Jordan",
      },
    ],
  ],
  [
    "group-pronoun",
    "Protesters blocked the road. They demanded new elections.",
    [{ text: "They", kind: "pronoun", sector: ["CVL"], antecedent: "Protesters" }],
  ],
  [
    "org-pronoun",
    "The European Union said its sanctions would stay.",
    [{ text: "its", code: "EUR", antecedent: "European Union" }],
  ],
  [
    "region-group",
    "The resolution was drafted by Arab nations.",
    [{ text: "Arab nations", kind: "group", code: "ARB" }],
  ],
  [
    "apposition-long-name: hyphens and particles do not count toward a name's length",
    "Bahrain's king, Sheikh Hamad bin Isa al-Khalifa, received the envoy on Sunday.",
    [
      {
        text: "Bahrain's king, Sheikh Hamad bin Isa al-Khalifa",
        kind: "person",
        code: "BHR",
        name: "Hamad bin Isa al-Khalifa",
      },
    ],
  ],
  [
    "possessor: a listed person after a country's possessive is one person mention",
    "Germany's Scholz telephoned France's Macron on Thursday.",
    [
      { text: "Germany's Scholz", kind: "person", code: "DEU", name: "Olaf Scholz" },
      { text: "France's Macron", kind: "person", code: "FRA" },
    ],
  ],
  [
    "possessed-organ: another country's metonym after a possessive is the possessor's organ",
    "India's Foreign Office summoned the Canadian envoy on Monday.",
    [{ text: "India's Foreign Office", kind: "organisation", code: "IND", sector: ["GOV"] }],
  ],
  [
    "possessor-place: a capital between a possessor and its organ only places the organ",
    "Egypt's Paris embassy denied the report on Friday.",
    [{ text: "Egypt's Paris embassy", code: "EGY", sector: ["GOV"] }],
  ],
  [
    "org-rsf: the full name still names Reporters Without Borders",
    "Reporters Without Borders condemned the arrest on Monday.",
    [{ text: "Reporters Without Borders", code: "NGO", sector: ["JRN"] }],
  ],
  [
    "people.tsv batch 2: a 1980s head of government under a title",
    "Prime Minister Brian Mulroney flew to Ottawa after the summit.",
    [{ text: "Prime Minister Brian Mulroney", kind: "person", code: "CAN" }],
  ],
  [
    "people.tsv: a Chinese two-syllable name ending in 'He' is a name, not a pronoun",
    "Vice Premier Liu He arrived in Washington. Liu He told reporters the talks went well.",
    [
      { text: "Vice Premier Liu He", kind: "person", code: "CHN" },
      { text: "Liu He", kind: "person", code: "CHN", name: "Liu He" },
    ],
  ],
  [
    "fronted-place: 'In COUNTRY,' opening the sentence places the local noun after the comma",
    "In neighbouring Chad, protesters blocked the main road to the capital.",
    [{ text: "protesters", code: "TCD", sector: ["CVL"] }],
  ],
  [
    "a place after a locative preposition heads no comma list",
    "In Brussels, Dutch farmers blocked roads on Tuesday.",
    [
      { text: "Dutch farmers", code: "NLD", sector: ["AGR"] },
      { text: "Brussels", kind: "organisation", sector: [] },
    ],
  ],
  [
    "counterpart-office",
    "The Kenyan defence minister met his Ugandan counterpart in Kampala on Friday.",
    [
      {
        text: "Ugandan counterpart in Kampala",
        kind: "role",
        code: "UGA",
        sector: ["GOV"],
        office: "Defence Minister",
      },
    ],
  ],
  [
    "counterpart-sector-plural",
    "Senior Indian army officers held talks with their Chinese counterparts on Tuesday.",
    [{ text: "Chinese counterparts", kind: "group", code: "CHN", sector: ["MIL"] }],
  ],
];

describe("resolveActors rules", () => {
  it.each(cases)("%s: %s", (_id, text, wants) => {
    const mentions = resolve(text);
    for (const w of wants) check(mentions, w);
  });

  it.each([
    ["capital after a locative preposition is a place", "Officials met in Moscow on Tuesday."],
    ["blocker beats a country inside it", "Voters in New Jersey went to the polls."],
    ["sector noun modifying a noun", "The civilian casualties rose."],
    ["lowercase acronym lookalike", "Tell us what happened."],
    // org-rsf: bare 'RSF' is Sudan's paramilitary or Reporters Without Borders; the text cannot tell
    ["ambiguous bare acronym", "RSF said the shelling of Omdurman would continue."],
  ])("%s gives no mention: %s", (_, text) => {
    expect(resolve(text)).toEqual([]);
  });

  it("does not code the dateline place", () => {
    const mentions = resolve(
      "MUSCAT, May 3 (Xinhua) -- Oman's foreign minister said on Friday that talks had begun.",
    );
    expect(mentions.map((m) => m.span.text)).toEqual(["Oman's foreign minister"]);
  });
});

function seedArticle(): string {
  const local = join(process.cwd(), "examples", "xinhua-wang-yi-albusaidi.article");
  const file = existsSync(local) ? local : "/work/shared/fixtures/seed-article.txt";
  const raw = readFileSync(file, "utf8");
  // The `article` format: a header line, a blank line, then the body.
  return raw.slice(raw.indexOf("\n\n") + 2);
}

describe("golden: the sample article", () => {
  const mentions = resolve(seedArticle());
  it.each<Want>([
    {
      text: "Chinese Foreign Minister Wang Yi",
      kind: "person",
      code: "CHN",
      sector: ["GOV"],
      name: "Wang Yi",
    },
    {
      text: "Omani Foreign Minister Sayyid Badr Albusaidi",
      kind: "person",
      code: "OMN",
      sector: ["GOV"],
      name: "Badr Albusaidi",
    },
    { text: "Israeli", code: "ISR", modifierOnly: true },
    { text: "Palestinian", code: "PSE", modifierOnly: true },
    { text: "he", kind: "pronoun", name: "Badr Albusaidi" },
    {
      text: "Omani foreign minister",
      kind: "role",
      name: "Badr Albusaidi",
      antecedent: "Omani Foreign Minister Sayyid Badr Albusaidi",
    },
    { text: "he", nth: 1, kind: "pronoun", name: "Badr Albusaidi" },
    {
      text: "Wang",
      kind: "person",
      name: "Wang Yi",
      antecedent: "Chinese Foreign Minister Wang Yi",
    },
    { text: "Arab nations", kind: "group", code: "ARB" },
    { text: "Arab countries", kind: "group", code: "ARB" },
    { text: "UN Security Council", kind: "organisation", code: "UNO" },
  ])("$text ($kind)", (want) => check(mentions, want));

  it("never codes the dateline", () => {
    expect(mentions.some((m) => m.span.text.toUpperCase() === "BEIJING")).toBe(false);
  });
});

describe("invariants", () => {
  const words = [
    "Chinese",
    "Foreign",
    "Minister",
    "Wang",
    "Yi",
    "said",
    "he",
    "the",
    "Israeli",
    "troops",
    "UN",
    "Security",
    "Council",
    ",",
    "and",
    "Palestinian",
    "protesters",
    "Oman",
    "'s",
    "government",
    "of",
    "Iraq",
    ".",
    "Mr",
    "Smith",
    "they",
    "its",
    "Arab",
    "nations",
    "-",
  ];
  it("every span is the text it covers and lies inside its sentence", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }), (ws) => {
        const doc = testDoc(ws.join(" "));
        for (const m of resolveActors(doc, kb)) {
          expect(m.span.text).toBe(doc.text.slice(m.span.start, m.span.end));
          expect(m.entity.entity_text).toBe(m.span.text);
          const s = doc.sentences[m.sentence];
          expect(s && m.span.start >= s.start && m.span.end <= s.end).toBe(true);
          expect(m.head >= m.tokenStart && m.head < m.tokenEnd).toBe(true);
          if (m.antecedent !== undefined) expect(m.antecedent).not.toBe(m.id);
        }
      }),
      { numRuns: 200 },
    );
  });
});
