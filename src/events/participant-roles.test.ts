/**
 * Participant readings of participant-roles.ts, run through the real pipeline on our own
 * wire-style sentences: object-noun-by ("rejected a request by X").
 */
import { describe, expect, it } from "vitest";
import { code, mismatches, type Case } from "./test-code.js";

describe("object-noun-by: a 'by' phrase after an active verb's object noun", () => {
  const cases: Case[] = [
    [
      "the requester of a rejected request is the recipient, the subject the actor",
      "Venezuela on Tuesday rejected a proposal by Brazil to mediate the border dispute.",
      {
        type: "REJECT",
        actors: ["VEN"],
        recipients: ["BRA"],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      "a passive 'by' still names the agent",
      "The plan was rejected by Colombia on Tuesday.",
      { type: "REJECT", actors: ["COL"], recipients: [], modality: "asserted", rule: "passive-by" },
    ],
    [
      "an idiom ending in a preposition's noun stays a passive: 'set on fire by'",
      "A police post was destroyed after being set on fire by Kenyan protesters on Sunday.",
      { type: "PROTEST", actors: ["KEN"], recipients: [], modality: "asserted", rule: "noun-by" },
    ],
  ];
  it.each(cases)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });
});

describe("fronted meeting phrase: the main clause's subject is the other party", () => {
  const cases: Case[] = [
    [
      "a phone call in a fronted 'in' phrase",
      "In a telephone call with his Malaysian counterpart, Singapore's defence minister said the flight was a mistake.",
      {
        type: "CONSULT",
        actors: ["SGP", "MYS"],
        recipients: [],
        modality: "asserted",
        rule: "reciprocal-fronted-with",
      },
    ],
    [
      "talks in a fronted 'during' phrase",
      "During talks with Chinese officials in Beijing, the Russian envoy said Moscow wanted a ceasefire.",
      {
        type: "CONSULT",
        actors: ["RUS", "CHN"],
        recipients: [],
        modality: "asserted",
        rule: "reciprocal-fronted-with",
      },
    ],
    [
      "a fronted visit: the main clause's subject is the visitor, the place the host",
      "During his visit to Hanoi, Japan's prime minister signed a maritime security pact.",
      {
        type: "CONSULT",
        actors: ["JPN"],
        recipients: ["VNM"],
        modality: "asserted",
        rule: "fronted-subject",
      },
    ],
    [
      "a verb before the comma makes the phrase a clause of its own: no fronted subject",
      "After talks with Iran collapsed, the United States imposed new sanctions.",
      {
        type: "CONSULT",
        actors: ["IRN"],
        recipients: [],
        modality: "asserted",
        rule: "reciprocal-with",
      },
    ],
  ];
  it.each(cases)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });
});
