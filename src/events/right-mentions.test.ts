/**
 * Right-hand participants of right-mentions.ts, run through the real pipeline on our own
 * wire-style sentences: a country adjective on the target of a trigger ending in its preposition.
 */
import { describe, expect, it } from "vitest";
import { code, mismatches, type Case } from "./test-code.js";

describe("owner-of-object: a country adjective on the trigger's target names the recipient", () => {
  const cases: Case[] = [
    [
      "'fired rockets at Israeli positions': Israel is the target",
      "Hezbollah fighters fired rockets at Israeli positions near the border on Sunday.",
      {
        type: "ASSAULT",
        actors: ["LBN"],
        recipients: ["ISR"],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
  ];
  it.each(cases)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });
});
