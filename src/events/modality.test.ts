import { describe, expect, it } from "vitest";
import type { TimeExpression, Token } from "../core/types.js";
import type { Hit } from "./find-hits.js";
import type { CueRule } from "./lexicon.js";
import { decideModality } from "./modality.js";
import { compilePattern, type TokenPattern } from "./token-pattern.js";
import { wordTokens } from "./test-code.js";

const toks = wordTokens;

/** Finds the cue words of the sentence by a naive scan, enough for these unit cases. */
function cuesIn(t: Token[], table: Record<string, CueRule["kind"]>): Hit<CueRule>[] {
  return t.flatMap((tok, i) => {
    const kind = table[tok.lower];
    if (!kind) return [];
    const pattern = compilePattern(tok.lower) as TokenPattern;
    return [{ rule: { id: `${kind}-${tok.lower}`, kind, pattern }, start: i, end: i + 1 }];
  });
}

const table: Record<string, CueRule["kind"]> = {
  not: "negation",
  never: "negation",
  will: "future",
  if: "hypothetical",
  could: "hypothetical",
  prevented: "negation",
};

describe("decideModality", () => {
  // [why, sentence, trigger word, expected modality]
  const cases: [string, string, string, string][] = [
    ["plain past is asserted", "Iran attacked the base", "attacked", "asserted"],
    ["negation right before", "Iran did not attack the base", "attack", "negated"],
    [
      "negation too far away does not reach",
      "Iran did not say much about why troops on the border later attacked",
      "attacked",
      "asserted",
    ],
    ["future auxiliary", "China will strengthen coordination", "strengthen", "future"],
    ["if-clause is hypothetical", "if Iran attacks the base", "attacks", "hypothetical"],
    [
      "if-clause ends at its comma",
      "if Iran attacks , the US will retaliate",
      "retaliate",
      "future",
    ],
    ["negated beats future", "Russia will not attend the talks", "attend", "negated"],
    ["modal could is hypothetical", "sanctions could follow", "follow", "hypothetical"],
    [
      "a negation word that starts the trigger is the event's own word, not a negation of it",
      "police prevented the march",
      "prevented",
      "asserted",
    ],
    [
      "the same word before the trigger negates it",
      "police prevented the march",
      "march",
      "negated",
    ],
    [
      "a second verb phrase with its own auxiliary escapes the first one's negation",
      "Hungary will not back down and will close the border",
      "close",
      "future",
    ],
    [
      "verbs sharing one auxiliary share its negation",
      "the rebels did not loot and burn the village",
      "burn",
      "negated",
    ],
  ];
  it.each(cases)("%s", (_why, text, trigger, want) => {
    const t = toks(text);
    const at = t.findIndex((x) => x.lower === trigger);
    expect(decideModality(t, cuesIn(t, table), at, undefined, undefined).modality).toBe(want);
  });

  const date = (value: string, past: boolean): TimeExpression => ({
    span: { start: 0, end: 1, text: "x" },
    sentence: 0,
    value,
    granularity: "day",
    past,
  });

  it("a date long before the story makes the event historical", () => {
    const t = toks("Iraq invaded Kuwait in 1990");
    expect(decideModality(t, [], 1, date("1990", true), "2023-11-01").modality).toBe("historical");
  });

  it("a date after the story makes the event future", () => {
    const t = toks("the leaders meet on Friday");
    expect(decideModality(t, [], 2, date("2023-11-03", false), "2023-11-01").modality).toBe(
      "future",
    );
  });

  it("a same-day date stays asserted", () => {
    const t = toks("the leaders met on Wednesday");
    expect(decideModality(t, [], 2, date("2023-11-01", false), "2023-11-01").modality).toBe(
      "asserted",
    );
  });
});
