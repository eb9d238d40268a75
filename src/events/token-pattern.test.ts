import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Token } from "../core/types.js";
import {
  compilePattern,
  matchAt,
  matchCandidate,
  PatternIndex,
  type TokenPattern,
} from "./token-pattern.js";

/** Builds tokens from "word/LEMMA/POS" triples separated by spaces (lemma and POS optional). */
function toks(spec: string): Token[] {
  let at = 0;
  return spec.split(" ").map((w, i) => {
    const [text = "", lemma, pos] = w.split("/");
    const t: Token = {
      i,
      start: at,
      end: at + text.length,
      text,
      lower: text.toLowerCase(),
      lemma: (lemma ?? text).toLowerCase(),
      pos: pos ?? "X",
      sentence: 0,
    };
    at += text.length + 1;
    return t;
  });
}

const compile = (s: string): TokenPattern => {
  const p = compilePattern(s);
  if (typeof p === "string") throw new Error(p);
  return p;
};
const noBarrier = (): boolean => false;

describe("compilePattern", () => {
  it.each([
    ["", "empty pattern"],
    ["... talk", "a pattern must start with a word"],
    ["_ talk", "a pattern must start with a word"],
    ["hold ...", "a pattern must not end with a gap"],
  ])("rejects %j", (src, err) => expect(compilePattern(src)).toBe(err));

  it("a POS tag on the last alternative applies to the untagged ones", () => {
    const p = compile("back|backed/VERB");
    expect(p.elements[0]).toMatchObject({
      kind: "word",
      alts: [
        { word: "back", pos: "VERB" },
        { word: "backed", pos: "VERB" },
      ],
      anyPos: new Set(),
      byPos: new Map([
        ["back", ["VERB"]],
        ["backed", ["VERB"]],
      ]),
    });
  });

  it("reads alternatives and POS tags", () => {
    const p = compile("attack/VERB|assault on");
    expect(p.heads).toEqual(["attack", "assault"]);
    expect(p.elements[0]).toMatchObject({
      kind: "word",
      alts: [{ word: "attack", pos: "VERB" }, { word: "assault" }],
      anyPos: new Set(["assault"]),
      byPos: new Map([["attack", ["VERB"]]]),
    });
  });
});

describe("matchAt", () => {
  // Each case: why it exists, pattern, tokens, start, expected end (-1 for no match).
  const cases: [string, string, string, number, number][] = [
    ["lemma match", "hold talk", "held/hold talks/talk", 0, 2],
    ["lower-cased text match", "talks", "Talks/talk", 0, 1],
    ["POS restriction holds", "attack/VERB", "attack/attack/NOUN", 0, -1],
    ["POS restriction passes", "attack/VERB", "attacked/attack/VERB", 0, 1],
    ["gap skips words", "call ... for", "called/call urgently for", 0, 3],
    ["gap is shortest", "call ... on", "called/call on on", 0, 2],
    ["gap max is 4", "call ... for", "called/call a b c d e for", 0, -1],
    ["any token", "open _ fire", "opened/open heavy fire", 0, 3],
    ["no match past the end", "hold talk", "held/hold", 0, -1],
    ["POS by text when the lemma differs", "talks/NOUN", "talks/talk/NOUN", 0, 1],
    ["POS of the text form only", "talk/VERB|talks/NOUN", "talks/talk/NOUN", 0, 1],
    ["hyphenated word, whole", "declare cease-fire", "declared/declare cease-fire", 0, 2],
    ["hyphenated word, split", "declare cease-fire", "declared/declare cease - fire", 0, 4],
    ["hyphenated head, split", "cease-fire|truce hold", "cease - fire holds/hold", 0, 4],
    ["a piece alone is no match", "cease-fire|truce hold", "cease holds/hold", 0, -1],
  ];
  it.each(cases)("%s", (_why, pat, spec, start, end) => {
    const t = toks(spec);
    expect(matchAt(compile(pat), t, start, t.length, noBarrier)).toBe(end);
  });

  // matchCandidate skips the head check the index made: it must agree wherever the index would
  // offer the pattern at `start`.
  it.each(cases)("matchCandidate agrees: %s", (_why, pat, spec, start, end) => {
    const t = toks(spec);
    const p = compile(pat);
    if (!new PatternIndex([{ pattern: p }]).candidates(t[start]!).length) return;
    expect(matchCandidate(p, t, start, t.length, noBarrier)).toBe(end);
  });

  it("a gap does not cross a barrier", () => {
    const t = toks("called/call ; for");
    expect(matchAt(compile("call ... for"), t, 0, t.length, (i) => t[i]?.text === ";")).toBe(-1);
  });
});

describe("PatternIndex", () => {
  it("finds items by lemma and by text, without duplicates", () => {
    const a = { pattern: compile("hold talk") };
    const b = { pattern: compile("held|hold meeting") };
    const idx = new PatternIndex([a, b]);
    const [held] = toks("held/hold");
    expect(idx.candidates(held!)).toEqual([a, b]);
  });
});

describe("matchCandidate (property)", () => {
  // Small vocabularies so that random patterns often match random token runs.
  const WORDS = ["hold", "held", "talk", "talks", "call", "for", "sit-in", "sit", "-", "in"];
  const TAGS = ["VERB", "NOUN"];
  const word = fc
    .tuple(fc.subarray(WORDS, { minLength: 1, maxLength: 3 }), fc.option(fc.constantFrom(...TAGS)))
    .map(([ws, tag]) => ws.join("|") + (tag ? `/${tag}` : ""));
  const pattern = fc
    .tuple(
      word,
      fc.array(fc.oneof(word, fc.constant("..."), fc.constant("_")), { maxLength: 3 }),
      word,
    )
    .map(([a, mid, z]) => [a, ...mid, z].join(" "));
  const token = fc
    .tuple(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS), fc.constantFrom(...TAGS))
    .map(([w, l, t]) => `${w}/${l}/${t}`);

  it("agrees with matchAt wherever the index offers the pattern", () => {
    fc.assert(
      fc.property(pattern, fc.array(token, { minLength: 1, maxLength: 8 }), (src, spec) => {
        const p = compile(src);
        const t = toks(spec.join(" "));
        const idx = new PatternIndex([{ pattern: p }]);
        for (let i = 0; i < t.length; i++) {
          if (!idx.candidates(t[i]!).length) continue;
          expect(matchCandidate(p, t, i, t.length, noBarrier)).toBe(
            matchAt(p, t, i, t.length, noBarrier),
          );
        }
      }),
    );
  });
});
