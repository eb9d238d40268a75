/**
 * Trigger rows added for phrase families the coder used to miss: counted or passive expulsions of
 * diplomats, forces called in as reinforcements, and boycotted summits (PLOVER 2.0 PROTEST boycott).
 */
import { describe, expect, it } from "vitest";
import { code, mismatches, show, type Case } from "./test-code.js";

describe("recall rows", () => {
  const cases: Case[] = [
    [
      "sanction-expel-many-diplomats: a quantifier before the noun",
      "Ghana expelled more than a dozen Nigerian diplomats on Tuesday after a trade row.",
      {
        type: "SANCTION",
        actors: ["GHA"],
        recipients: ["NGA"],
        modality: "asserted",
        rule: "sanction-expel-many-diplomats",
      },
    ],
    [
      "sanction-diplomats-expelled: the passive names the diplomats first",
      "Dozens of Russian diplomats were expelled from Poland last week.",
      {
        type: "SANCTION",
        actors: ["POL"],
        recipients: ["RUS"],
        modality: "asserted",
        rule: "sanction-diplomats-expelled",
      },
    ],
    [
      "mobilize-police-called-in: extra police brought in",
      "Hundreds of police officers were called in to Nairobi after two nights of looting.",
      {
        type: "MOBILIZE",
        actors: [],
        recipients: [],
        modality: "asserted",
        rule: "mobilize-police-called-in",
      },
    ],
    [
      "mobilize-troops-called-in: soldiers called into a city",
      "Thousands of Peruvian soldiers have been called into Lima to guard government buildings.",
      {
        type: "MOBILIZE",
        actors: ["PER"],
        recipients: [],
        modality: "asserted",
        rule: "mobilize-troops-called-in",
      },
    ],
    [
      "protest-boycott-vote: boycotting a summit is PROTEST boycott, not a cancelled meeting",
      "Norway and Sweden boycotted the summit in Minsk over human rights concerns.",
      {
        type: "PROTEST",
        actors: ["NOR", "SWE"],
        recipients: ["BLR"],
        modality: "asserted",
        rule: "protest-boycott-vote",
      },
    ],
  ];
  it.each(cases)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });

  it.each([
    ["questioning is no mobilisation", "Police called in three local residents for questioning."],
    ["answering a call is no mobilisation", "Officers were called to the scene after a brawl."],
  ])("%s", (_why, text) => {
    expect(
      code(text)
        .filter((e) => e.event === "MOBILIZE")
        .map(show),
    ).toEqual([]);
  });

  it("a snubbed summit stays REJECT", () => {
    const events = code("Brazil snubbed the summit in Caracas on Friday.");
    expect(events.map((e) => e.event)).toContain("REJECT");
  });
});
