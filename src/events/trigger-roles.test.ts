/**
 * Trigger rows whose use depends on more than a match: `transitive` rows need an object actor,
 * VERB-only rows skip the noun, and intent verbs ("seeking to") make the event future.
 */
import { describe, expect, it } from "vitest";
import { code, mismatches, show, type Case } from "./test-code.js";

describe("trigger roles and POS through the pipeline", () => {
  const cases: Case[] = [
    [
      "sanction-travel-warning: a travel warning reduces relations with the country travel is to",
      "Britain has advised against all travel to Mali after the hotel attack.",
      {
        type: "SANCTION",
        actors: ["GBR"],
        recipients: ["MLI"],
        modality: "asserted",
        rule: "sanction-travel-warning",
      },
    ],
    [
      "assault-claim-responsibility: the claimant is the attacker (CAMEO 015 kept in the cameo field)",
      "A Syrian rebel group claimed responsibility for the bombing on Friday.",
      {
        type: "ASSAULT",
        actors: ["SYR"],
        recipients: [],
        modality: "asserted",
        rule: "assault-claim-responsibility",
      },
    ],
    [
      "accuse-raise-concerns: any form of the verb ('is expressing concern', CAMEO 012)",
      "Germany is expressing concern over the arrests in Belarus.",
      {
        type: "ACCUSE",
        actors: ["DEU"],
        recipients: [],
        modality: "asserted",
        rule: "accuse-raise-concerns",
      },
    ],
    [
      "accuse-evidence-against: presenting evidence against a party accuses it",
      "Germany presented evidence against Syria at the meeting in Geneva.",
      {
        type: "ACCUSE",
        actors: ["DEU"],
        recipients: ["SYR"],
        modality: "asserted",
        rule: "accuse-evidence-against",
      },
    ],
    [
      "aid-help-actor: helping a named country is aid to it",
      "Japan helped Indonesia with emergency food after the floods, officials said on Tuesday.",
      {
        type: "AID",
        actors: ["JPN"],
        recipients: ["IDN"],
        modality: "asserted",
        rule: "aid-help-actor",
      },
    ],
    [
      "aid-help-actor: 'from COUNTRY' gives the helped group its country",
      "Canada assisted journalists from Afghanistan on Friday.",
      {
        type: "AID",
        actors: ["CAN"],
        recipients: ["AFG"],
        modality: "asserted",
        rule: "aid-help-actor",
      },
    ],
    [
      "future-plan-to: 'seeking to' states an intent, so future cooperation is an asserted AGREE (PLOVER)",
      "Chile and Peru are seeking to deepen their cooperation in mining, the two ministers said.",
      {
        type: "AGREE",
        actors: ["CHL", "PER"],
        recipients: [],
        modality: "asserted",
        rule: "future-cooperate-is-agree",
      },
    ],
    [
      "consult-travel-to: the verb 'travelled to' is a visit",
      "The Kenyan president travelled to Somalia on Monday.",
      {
        type: "CONSULT",
        actors: ["KEN"],
        recipients: ["SOM"],
        modality: "asserted",
        rule: "consult-travel-to",
      },
    ],
    [
      "aid-receive-from (inverse): the giver after 'from' acts, the receiver is the recipient",
      "Somali troops received armoured vehicles and weapons from Turkey last month.",
      {
        type: "AID",
        actors: ["TUR"],
        recipients: ["SOM"],
        modality: "asserted",
        rule: "inverse-from",
      },
    ],
    [
      "support-receive-backing-from (inverse): the backer is the actor",
      "Moldova won strong backing from Romania for its reform plan on Tuesday.",
      {
        type: "SUPPORT",
        actors: ["ROU"],
        recipients: ["MDA"],
        modality: "asserted",
        rule: "support-receive-backing-from",
      },
    ],
    [
      "protest-place-government: a protest with no target is aimed at the place's government",
      "Hundreds of Ethiopian workers held a protest in Beirut on Sunday.",
      {
        type: "PROTEST",
        actors: ["ETH"],
        recipients: ["LBN"],
        modality: "asserted",
        rule: "protest-place-government",
      },
    ],
    [
      "protest-place-government: a named target wins over the place",
      "Students in Nairobi protested against the Ugandan government on Monday.",
      {
        type: "PROTEST",
        actors: ["KEN"],
        recipients: ["UGA"],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      "aid-hand-over-weapons: handing weapons to a country is military aid, not an attack",
      "Poland handed over a new batch of artillery shells to Ukraine on Tuesday.",
      {
        type: "AID",
        actors: ["POL"],
        recipients: ["UKR"],
        modality: "asserted",
        rule: "aid-hand-over-weapons",
      },
    ],
    [
      "mobilize-order-into: ordering troops into the streets deploys them",
      "Peru's president ordered 3,000 soldiers into the streets of Lima on Sunday.",
      {
        type: "MOBILIZE",
        actors: ["PER"],
        recipients: [],
        modality: "asserted",
        rule: "mobilize-order-into",
      },
    ],
    [
      "a bracketed aside does not push the recipient out of reach",
      "Japan provided 2 billion yen (about 13.5 million U.S. dollars at current exchange rates) in grants to Nepal.",
      {
        type: "AID",
        actors: ["JPN"],
        recipients: ["NPL"],
        modality: "asserted",
        rule: "aid-economic",
      },
    ],
  ];
  it.each(cases)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });

  const absent: readonly (readonly [why: string, text: string, rule: string])[] = [
    [
      "aid-help-actor is transitive: no actor object, no aid",
      "The new rules helped reduce costs for exporters, Germany said.",
      "aid-help-actor",
    ],
    [
      "consult-travel-to is VERB only: a ban on travel is no visit",
      "Kenya announced a ban on travel to Somalia on Monday.",
      "consult-travel-to",
    ],
    [
      "consult-travel-to is VERB only: advice against travel is no visit",
      "Britain advised against travel to Haiti after the unrest.",
      "consult-travel-to",
    ],
  ];
  it.each(absent)("%s", (_why, text, rule) => {
    const hits = code(text).filter((e) => e.rule.split("+").includes(rule));
    expect(hits.map(show)).toEqual([]);
  });

  it("a 'by' phrase is an agent, never the recipient: no aid aimed at the attacker", () => {
    const aid = code("Turkey helped families displaced by Russia.").filter(
      (e) => e.event === "AID",
    );
    expect(aid.map((e) => e.actor.map((a) => a.code).join())).toEqual(["TUR"]);
    expect(aid.flatMap((e) => e.recipient.map((r) => r.code))).not.toContain("RUS");
  });
});

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
