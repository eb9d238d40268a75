import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstTokenFrom, tokensOverlapping } from "./token-at.js";
import { tokenize } from "./tokenize.js";

describe("token-at: character offsets to token indices", () => {
  const text = "Kenya and Tanzania met in Arusha on Monday.";
  const tokens = tokenize(text).tokens;

  it("agrees with a linear scan for every offset (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length + 2 }), (o) => {
        const linear = tokens.findIndex((t) => t.start >= o);
        expect(firstTokenFrom(tokens, o)).toBe(linear < 0 ? tokens.length : linear);
      }),
    );
  });

  it("finds the tokens under a span, also one that starts inside a token", () => {
    const under = (start: number, end: number): string[] => {
      const [a, b] = tokensOverlapping(tokens, start, end);
      return tokens.slice(a, b).map((t) => t.text);
    };
    const at = text.indexOf("Tanzania");
    expect(under(at, at + "Tanzania".length)).toEqual(["Tanzania"]);
    expect(under(at + 3, at + "Tanzania met".length)).toEqual(["Tanzania", "met"]);
  });
});
