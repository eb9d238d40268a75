import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../core/types.js";
import { codeWithDictionaries } from "./code-with-dictionaries.js";
import { dictionariesFromFiles } from "./load-dictionaries.js";
import { simpleDoc } from "./simple-doc.js";

const ACTORS = `ROHAN [ROH]
+ROHIRRIM
+EDORAS
GONDOR [GON]
MORDOR [MOR]
ISENGARD [ISE]
SARUMAN
\t[ISEGOV <30190301]
\t[ISEREB]
WHITE_COUNCIL [WCO]
`;
const AGENTS = `POLICE {} [~COP]
RIDER [~MIL]
GOVERNMENT [~GOV]
ELDER [~ELI]
HEALER [NGO~]
`;
const VERBS = `&WEAPON
+SPEAR
+BOW

--- PRAISE [051] ---
PRAISE
--- ATTACK [190] ---
ATTACK
- * (WITH &WEAPON) [193]
--- RESCUE [080] ---
RESCUE
- + * (FROM $) [081]
--- PARLEY [040:040] ---
PARLEY
--- FEUD [111] ---
FEUD
- % * [112]
--- SAY [010] ---
SAY {SAYS SAID}
--- WILL [030] ---
WILL
--- BLOCKADE [###] ---
BLOCKADE
`;
const DISCARDS = "HOBBIT GAMES\n+DRAGON LOTTERY\n";

const dicts = dictionariesFromFiles({
  "me.actors.txt": ACTORS,
  "me.agents.txt": AGENTS,
  "me.verbs.txt": VERBS,
  "me.discards.txt": DISCARDS,
});

function triples(text: string, date = "3019-03-10", config?: Record<string, string>): string[] {
  const doc = simpleDoc({ id: "t", text, date, origin: { file: "-" } });
  const events = codeWithDictionaries(doc, dicts, config ? { config } : {});
  return events.flatMap(tripleOf).sort();
}

function tripleOf(e: EventRecord): string[] {
  const A = e.actor.map((a) => a.code_full ?? a.code);
  const R = e.recipient.map((a) => a.code_full ?? a.code);
  if (R.length > 0) return A.flatMap((a) => R.map((r) => `${a}>${r}:${e.cameo}`));
  return A.flatMap((a) => A.filter((b) => b !== a).map((b) => `${a}>${b}:${e.cameo}`));
}

describe("codeWithDictionaries", () => {
  it.each([
    ["simple dyad", "Rohan praised Gondor on Tuesday.", ["ROH>GON:051"]],
    ["agent after actor", "Gondor's government praised the Rohirrim.", ["GONGOV>ROH:051"]],
    ["agent of actor", "The riders of Rohan attacked Mordor.", ["ROHMIL>MOR:190"]],
    ["prefix agent", "Gondor healers praised Rohan.", ["NGOGON>ROH:051"]],
    ["no plural for {}", "The Gondor polices praised Rohan.", ["GON>ROH:051"]],
    ["compound subject", "Rohan and Gondor attacked Mordor.", ["GON>MOR:190", "ROH>MOR:190"]],
    ["compound object", "Isengard attacked Rohan and Gondor.", ["ISE>GON:190", "ISE>ROH:190"]],
    ["pattern with synset", "Mordor attacked Rohan with spears.", ["MOR>ROH:193"]],
    ["pattern $ and +", "Gondor was rescued from Mordor by Rohan.", ["MOR>GON:081"]],
    ["passive voice", "Gondor was attacked by Mordor.", ["MOR>GON:190"]],
    ["reciprocal %", "Rohan and Isengard feuded again.", ["ISE>ROH:112", "ROH>ISE:112"]],
    ["split code A:B", "Rohan parleyed with Gondor.", ["GON>ROH:040", "ROH>GON:040"]],
    ["negation", "Rohan did not attack Mordor.", []],
    ["agent alone", "Elders praised Gondor.", ["---ELI>GON:051"]],
    ["no target, no event", "Rohan said nothing.", []],
    ["modal is not a verb", "Rohan will praise Gondor.", ["ROH>GON:051"]],
    ["capitalised word is a name", "Rohan met Attack in Gondor.", []],
    ["kill code drops the sentence", "Mordor said it would blockade Gondor.", []],
    ["sentence discard", "Rohan praised Gondor at the hobbit games.", []],
    [
      "second clause keeps its own subject",
      "Rohan praised Gondor but Isengard attacked Edoras.",
      ["ISE>ROH:190", "ROH>GON:051"],
    ],
  ])("%s", (_name, text, want) => {
    expect(triples(text)).toEqual(want);
  });

  it("uses the code in force on the document date", () => {
    expect(triples("Saruman attacked Rohan.", "3018-01-01")).toEqual(["ISEGOV>ROH:190"]);
    expect(triples("Saruman attacked Rohan.", "3019-06-01")).toEqual(["ISEREB>ROH:190"]);
  });

  it("discards the whole story on a story-level discard", () => {
    expect(triples("Rohan praised Gondor. The dragon lottery opened.")).toEqual([]);
  });

  it("codes one-sided events when require_dyad is false", () => {
    expect(triples("Rohan attacked.", "3019-03-10", { require_dyad: "false" })).toEqual([]);
    const doc = simpleDoc({ id: "t", text: "Rohan attacked.", origin: { file: "-" } });
    const ev = codeWithDictionaries(doc, dicts, { config: { require_dyad: false } });
    expect(ev.map((e) => [e.actor[0]?.code_full, e.recipient.length, e.cameo])).toEqual([
      ["ROH", 0, "190"],
    ]);
  });

  it("writes records with PLOVER type, rule id and evidence", () => {
    const doc = simpleDoc({
      id: "t",
      text: "The riders of Rohan attacked Mordor.",
      date: "3019-03-10",
      origin: { file: "-" },
    });
    const [e] = codeWithDictionaries(doc, dicts);
    expect(e?.event).toBe("ASSAULT");
    expect(e?.rule).toBe("dict-verb:me.verbs.txt:8");
    expect(e?.actor[0]).toMatchObject({ code: "ROH", sector: ["MIL"], code_full: "ROHMIL" });
    expect(e?.evidence.trigger.text).toBe("attacked");
    expect(e?.evidence.recipient[0]?.text).toBe("Mordor");
  });

  it("keeps every evidence span a slice of the text (property)", () => {
    const words = [
      "Rohan",
      "Gondor",
      "riders",
      "of",
      "Mordor",
      "attacked",
      "praised",
      "and",
      "the",
      "was",
      "by",
      ",",
      "police",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }), (ws) => {
        const text = `${ws.join(" ")}.`;
        const doc = simpleDoc({ id: "p", text, origin: { file: "-" } });
        for (const e of codeWithDictionaries(doc, dicts)) {
          const spans = [
            e.evidence.trigger,
            e.evidence.sentence,
            ...e.evidence.actor,
            ...e.evidence.recipient,
          ];
          for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
          for (const a of [...e.actor, ...e.recipient])
            expect(a.code_full?.startsWith(a.code) || a.code === "---").toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
