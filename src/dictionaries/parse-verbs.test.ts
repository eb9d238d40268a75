import { describe, expect, it } from "vitest";
import type { PatternElement, VerbEntry } from "./dictionary-types.js";
import { dictionariesFromFiles } from "./load-dictionaries.js";
import { parsePetrarchVerbs } from "./parse-verbs-petrarch.js";
import { parseTabariVerbs } from "./parse-verbs-tabari.js";

const PETR = `&STEED
+HORSE
+PONY_
&MOUNTS
+&STEED
+EAGLE

--- PARLEY [040] ---
PARLEY
+HOLD_COUNCIL {+HOLDS_COUNCIL +HELD_COUNCIL}
- * {WAR COUNCIL} [043]
- + * (WITH $) [044:045]
- % * [046]
- $ ^ (FOR) * [047]

--- RIDE [---] ---
RIDE {RODE RIDDEN} [150]
- * &MOUNTS [151]
`;

function show(els: readonly PatternElement[]): string[] {
  return els.map((e) =>
    e.kind === "word"
      ? `${e.word.text}${e.word.joined ? "_" : ""}`
      : e.kind === "set"
        ? `{${e.options.map((o) => o.map((w) => w.text).join(" ")).join("|")}}`
        : e.kind,
  );
}

function forms(v: VerbEntry): string[] {
  return v.forms.map((f) => f.map((w) => w.text).join(" "));
}

describe("parsePetrarchVerbs", () => {
  const verbs = parsePetrarchVerbs("v.txt", PETR);
  it("reads verbs with generated or explicit forms and block or own codes", () => {
    expect(verbs.map((v) => [forms(v), v.code])).toEqual([
      [["parley", "parleys", "parleyed", "parleying"], "040"],
      [["hold council", "holds council", "held council"], "040"],
      [["ride", "rode", "ridden"], "150"],
    ]);
  });
  it("reads patterns: {} and () groups joined, marks, nested synsets", () => {
    const p = verbs[0]?.patterns ?? [];
    expect(p.map((x) => [show(x.lower), show(x.upper), x.code])).toEqual([
      [[], ["war_", "council"], "043"],
      [["target"], ["with_", "source"], "044:045"],
      [["compound"], [], "046"],
      [["for", "skip", "source"], [], "047"],
    ]);
    expect(show(verbs[2]?.patterns[0]?.upper ?? [])).toEqual(["{horse|pony|eagle}"]);
  });
  it.each([
    ["PARLEY\n", /v\.txt:1: line outside/],
    ["--- X [1] ---\nX\n- * FOO\n", /v\.txt:3: pattern has no \[code\]/],
    ["--- X [1] ---\nX\n- FOO [2]\n", /v\.txt:3: pattern has no "\*"/],
  ])("throws with file:line on %j", (text, re) => {
    expect(() => parsePetrarchVerbs("v.txt", text)).toThrow(re);
  });
});

const TAB = `<SYNSETS>
&STEED
+HORSE
+PONY
</SYNSETS>
<TIME>
YESTERDAY [-1]
</TIME>
PARLEY_ [031] ;comment
{ PARLAYED_ PARLAY }
- SAID_+ * { WAR | BATTLE } COUNCIL [032]
- * &STEED_TRADE [033]
BAN= [191]
`;

describe("parseTabariVerbs", () => {
  const verbs = parseTabariVerbs("t.verbs", TAB);
  it("reads verbs, extra form lines, alternatives and synsets; skips <TIME>", () => {
    expect(verbs.map((v) => [forms(v), v.code])).toEqual([
      [["parley", "parlayed", "parlay"], "031"],
      [["ban"], "191"],
    ]);
    const p = verbs[0]?.patterns ?? [];
    expect(show(p[0]?.lower ?? [])).toEqual(["target", "said_"]);
    expect(show(p[0]?.upper ?? [])).toEqual(["{war|battle}", "council"]);
    expect(show(p[1]?.upper ?? [])).toEqual(["{horse|pony}", "trade"]);
    expect(verbs[1]?.forms[0]?.[0]?.mode).toBe("exact");
  });
  it("throws on a pattern before any verb", () => {
    expect(() => parseTabariVerbs("t.verbs", "- * X [1]")).toThrow(/t\.verbs:1/);
  });
});

describe("dictionariesFromFiles", () => {
  it("tells kinds and families by name and header", () => {
    const d = dictionariesFromFiles({
      "x.actors": "ROHAN [ROH]",
      "y.txt": "<!-- VERB DICTIONARY -->\n--- A [1] ---\nA\n",
    });
    expect([d.family, d.scheme, d.actors.length, d.verbs.length]).toEqual([
      "petrarch",
      "cameo",
      1,
      1,
    ]);
  });
  it("throws when a file's kind cannot be told", () => {
    expect(() => dictionariesFromFiles({ "mystery.dat": "ROHAN [ROH]" })).toThrow(
      /mystery\.dat: cannot tell/,
    );
  });
});
