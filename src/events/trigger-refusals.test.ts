/** Refusals and failed negotiations: REJECT, not a negated concession or agreement. */
import { describe, expect, it } from "vitest";
import { code, mismatches, show, type Case } from "./test-code.js";

describe("a stated refusal to give ground ('will not' + a concession) is REJECT", () => {
  const want = (rule: string, actors: string[], recipients: string[]) =>
    ({ type: "REJECT", actors, recipients, modality: "asserted", rule }) as const;
  const cases: Case[] = [
    [
      "reject-will-not-lift: keeping sanctions in place (CAMEO 1244)",
      "Russia will not lift its sanctions on Poland.",
      want("reject-will-not-lift", ["RUS"], ["POL"]),
    ],
    [
      "reject-will-not-release: keeping detainees (CAMEO 1243), also as 'won't'",
      "Israel won't release the Lebanese detainees.",
      want("reject-will-not-release", ["ISR"], ["LBN"]),
    ],
    [
      "reject-will-not-accept-refugees: refusing to take in refugees",
      "Hungary says it will not accept any more refugees from Syria.",
      want("reject-will-not-accept-refugees", ["HUN"], ["SYR"]),
    ],
    [
      "reject-will-not-end-protest: keeping a strike going (CAMEO 1242)",
      "Kenyan doctors said they would not call off the strike.",
      want("reject-will-not-end-protest", ["KEN"], []),
    ],
    [
      "reject-will-not-withdraw: refusing to pull troops out (CAMEO 1246)",
      "Moscow said it will not withdraw its troops from Georgia.",
      want("reject-will-not-withdraw", ["RUS"], ["GEO"]),
    ],
    [
      "reject-will-not-disarm: refusing to disarm (CAMEO 1246)",
      "The Ugandan rebels said they would not disarm.",
      want("reject-will-not-disarm", ["UGA"], []),
    ],
  ];
  it.each(cases)("%s", (_why, text, w) => {
    expect(mismatches(code(text), w)).toEqual([]);
  });

  it("a past non-event is no refusal: 'did not lift' stays a negated CONCEDE", () => {
    const found = code("Russia did not lift its sanctions on Poland.");
    expect(found.map((e) => `${e.event} ${e.modality}`)).toEqual(["CONCEDE negated"]);
  });
});

describe("negotiations that end in no agreement are REJECT, not a negated AGREE", () => {
  const want = (rule: string, actors: string[]) =>
    ({ type: "REJECT", actors, recipients: [], modality: "asserted", rule }) as const;
  const cases: Case[] = [
    [
      "reject-fail-to-agree: 'failed to reach a deal', both sides are actors",
      "Greece and Macedonia failed to strike a deal over the name dispute.",
      want("reject-fail-to-agree", ["GRC", "MKD"]),
    ],
    [
      "reject-fail-to-agree-bare: 'failed to agree'",
      "Egypt and Ethiopia failed to agree on the filling of the dam.",
      want("reject-fail-to-agree-bare", ["EGY", "ETH"]),
    ],
    [
      "reject-talks-no-agreement: talks that ended without a deal",
      "Talks between Sudan and South Sudan ended without a deal on oil fees.",
      want("reject-talks-no-agreement", ["SDN", "SSD"]),
    ],
  ];
  it.each(cases)("%s", (_why, text, w) => {
    const found = code(text);
    expect(mismatches(found, w)).toEqual([]);
    expect(found.filter((e) => e.event === "AGREE").map(show)).toEqual([]);
  });

  it("a failure to get something is no failed negotiation", () => {
    expect(code("The company failed to secure a loan.").map(show)).toEqual([]);
  });
});
