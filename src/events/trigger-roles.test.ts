/**
 * Trigger rows whose use depends on more than a match: `transitive` rows need an object actor,
 * VERB-only rows skip the noun, and intent verbs ("seeking to") make the event future.
 */
import { describe, expect, it } from "vitest";
import { code, mismatches, type Case } from "./test-code.js";

describe("trigger roles and POS through the pipeline", () => {
  const cases: Case[] = [
    [
      "coerce-prevent-protest: stopping a march before it starts restricts freedoms, asserted",
      "Belarusian police prevented an opposition march in Minsk on Sunday.",
      {
        type: "COERCE",
        actors: ["BLR"],
        recipients: [],
        modality: "asserted",
        rule: "coerce-prevent-protest",
      },
    ],
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
      "concede-give-in-give: 'gave in to pressure'",
      "Uganda gave in to pressure from Kenya on Monday.",
      {
        type: "CONCEDE",
        actors: ["UGA"],
        recipients: ["KEN"],
        modality: "asserted",
        rule: "concede-give-in-give",
      },
    ],
    [
      "concede-give-in: 'bowed to pressure'",
      "Uganda bowed to pressure from Kenya on Monday.",
      {
        type: "CONCEDE",
        actors: ["UGA"],
        recipients: ["KEN"],
        modality: "asserted",
        rule: "concede-give-in",
      },
    ],
    [
      "coerce-take-down-media: 'took down opposition websites'",
      "Ethiopian authorities took down dozens of opposition websites.",
      {
        type: "COERCE",
        actors: ["ETH"],
        recipients: [],
        modality: "asserted",
        rule: "coerce-take-down-media",
      },
    ],
    [
      "assault-take-territory: 'took the town'",
      "Rebels took the town of Goma on Tuesday.",
      {
        type: "ASSAULT",
        actors: ["---"],
        recipients: [],
        modality: "asserted",
        rule: "assault-take-territory",
      },
    ],
    [
      "assault-set-fire: 'set the police station on fire'",
      "Rioters set the police station on fire in Nairobi.",
      {
        type: "ASSAULT",
        actors: [],
        recipients: [],
        modality: "asserted",
        rule: "assault-set-fire",
      },
    ],
    [
      "assault-launch-air-strikes: 'launched air strikes' is a military strike",
      "US-led coalition jets launched air strikes on Islamic State positions in Syria.",
      {
        type: "ASSAULT",
        actors: ["USA"],
        recipients: [],
        modality: "asserted",
        rule: "assault-launch-air-strikes",
      },
    ],
    [
      "threaten-use-force: 'threatened to use force'",
      "China threatened to use force against Taiwan.",
      {
        type: "THREATEN",
        actors: ["CHN"],
        recipients: ["TWN"],
        modality: "asserted",
        rule: "threaten-use-force",
      },
    ],
    [
      "assault-carry-out-attack: 'carried out an attack'",
      "Al-Shabaab militants carried out an attack on a Kenyan army base on Monday.",
      {
        type: "ASSAULT",
        actors: ["SOM"],
        recipients: ["KEN"],
        modality: "asserted",
        rule: "assault-carry-out-attack",
      },
    ],
    [
      "assault-launch-armed-campaign: 'launched a brutal campaign'",
      "The Sudanese army launched a brutal campaign in Darfur on Monday.",
      {
        type: "ASSAULT",
        actors: ["SDN"],
        recipients: [],
        modality: "asserted",
        rule: "assault-launch-armed-campaign",
      },
    ],
    [
      "assault-campaign-of-violence: 'a campaign of killings'",
      "Gunmen in Nigeria waged a campaign of killings against farmers.",
      {
        type: "ASSAULT",
        actors: ["NGA"],
        recipients: ["---"],
        modality: "asserted",
        rule: "assault-campaign-of-violence",
      },
    ],
    [
      "agree-deal-struck: a deal struck by two parties is an agreement",
      "A ceasefire deal was struck on Sunday between Kenya and Somalia.",
      {
        type: "AGREE",
        actors: ["KEN", "SOM"],
        recipients: [],
        modality: "asserted",
        rule: "agree-deal-struck",
      },
    ],
    [
      "coerce-blockade-surrounding: troops 'surrounding the town' encircle it",
      "Ethiopian troops surrounding the town of Mekelle cut off its food supplies on Monday.",
      {
        type: "COERCE",
        actors: ["ETH"],
        recipients: [],
        modality: "asserted",
        rule: "coerce-blockade-surrounding",
      },
    ],
    [
      "assault-destroy: the verb 'levelled' destroys",
      "Israeli bulldozers levelled three Palestinian homes in Hebron on Monday.",
      {
        type: "ASSAULT",
        actors: [],
        recipients: ["PSE"],
        modality: "asserted",
        rule: "assault-destroy",
      },
    ],
    [
      "accuse-legal-action-noun: 'legal proceedings against' a party",
      "Malawi opened legal proceedings against Zambia at the regional court.",
      {
        type: "ACCUSE",
        actors: ["MWI"],
        recipients: ["ZMB"],
        modality: "asserted",
        rule: "accuse-legal-action-noun",
      },
    ],
    [
      "sanction-force-flee: the verb 'forced ... to flee' (the cause acts; PLOVER fleeing-is-sanction-expel)",
      "Islamist militants forced thousands of villagers to flee their homes in northern Nigeria.",
      {
        type: "SANCTION",
        actors: ["---"],
        recipients: [],
        modality: "asserted",
        rule: "sanction-force-flee",
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
});
