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

describe("coref-group: 'the three ministers', 'the ministers' are the parties of the latest list", () => {
  it.each([
    [
      "The trade ministers of Chile, Peru and Colombia met in Lima on Monday. The three ministers signed a customs pact.",
      "The three ministers",
      ["CHL", "PER", "COL"],
    ],
    [
      "The foreign ministers of Ghana, Togo and Benin held talks in Accra. Later the ministers issued a joint statement.",
      "the ministers",
      ["GHA", "TGO", "BEN"],
    ],
    [
      "Norway, Sweden and Finland signed a border deal. The three countries will share patrols.",
      "The three countries",
      ["NOR", "SWE", "FIN"],
    ],
  ])("%s", (text, phrase, codes) => {
    expect(codesOf(text, phrase)).toEqual(codes);
  });

  it.each([
    [
      "a count that does not match the list",
      "Norway and Sweden signed a deal. The three countries will share patrols.",
      "The three countries",
    ],
    [
      "'the ministers' after a list of another noun",
      "Troops from Chad, Niger and Mali arrived. The ministers met later.",
      "The ministers",
    ],
  ])("stays unresolved: %s", (_why, text, phrase) => {
    expect(codesOf(text, phrase)).toEqual([]);
  });

  it("gives 'they' every party of the group", () => {
    const text =
      "The foreign ministers of Ghana, Togo and Benin met in Accra. The three ministers said they would meet again.";
    expect(codesOf(text, "they")).toEqual(["GHA", "TGO", "BEN"]);
  });
});

describe("desc-org: 'the bloc', 'the council' are the latest organisation of that kind", () => {
  it.each([
    [
      "The European Union agreed new tariffs on Monday. The bloc said talks would continue.",
      "The bloc",
      ["EUR"],
    ],
    [
      "The AU Peace and Security Council met on Friday. Diplomats said the council urged a ceasefire.",
      "the council",
      ["IGO"],
    ],
    ["NATO held drills in Poland. The alliance said more would follow.", "The alliance", ["IGO"]],
  ])("%s", (text, phrase, codes) => {
    expect(codesOf(text, phrase)).toEqual(codes);
  });

  it.each([
    [
      "no organisation named before",
      "Farmers protested in Lyon. The council said it would meet them.",
      "The council",
    ],
    [
      "a council not in the organisation's name",
      "The European Union agreed new tariffs. The council said talks would continue.",
      "The council",
    ],
    [
      "'the body of' is no organisation",
      "NATO held drills. Police found the body of a soldier.",
      "the body",
    ],
  ])("stays unresolved: %s", (_why, text, phrase) => {
    expect(codesOf(text, phrase)).toEqual([]);
  });
});

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
