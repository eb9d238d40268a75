import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "./knowledge-base.js";
import { resolveActors } from "./resolve-actors.js";
import { testDoc } from "./test-doc.js";

const kb = loadKnowledgeBase();

/** The code of the mention whose text starts with `head`, or undefined when there is none. */
function codeOf(text: string, head: string): string | undefined {
  const m = resolveActors(testDoc(text), kb).find((x) => x.span.text.startsWith(head));
  return m?.entity.code;
}

describe("sector-from-actor: 'NOUN from COUNTRY' names people of that country", () => {
  it.each([
    ["Officials from Ghana arrived on Monday.", "Officials", "GHA"],
    ["He met exiled dissidents from military-ruled Myanmar.", "dissidents", "MMR"],
    ["Diplomats from the Philippines attended.", "Diplomats", "PHL"],
    ["Protesters welcomed ministers from the Armenian government.", "ministers", "ARM"],
    ["Officers from the Kenyan army arrived.", "Officers", "KEN"],
  ])("%s -> %s is %s", (text, head, code) => {
    expect(codeOf(text, head)).toBe(code);
  });

  it.each([
    ["Russia withdrew troops from Syria on Friday.", "troops", "SYR"],
    ["The evacuation of diplomats from Sudan began.", "diplomats", "SDN"],
    ["Turkey deported journalists from Iran last week.", "journalists", "IRN"],
  ])("a displacement word governs the phrase: %s (%s is not of %s)", (text, head, where) => {
    expect(codeOf(text, head)).not.toBe(where);
  });
});

describe("sector-from-actor: a demonym after 'from' names a country only before a sector noun", () => {
  it("'officials from Sudanese towns' are not Sudanese by this rule", () => {
    expect(codeOf("Officials from Sudanese towns arrived.", "Officials")).not.toBe("SDN");
  });
});

describe("actor-sector with coordinated adjectives", () => {
  it("'French political and military officials' is one French mention", () => {
    const ms = resolveActors(testDoc("French political and military officials met on Monday."), kb);
    expect(ms.map((m) => [m.span.text, m.entity.code])).toEqual([
      ["French political and military officials", "FRA"],
    ]);
  });
});
