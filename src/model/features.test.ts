import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annotate } from "../annotate/annotate.js";
import type { Token } from "../core/types.js";
import { featurize } from "./features.js";
import { featurizeText } from "./featurize-text.js";

function tokensOf(text: string): readonly Token[] {
  return annotate({ id: "t", text, origin: { file: "-" } }).tokens;
}

describe("featurize", () => {
  const text = "Rebels shelled the northern town overnight, killing 4 civilians.";

  it("is deterministic", () => {
    expect([...featurizeText(text)]).toEqual([...featurizeText(text)]);
  });

  it.each([8, 12, 18, 24])("keeps every index in [0, 2^%i)", (bits) => {
    const f = featurizeText(text, bits);
    expect(f.length).toBeGreaterThan(10);
    expect([...f].every((x) => x >= 0 && x < 2 ** bits)).toBe(true);
  });

  it("depends on the words, not on what other text surrounds the range", () => {
    const a = tokensOf("The talks ended. Rebels shelled the town.");
    const b = tokensOf("Rebels shelled the town.");
    expect([...featurize(a, 3, a.length)]).toEqual([...featurize(b, 0, b.length)]);
  });

  it("gives different features to different sentences", () => {
    expect([...featurizeText("Troops shelled the town.")]).not.toEqual([
      ...featurizeText("Ministers held talks."),
    ]);
  });

  it.each([
    ["numbers", "Troops killed 12 people.", "Troops killed many people."],
    ["negation", "Troops did not attack the town.", "Troops did attack the town."],
    ["questions", "Will troops attack the town?", "Will troops attack the town."],
  ])("has a shape feature for %s", (_name, withIt, without) => {
    const a = new Set(featurizeText(withIt));
    const b = new Set(featurizeText(without));
    expect([...a].some((x) => !b.has(x))).toBe(true);
  });

  it("treats numerals alike whatever their value", () => {
    expect([...featurizeText("Troops killed 12 people.")]).toEqual([
      ...featurizeText("Troops killed 3000 people."),
    ]);
  });

  it("stays in range for arbitrary token arrays (property)", () => {
    const token = fc.record({
      text: fc.string({ minLength: 1, maxLength: 8 }),
      pos: fc.constantFrom("NOUN", "VERB", "PROPN", "NUM", "PUNCT", "ADJ"),
    });
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 60 }),
        fc.integer({ min: 8, max: 24 }),
        (raw, bits) => {
          const tokens: Token[] = raw.map((t, i) => ({
            i,
            start: 0,
            end: 0,
            text: t.text,
            lower: t.text.toLowerCase(),
            lemma: t.text.toLowerCase(),
            pos: t.pos,
            sentence: 0,
          }));
          const f = featurize(tokens, 0, tokens.length, bits);
          return f.length >= 1 && [...f].every((x) => x < 2 ** bits);
        },
      ),
    );
  });
});
