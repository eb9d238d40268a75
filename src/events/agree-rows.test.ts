/**
 * Where AGREE ends: offered concessions and promised withdrawals are CONCEDE, a prolonged
 * commitment is SUPPORT, a deal not reached is no AGREE, and meetings named as the setting of a
 * concession do not turn it into an offer to talk (PLOVER 2.0 AGREE and CONCEDE definitions).
 */
import { describe, expect, it } from "vitest";
import { code, mismatches, show, type Case, type Want } from "./test-code.js";

const want = (
  type: Want["type"],
  rule: string,
  actors: string[],
  recipients: string[] = [],
  modality: Want["modality"] = "asserted",
): Want => ({ type, actors, recipients, modality, rule });

describe("AGREE boundary rows", () => {
  const cases: Case[] = [
    [
      "concede-concessions-to: a recipient and a quantifier between 'offered' and 'concessions'",
      "The Fijian government offered the outer islands a series of concessions on Monday.",
      want("CONCEDE", "concede-concessions-to", ["FJI"]),
    ],
    [
      "embed-agree-complement: 'willing to make concessions during talks' is the concession",
      "Australia's government is willing to make some concessions during talks with Indonesia.",
      want("CONCEDE", "embed-agree-complement", ["AUS"], ["IDN"]),
    ],
    [
      "agree-ready-hold-talks: 'ready to resume peace talks' is an offer to meet",
      "The Kenyan government is ready to resume peace talks with the rebels.",
      want("AGREE", "agree-ready-hold-talks", ["KEN"], ["---"]),
    ],
    [
      "agree-ready-talks: 'willing to negotiate'",
      "Colombia's government is willing to negotiate with the guerrillas, the minister said.",
      want("AGREE", "agree-ready-talks", ["COL"], ["---"]),
    ],
    [
      "embed-agree-object: 'offered a withdrawal of its troops' is a concession",
      "Ethiopia offered a withdrawal of its troops from the border on Sunday.",
      want("CONCEDE", "embed-agree-object", ["ETH"]),
    ],
    [
      "embed-agree-object: 'promised the release of the prisoners' is a concession",
      "Ukraine promised the release of the prisoners on Tuesday.",
      want("CONCEDE", "embed-agree-object", ["UKR"]),
    ],
    [
      "support-extend-commitment: prolonging a commitment endorses the partner",
      "The Netherlands extended its commitment to Ghana on Saturday.",
      want("SUPPORT", "support-extend-commitment", ["NLD"], ["GHA"]),
    ],
    [
      "support-pledge-allegiance: pledging allegiance endorses the leader now",
      "Militants in Mozambique pledged allegiance to the new leader on Friday.",
      want("SUPPORT", "support-pledge-allegiance", ["MOZ"]),
    ],
    [
      "negation-failure-to: 'the failure to strike a deal' did not strike it",
      "The bloc's failure to strike a trade agreement with Japan angered exporters.",
      want("AGREE", "agree-reach-agreement", ["JPN"], [], "negated"),
    ],
  ];
  it.each(cases)("%s", (_why, text, w) => {
    expect(mismatches(code(text), w)).toEqual([]);
  });

  it("nonevent-reach-no-deal: 'reached no agreement' codes no AGREE", () => {
    const events = code("The United States and China reached no agreement on emissions on Friday.");
    expect(events.filter((e) => e.event === "AGREE").map(show)).toEqual([]);
  });

  it("an offer of concessions gives no AGREE of its own", () => {
    const events = code("The Fijian government offered the outer islands a series of concessions.");
    expect(events.filter((e) => e.event === "AGREE").map(show)).toEqual([]);
  });

  it("'has taken steps to' adds no AGREE: the act it introduces is coded as the text says", () => {
    const events = code("The Nigerian government has taken steps to improve ties with Chad.");
    expect(events.filter((e) => e.event === "AGREE").map(show)).toEqual([]);
    expect(events.map((e) => e.event)).toContain("SUPPORT");
  });
});

describe("'meet' that names no meeting", () => {
  const noConsult: [string, string][] = [
    [
      "nonevent-meet-the-goal: meeting a need satisfies it",
      "Oman will struggle to meet its climate goals.",
    ],
    [
      "nonevent-meet-the-term-goal: 'the long-term needs'",
      "The European Union did little to meet the long-term needs of farmers, the bank said.",
    ],
    [
      "nonevent-met-by-force: 'met by riot police' is an encounter",
      "The marchers were met by riot police in Nairobi on Monday.",
    ],
  ];
  it.each(noConsult)("%s", (_why, text) => {
    expect(
      code(text)
        .filter((e) => e.event === "CONSULT")
        .map(show),
    ).toEqual([]);
  });

  it("a meeting whose topic is a goal stays CONSULT", () => {
    const events = code(
      "Kenyan President William Ruto met the Ugandan president to discuss trade goals.",
    );
    expect(events.map((e) => e.event)).toContain("CONSULT");
  });

  it("'met the demands' stays a concession", () => {
    const events = code("The government met the demands of the striking teachers on Friday.");
    expect(events.map((e) => e.event)).toContain("CONCEDE");
  });
});
