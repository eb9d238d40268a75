import { describe, expect, it } from "vitest";
import { code, mismatches, type Case } from "./test-code.js";

describe("verb frames around event nouns, passive owners, attributive participles", () => {
  const cases: Case[] = [
    [
      "noun-in-verb-frame: the verb names who started even a two-sided fight, so it is directed",
      "Ethiopian troops engaged Eritrean soldiers in heavy clashes along the border on Monday.",
      {
        type: "ASSAULT",
        actors: ["ETH"],
        recipients: ["ERI"],
        modality: "asserted",
        rule: "noun-in-verb-frame",
      },
    ],
    [
      "noun-in-verb-frame: the verb's subject acts on its object in a one-sided event noun",
      "Iran drew Iraqi militias into a bombing campaign against the Kurds.",
      {
        type: "ASSAULT",
        actors: ["IRN"],
        recipients: ["IRQ"],
        modality: "asserted",
        rule: "noun-in-verb-frame",
      },
    ],
    [
      "passive owner: the country owning the damaged thing is the recipient",
      "The Russian embassy was attacked by Ukrainian soldiers.",
      {
        type: "ASSAULT",
        actors: ["UKR"],
        recipients: ["RUS"],
        modality: "asserted",
        rule: "passive-by",
      },
    ],
  ];
  it.each(cases)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });

  it.each([
    [
      "an adjectival participle after a verb is no event",
      "Qatar agreed to host exiled opposition leaders.",
      "COERCE",
    ],
    [
      "an adjectival participle after a determiner is no event",
      "The jailed opposition leader began a hunger strike.",
      "COERCE",
    ],
  ])("%s", (_why, text, absentType) => {
    expect(code(text).map((e) => e.event)).not.toContain(absentType);
  });

  it("a participle with an object stays an event", () => {
    expect(code("Police jailed two opposition leaders on Monday.").map((e) => e.event)).toContain(
      "COERCE",
    );
  });
});
