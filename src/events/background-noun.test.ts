/**
 * background-noun: an event noun in a background phrase takes no actor from the clause subject
 * (nor from the speaker), while participation frames and clauses keep their subjects.
 */
import { describe, expect, it } from "vitest";
import { code, show } from "./test-code.js";

/** The actor codes of the first event of a type, or undefined when there is none. */
function actorsOf(text: string, type: string): string[] | undefined {
  const e = code(text).find((x) => x.event === type);
  return e?.actor.map((a) => a.code);
}

describe("background-noun", () => {
  const noActor: readonly (readonly [why: string, text: string, type: string])[] = [
    [
      "after + gerund noun",
      "Canada warned against travel to Mali after the hotel shooting on Friday.",
      "ASSAULT",
    ],
    [
      "in + determiner, ordinal read as an adverb",
      "Kenya's army said two soldiers died in the first such attack since March.",
      "ASSAULT",
    ],
    [
      "behind + adjective-led trigger, speaker not used either",
      "Poland says it has proof that Belarus was behind the chemical attacks.",
      "ASSAULT",
    ],
    [
      "by: a cause in a passive",
      "Ties between Peru and Chile were hurt by a threat to boycott the summit.",
      "THREATEN",
    ],
  ];
  it.each(noActor)("%s", (_why, text, type) => {
    const e = code(text).find((x) => x.event === type && x.rule.includes("background-noun"));
    expect(e ? show(e) : "no background-noun event").toMatch(/\[\] ->/);
  });

  const keepsActor: readonly (readonly [why: string, text: string, type: string, want: string])[] =
    [
      [
        "in a protest",
        "Thousands of Kenyans gathered in the capital in a protest on Tuesday.",
        "PROTEST",
        "KEN",
      ],
      ["took part in", "Greek unions took part in a general strike on Thursday.", "PROTEST", "GRC"],
      [
        "bare in: resigned in protest",
        "Italian ministers walked out in protest on Monday.",
        "PROTEST",
        "ITA",
      ],
      [
        "an own modifier stays the actor",
        "Lebanon condemned Israel after Israeli air strikes.",
        "ASSAULT",
        "ISR",
      ],
      [
        "a clause after 'after'",
        "Nigeria closed the border after Chadian rebels attacked a town.",
        "ASSAULT",
        "TCD",
      ],
    ];
  it.each(keepsActor)("keeps the actor: %s", (_why, text, type, want) => {
    expect(actorsOf(text, type)).toContain(want);
  });
});
