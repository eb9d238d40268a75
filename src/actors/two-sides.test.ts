import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "./knowledge-base.js";
import { resolveActors } from "./resolve-actors.js";
import { testDoc } from "./test-doc.js";

const kb = loadKnowledgeBase();

/** Codes of the mentions whose text is exactly `text`. */
function codesOf(text: string, phrase: string): string[] {
  return resolveActors(testDoc(text), kb)
    .filter((m) => m.span.text === phrase)
    .map((m) => m.entity.code);
}

describe("coref-pair: 'the two sides' are the two countries named last", () => {
  it.each([
    [
      "Kenya and Tanzania held talks in Arusha. The two sides agreed to reopen the border.",
      "The two sides",
      ["KEN", "TZA"],
    ],
    [
      "Malaysia summoned Singapore's envoy. The two defence ministers spoke later.",
      "The two defence ministers",
      ["MYS", "SGP"],
    ],
    [
      "Peru recalled its ambassador from Mexico. Both countries traded accusations.",
      "Both countries",
      ["PER", "MEX"],
    ],
  ])("%s", (text, phrase, codes) => {
    expect(codesOf(text, phrase)).toEqual(codes);
  });

  it("needs two countries: with one named, the pair stays unresolved", () => {
    expect(codesOf("Kenya held talks. The two sides agreed.", "The two sides")).toEqual([]);
  });

  it("looks back a few sentences only", () => {
    const filler = "The weather was mild. Markets were calm. Schools reopened. Trains ran late. ";
    const far = `Kenya met Tanzania. ${filler}Roads were busy. The two sides agreed.`;
    expect(codesOf(far, "The two sides")).toEqual([]);
  });
});
