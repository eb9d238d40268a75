/**
 * alleged-attack (cues.tsv kind `allegation`): "X claimed that Y attacked Z" is X's accusation of
 * aggression against Y (CAMEO 112x), and the attack is not coded as if it happened. A claim about the
 * speaker's own act, or one whose attacker is unknown, stays the act.
 */
import { describe, expect, it } from "vitest";
import { code, mismatches, show, type Case } from "./test-code.js";

describe("alleged attacks", () => {
  const cases: readonly (readonly [...Case, cameo: string])[] = [
    [
      "claimed that + shelling by another country's forces",
      "Moscow claimed that Ukrainian troops had shelled a village near the border overnight.",
      {
        type: "ACCUSE",
        actors: ["RUS"],
        recipients: ["UKR"],
        modality: "asserted",
        rule: "accuse-alleged-attack",
      },
      "1123",
    ],
    [
      "claimed that + passive attack: the agent after 'by' is accused",
      "Armenia claimed that its positions were attacked by Azerbaijani forces on Sunday.",
      {
        type: "ACCUSE",
        actors: ["ARM"],
        recipients: ["AZE"],
        modality: "asserted",
        rule: "accuse-alleged-attack",
      },
      "1123",
    ],
    [
      "a second act coordinated with the first is part of the same claim",
      "Tehran claimed that Israel had bombed a depot and seized an oil tanker in the Gulf.",
      {
        type: "ACCUSE",
        actors: ["IRN"],
        recipients: ["ISR"],
        modality: "asserted",
        rule: "accuse-alleged-attack",
      },
      "1123",
    ],
  ];
  it.each(cases)("%s", (_why, text, want, cameo) => {
    const events = code(text);
    expect(mismatches(events, want)).toEqual([]);
    expect(events.find((x) => x.rule.includes(want.rule))?.cameo).toBe(cameo);
    // The alleged attack is reported, not asserted: no ASSAULT of its own.
    expect(events.filter((x) => x.event === "ASSAULT").map(show)).toEqual([]);
  });

  const stays: readonly (readonly [why: string, text: string, actor: string])[] = [
    [
      "a claim about the speaker's own strike asserts it",
      "Pakistan claimed that its jets had bombed militant hideouts near the Afghan border.",
      "PAK",
    ],
    [
      "'said' reports, it does not allege",
      "Moscow said that Ukrainian troops had shelled a village near the border overnight.",
      "UKR",
    ],
    [
      "claiming responsibility is no allegation",
      "The Taliban claimed responsibility for an attack on a police post in Kandahar.",
      "AFG",
    ],
  ];
  it.each(stays)("%s", (_why, text, actor) => {
    const events = code(text);
    expect(events.filter((x) => x.rule.includes("accuse-alleged-attack")).map(show)).toEqual([]);
    expect(events.some((x) => x.event === "ASSAULT" && x.actor.some((a) => a.code === actor))).toBe(
      true,
    );
  });
});
