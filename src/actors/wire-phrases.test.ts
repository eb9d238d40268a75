import { describe, expect, it } from "vitest";
import type { Mention } from "../core/types.js";
import { loadKnowledgeBase } from "./knowledge-base.js";
import { resolveActors } from "./resolve-actors.js";
import { annotate } from "../annotate/annotate.js";
import { testDoc } from "./test-doc.js";

const kb = loadKnowledgeBase();
const resolve = (text: string): Mention[] => resolveActors(testDoc(text), kb);

interface Want {
  readonly text: string;
  readonly kind?: Mention["kind"];
  readonly code?: string;
  readonly sector?: readonly string[];
  readonly name?: string | null;
  readonly modifierOnly?: boolean;
}

function check(mentions: readonly Mention[], w: Want): void {
  const found = mentions.find((m) => m.span.text === w.text);
  expect(
    found,
    `no mention "${w.text}" in ${mentions.map((m) => m.span.text).join(" | ")}`,
  ).toBeDefined();
  if (!found) return;
  if (w.kind) expect(found.kind).toBe(w.kind);
  if (w.code !== undefined) expect(found.entity.code).toBe(w.code);
  if (w.sector) expect(found.entity.sector).toEqual(w.sector);
  if (w.name === null) expect(found.entity.name).toBeUndefined();
  else if (w.name !== undefined) expect(found.entity.name).toBe(w.name);
  if (w.modifierOnly !== undefined) expect(found.modifierOnly).toBe(w.modifierOnly);
}

// Rule id (as in the data tables or code), sentence, expected mentions. Sentences are our own.
const cases: [string, string, Want[]][] = [
  [
    "ppl-putin (people.tsv surname)",
    "Putin rejected the offer on Monday.",
    [{ text: "Putin", kind: "person", code: "RUS", sector: ["GOV"], name: "Vladimir Putin" }],
  ],
  [
    "people.tsv name under a title",
    "President Omar Hassan al-Bashir flew to Cairo.",
    [
      {
        text: "President Omar Hassan al-Bashir",
        kind: "person",
        code: "SDN",
        name: "Omar al-Bashir",
      },
    ],
  ],
  [
    "listed name only adopted at the end",
    "Foreign Minister Abbas Araghchi spoke to reporters.",
    [{ text: "Foreign Minister Abbas Araghchi", code: "", name: "Abbas Araghchi" }],
  ],
  [
    "former + listed person keeps ELI",
    "Former President Hosni Mubarak died in Cairo.",
    [{ text: "President Hosni Mubarak", code: "EGY", sector: ["ELI"] }],
  ],
  [
    "person + body noun",
    "The Obama administration imposed new tariffs.",
    [
      {
        text: "Obama administration",
        kind: "organisation",
        code: "USA",
        sector: ["GOV"],
        name: null,
      },
    ],
  ],
  [
    "apposition over a location PP",
    "The British commander in Afghanistan, General John Hale, said the base was safe.",
    [
      {
        text: "British commander in Afghanistan, General John Hale",
        kind: "person",
        code: "GBR",
        sector: ["MIL"],
        name: "John Hale",
      },
    ],
  ],
  [
    "place-country (local noun)",
    "Protesters in Cairo blocked a main road.",
    [{ text: "Protesters in Cairo", code: "EGY", sector: ["CVL"] }],
  ],
  [
    "place is not the country of troops",
    "Troops in Iraq came under fire.",
    [{ text: "Troops in Iraq", code: "", sector: ["MIL"] }],
  ],
  [
    "sector-peacekeeper",
    "Fijian peacekeepers were wounded in the blast.",
    [{ text: "Fijian peacekeepers", kind: "group", code: "FJI", sector: ["MIL"] }],
  ],
  [
    "sector-peacekeeper with the UN",
    "The rebels freed UN peacekeepers.",
    [{ text: "UN peacekeepers", code: "UNO", sector: ["MIL"] }],
  ],
  [
    "compound noun before a sector noun",
    "French paper workers blocked a bridge.",
    [{ text: "French paper workers", code: "FRA", sector: ["LAB"] }],
  ],
  [
    "sector-national-security-advisor",
    "Iraq's national security advisor met the envoy.",
    [{ text: "Iraq's national security advisor", kind: "role", code: "IRQ", sector: ["GOV"] }],
  ],
  [
    "fw-based (attributive)",
    "A London-based group said the figures were wrong.",
    [{ text: "London", modifierOnly: true }],
  ],
  [
    "fw-backed (attributive)",
    "Iran-backed militias fired rockets.",
    [{ text: "Iran", code: "IRN", modifierOnly: true }],
  ],
  [
    "actor-proper-org (party)",
    "The Rwandan Patriotic Front won the vote.",
    [{ text: "Rwandan Patriotic Front", kind: "organisation", code: "RWA", sector: ["PTY"] }],
  ],
  [
    "actor-proper-org longer than a sector noun",
    "The Kenya Union of Journalists condemned the raid.",
    [{ text: "Kenya Union of Journalists", code: "KEN", sector: ["LAB"] }],
  ],
  [
    "actor-proper-org ends at a bare word",
    "A Malaysia Airlines Boeing landed safely.",
    [{ text: "Malaysia Airlines", code: "MYS", sector: ["BUS"] }],
  ],
  [
    "compound sector nouns",
    "A government spokesman, Colonel Ali Diallo, denied the report.",
    [
      {
        text: "government spokesman, Colonel Ali Diallo",
        kind: "person",
        sector: ["GOV"],
        name: "Ali Diallo",
      },
    ],
  ],
  [
    "compound: generic head takes the modifier's sector",
    "Rebel leaders rejected the truce.",
    [{ text: "Rebel leaders", sector: ["REB"] }],
  ],
  [
    "hon-general (military honorific)",
    "General Ali Diallo inspected the troops.",
    [{ text: "General Ali Diallo", kind: "person", sector: ["MIL"] }],
  ],
  [
    "home-country",
    "Kenyan police fired tear gas at protesters in Nairobi. The authorities said 30 people were held.",
    [
      { text: "authorities", code: "KEN", sector: ["GOV"] },
      { text: "people", code: "KEN" },
    ],
  ],
  [
    "dateline-country when no country dominates",
    "NAIROBI, May 2 (Reuters) - Police fired tear gas at protesters on Tuesday.",
    [
      { text: "Police", code: "KEN" },
      { text: "protesters", code: "KEN" },
    ],
  ],
  [
    "a dominant country beats the dateline",
    "LONDON, May 2 (Reuters) - Kenyan police fired tear gas at protesters. Kenya's government said the protesters were paid.",
    [{ text: "protesters", code: "KEN" }],
  ],
  [
    "home country for unnamed roles when one country dominates",
    "Mexican police said gunmen shot Mayor Ana Torres. Mexico's government condemned the killing.",
    [{ text: "Mayor Ana Torres", code: "MEX" }],
  ],
  [
    "military-government",
    "Guinea's military government expelled two diplomats.",
    [{ text: "Guinea's military government", code: "GIN", sector: ["GOV", "MIL"] }],
  ],
  [
    "actor-ethnic-group: a state's demonym before another people's plural names a group of that state",
    "Bosnian Serbs blocked the road to Srebrenica on Friday.",
    [{ text: "Bosnian Serbs", kind: "group", code: "BIH", modifierOnly: false }],
  ],
  [
    "actor-ethnic-group with a sector noun: 'Bosnian Serb soldiers' are Bosnia's",
    "Bosnian Serb soldiers blocked the road to Srebrenica on Friday.",
    [{ text: "Bosnian Serb soldiers", code: "BIH", sector: ["MIL"] }],
  ],
  [
    "country-srb demonym 'Serb' (country-aliases.tsv)",
    "Serb police fired tear gas at the crowd.",
    [{ text: "Serb police", code: "SRB", sector: ["COP"] }],
  ],
  [
    "a demonym before another demonym that modifies a topic noun is no ethnic group",
    "Chinese Russian trade grew last year.",
    [{ text: "Russian", code: "RUS", modifierOnly: true }],
  ],
  [
    "sector-vice-foreign-minister after a possessive",
    "Japan's Vice Foreign Minister arrived in Seoul on Monday.",
    [{ text: "Japan's Vice Foreign Minister", code: "JPN", sector: ["GOV"] }],
  ],
  [
    "org-ltte: 'Tamil Tigers' are Sri Lankan rebels",
    "The Tamil Tigers shelled a navy base near Trincomalee.",
    [{ text: "Tamil Tigers", kind: "organisation", code: "LKA", sector: ["REB"] }],
  ],
  [
    "org-eec: the European Community is the EU's predecessor (EUR)",
    "The European Community imposed an arms embargo on the region.",
    [{ text: "European Community", kind: "organisation", code: "EUR" }],
  ],
  [
    "country-pse alias 'the West Bank' outmatches region-west 'the West' + 'Bank'",
    "Troops closed roads across the West Bank on Sunday.",
    [{ text: "the West Bank", kind: "country", code: "PSE" }],
  ],
  [
    "country-gbr metonym 'Met Police': London's police, not the verb 'met'",
    "Met Police detained four climate activists outside parliament on Tuesday.",
    [{ text: "Met Police", code: "GBR", sector: ["COP"], modifierOnly: false }],
  ],
  [
    "country-gbr metonym 'the Met' before a reporting verb the tagger reads as an adjective",
    "The Met said two officers were injured during the march.",
    [{ text: "The Met", code: "GBR", sector: ["COP"], modifierOnly: false }],
  ],
  [
    "country-gbr metonym 'the Met Office' is the weather service, not the police",
    "The Met Office issued a flood warning for Wales.",
    [{ text: "The Met Office", code: "GBR", sector: ["GOV"] }],
  ],
];

describe("wire phrase rules", () => {
  it.each(cases)("%s: %s", (_id, text, wants) => {
    const mentions = resolve(text);
    for (const w of wants) check(mentions, w);
  });

  it.each([
    [
      "attributive after a sector noun: rebel-held",
      "Shells hit rebel-held districts overnight.",
      "rebel",
    ],
    [
      "an organisation alias inside a longer proper name",
      "The National Human Rights Commission said it was concerned.",
      "Commission",
    ],
    [
      "no home country without a dominant country",
      "Brazil and India met in Geneva. The ministers agreed on trade.",
      "ministers",
    ],
  ])("%s", (_, text, word) => {
    const m = resolve(text).find((x) => x.span.text.includes(word));
    if (word === "ministers") expect(m?.entity.code ?? "").toBe("");
    else expect(m).toBeUndefined();
  });
});

describe("undated articles: a day word after a name is a date, not the noun the name modifies", () => {
  const undated = (text: string): Mention[] =>
    resolveActors(annotate({ id: "undated", text, origin: { file: "test" } }), kb);
  it.each([
    ["fw-time-today", "Syria today rejected the proposal.", "Syria", "SYR"],
    ["a capitalised weekday (not-name)", "Kenya Friday closed its border.", "Kenya", "KEN"],
  ])("%s: %s", (_id, text, name, code) => {
    check(undated(text), { text: name, code, modifierOnly: false });
  });
});

describe("caseless text: names written in lower case", () => {
  it.each([
    [
      "a lower-case article: demonyms and names match any case",
      "syrian troops shelled rebel positions near aleppo on monday, a monitoring group said.",
      "syrian troops",
      "SYR",
    ],
    [
      "a normally cased article keeps requiring capitals",
      "Officials said the chad and the turkey were served at the dinner in Paris on Monday.",
      "chad",
      undefined,
    ],
  ])("%s", (_why, text, span, code) => {
    const found = resolve(text).find((m) => m.span.text === span);
    expect(found?.entity.code).toBe(code);
  });
});
