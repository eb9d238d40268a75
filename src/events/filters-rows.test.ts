/**
 * filters-rows: scene-setting event nouns ("as talks resumed", "told reporters of a commitment",
 * "at the end of talks") rank below the reported event, and the acc-filters trigger rows.
 */
import { describe, expect, it } from "vitest";
import { code, mismatches, show, type Case } from "./test-code.js";

/** Two lead sentences, so the tested sentence gets no lede boost (a background noun keeps 0.7 of
 * its confidence, a subordinate-clause one 0.8: the bound tells them apart). */
const LEAD = "Fighting flared in the north on Monday. Aid groups left the region. ";

describe("filters-rows: background nouns", () => {
  const outranked: readonly (readonly [why: string, text: string, low: string, high: string])[] = [
    [
      "an 'as' clause sets the scene",
      "As talks between the two sides resumed in Geneva, rebels shelled the town of Kidal.",
      "CONSULT",
      "ASSAULT",
    ],
    [
      "a noun told 'of' is the topic of the speech",
      "The Egyptian foreign minister, telling reporters of a commitment to peace, condemned the raid.",
      "AGREE",
      "ACCUSE",
    ],
  ];
  it.each(outranked)("%s", (_why, text, low, high) => {
    const es = code(LEAD + text);
    const lo = es.find((e) => e.event === low);
    const hi = es.find((e) => e.event === high);
    expect(hi, es.map(show).join(" | ")).toBeDefined();
    expect(lo?.confidence ?? 0).toBeLessThan(0.55 * (hi?.confidence ?? 0));
  });

  it("'at the end of' is a time phrase, not a suspension of talks", () => {
    const es = code(LEAD + "At the end of talks in Doha, Qatar announced new aid for Gaza.");
    expect(es.map(show).join(" | ")).not.toMatch(/SANCTION/);
  });
});

const A = "asserted" as const;

describe("filters-rows: triggers", () => {
  const cases: readonly Case[] = [
    [
      "active criminal case",
      "Kazakh prosecutors opened a criminal case against the opposition blogger on Monday.",
      {
        type: "ACCUSE",
        actors: ["KAZ"],
        recipients: ["---"],
        modality: A,
        rule: "accuse-open-criminal-case",
      },
    ],
    [
      "passive criminal case",
      "Russian authorities said a criminal case had been opened against the Lithuanian driver.",
      {
        type: "ACCUSE",
        actors: ["RUS"],
        // the owner of the noun after "against" is the recipient (right-mentions.ts)
        recipients: ["LTU"],
        modality: A,
        rule: "accuse-criminal-case-opened",
      },
    ],
    [
      "promised tit-for-tat response",
      "Belarus said it would respond with mirror measures.",
      {
        type: "THREATEN",
        actors: ["BLR"],
        recipients: [],
        modality: A,
        rule: "threaten-respond-in-kind",
      },
    ],
    [
      "aid convoy named by its agency",
      "A WFP convoy carrying food supplies crossed into Sudan on Tuesday.",
      {
        type: "AID",
        actors: ["UNO"],
        recipients: ["SDN"],
        modality: A,
        rule: "aid-convoy-carrying-enters",
      },
    ],
  ];
  it.each(cases)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });

  it("a military convoy is no aid", () => {
    expect(code("A military convoy crossed into Syria on Tuesday.").map(show)).not.toContainEqual(
      expect.stringMatching(/^AID/),
    );
  });
});
