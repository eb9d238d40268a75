import { describe, expect, it } from "vitest";
import { cutNearWords } from "./bench-corpus.js";

const sentence = (n: number, tag: string): string =>
  `${Array.from({ length: n - 1 }, () => tag).join(" ")} end.`;

describe("cutNearWords", () => {
  it.each([
    ["short text kept whole", [sentence(4, "a"), sentence(4, "b")], 10, 2],
    [
      "cut after the boundary nearest the target",
      [sentence(6, "a"), sentence(6, "b"), sentence(6, "c")],
      11,
      2,
    ],
    ["nearest may be before the target", [sentence(5, "a"), sentence(20, "b")], 10, 1],
    [
      "ties go to the earlier boundary",
      [sentence(4, "a"), sentence(4, "b"), sentence(4, "c")],
      6,
      1,
    ],
  ] as const)("%s", (_name, sentences, words, keep) => {
    expect(cutNearWords(sentences.join(" "), words)).toBe(sentences.slice(0, keep).join(" "));
  });

  it("treats closing quotes and line breaks as boundaries", () => {
    const text = `"one two three." four five\nsix seven eight nine ten eleven twelve.`;
    expect(cutNearWords(text, 4)).toBe(`"one two three."`);
    expect(cutNearWords(text, 5)).toBe(`"one two three." four five`);
  });

  it("returns a prefix of the input ending at a sentence end", () => {
    const parts = [sentence(7, "a"), sentence(9, "b"), sentence(3, "c")];
    // boundaries at 7 (5 from 12) and 16 words (4 from 12)
    expect(cutNearWords(parts.join(" "), 12)).toBe(parts.slice(0, 2).join(" "));
  });
});
