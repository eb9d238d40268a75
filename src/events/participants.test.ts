/**
 * Participant rules of participants.ts (subject-left, passive-by, noun-by, reciprocal-with,
 * reciprocal-subject, participle-shares-subject, coordinated-verb-shares-subject,
 * subject-modifier, no-subject), run through the real pipeline on our own wire-style sentences.
 */
import { describe, expect, it } from "vitest";
import { code, mismatches, show, type Case } from "./test-code.js";

describe("participant rules: one case per rule id", () => {
  const cases: Case[] = [
    [
      "subject-left: the nearest actor left of a verb is its subject, the object its recipient",
      "Russia attacked Ukraine on Monday.",
      {
        type: "ASSAULT",
        actors: ["RUS"],
        recipients: ["UKR"],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      "passive-by: 'were arrested by' swaps subject and agent",
      "Two Turkish journalists were arrested by Iranian police on Friday.",
      {
        type: "COERCE",
        actors: ["IRN"],
        recipients: ["TUR"],
        modality: "asserted",
        rule: "passive-by",
      },
    ],
    [
      "passive-by (relative): 'a French aid worker who was detained by' acts on the pronoun's noun",
      "Britain condemned the arrest of a French aid worker who was detained by Iranian police in Tehran.",
      {
        type: "COERCE",
        actors: ["IRN"],
        recipients: ["FRA"],
        modality: "asserted",
        rule: "passive-by",
      },
    ],
    [
      "visit-hosted-by: 'a banquet hosted by X' makes the guest the actor and the host the recipient",
      "The Kenyan delegation attended a banquet hosted by the Chinese premier in Beijing.",
      {
        type: "CONSULT",
        actors: ["KEN"],
        recipients: ["CHN"],
        modality: "asserted",
        rule: "visit-hosted-by",
      },
    ],
    [
      "passive-by (reduced): a participle + by after a noun acts on that noun",
      "Israeli soldiers killed by Hamas militants were buried on Sunday.",
      {
        type: "ASSAULT",
        actors: ["PSE"],
        recipients: ["ISR"],
        modality: "asserted",
        rule: "passive-by",
      },
    ],
    [
      "noun-by: the agent of an event noun follows 'by'; the verb's object is the recipient",
      "An attack by Russian forces killed five Ukrainian soldiers on Monday.",
      {
        type: "ASSAULT",
        actors: ["RUS"],
        recipients: ["UKR"],
        modality: "asserted",
        rule: "noun-by",
      },
    ],
    [
      "reciprocal-with: 'held talks with X' makes X a co-actor, never a recipient",
      "China held talks with Vietnam on Monday.",
      {
        type: "CONSULT",
        actors: ["CHN", "VNM"],
        recipients: [],
        modality: "asserted",
        rule: "reciprocal-with",
      },
    ],
    [
      "reciprocal-subject: conjoined subjects of a meeting are all actors, the host city is no participant",
      "Israel and Egypt held talks in Cairo on Monday.",
      {
        type: "CONSULT",
        actors: ["ISR", "EGY"],
        recipients: [],
        modality: "asserted",
        rule: "reciprocal-subject",
      },
    ],
    [
      "participle-shares-subject: ', detaining ...' takes the main clause's subject",
      "Israeli troops stormed the camp, detaining five Palestinians.",
      {
        type: "COERCE",
        actors: ["ISR"],
        recipients: ["PSE"],
        modality: "asserted",
        rule: "participle-shares-subject",
      },
    ],
    [
      "coordinated-verb-shares-subject: the object of the first verb is not the subject of the second",
      "Turkish police arrested a Syrian journalist and charged him with espionage.",
      {
        type: "ACCUSE",
        actors: ["TUR"],
        recipients: ["SYR"],
        modality: "asserted",
        rule: "coordinated-verb-shares-subject",
      },
    ],
    [
      "subject-modifier: a nationality adjective right before an event noun is its actor",
      "Israeli airstrikes killed ten people in Gaza on Monday.",
      {
        type: "ASSAULT",
        actors: ["ISR"],
        recipients: ["PSE"],
        modality: "asserted",
        rule: "subject-modifier",
      },
    ],
    [
      "no-subject: a fronted participle clause has no subject, so the speaker acts",
      "Calling for restraint, the Egyptian foreign minister said the region was at risk.",
      {
        type: "REQUEST",
        actors: ["EGY"],
        recipients: [],
        modality: "asserted",
        rule: "no-subject",
        attribution: "EGY",
      },
    ],
  ];
  it.each(cases)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });
});

describe("participants: voice, compounds, prepositions", () => {
  const cases: Case[] = [
    [
      "'warned that ...' is active: the verb's 'that' clause is no sign of a reduced passive",
      "Turkey warned that its ties with Israel may be suspended.",
      {
        type: "THREATEN",
        actors: ["TUR"],
        recipients: ["ISR"],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      "noun-by: an event noun that is the subject of a full passive takes its 'by' agent",
      "Evidence against Iran was presented by Israel on Tuesday.",
      {
        type: "ACCUSE",
        actors: ["ISR"],
        recipients: ["IRN"],
        modality: "asserted",
        rule: "noun-by",
      },
    ],
    [
      "a participle between 'with' and its noun modifies the noun ('met with exiled dissidents')",
      "The Czech president met with exiled opposition leaders from Belarus on Monday.",
      {
        type: "CONSULT",
        actors: ["CZE", "BLR"],
        recipients: [],
        modality: "asserted",
        rule: "reciprocal-with",
      },
    ],
    [
      "an intransitive past tense after a noun is not a passive ('resigned on Friday')",
      "The Japanese minister resigned on Friday.",
      {
        type: "RETREAT",
        actors: ["JPN"],
        recipients: [],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      "compound actors: 'X and Y' are both actors",
      "France and Germany condemned Russia on Monday.",
      {
        type: "ACCUSE",
        actors: ["FRA", "DEU"],
        recipients: ["RUS"],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      "reciprocal meeting of a compound subject has no recipient",
      "Russia and China held talks on Monday.",
      {
        type: "CONSULT",
        actors: ["RUS", "CHN"],
        recipients: [],
        modality: "asserted",
        rule: "reciprocal-subject",
      },
    ],
    [
      "'met with X': the partner is a co-actor",
      "The Turkish foreign minister met with Greek Foreign Minister Nikos Dendias on Monday.",
      {
        type: "CONSULT",
        actors: ["TUR", "GRC"],
        recipients: [],
        modality: "asserted",
        rule: "reciprocal-with",
      },
    ],
    [
      "a preposition inside the trigger ('fired rockets at') introduces the recipient",
      "Hamas fired rockets at Israel on Sunday.",
      {
        type: "ASSAULT",
        actors: ["PSE"],
        recipients: ["ISR"],
        modality: "asserted",
        rule: "assault-fire-weapon-at",
      },
    ],
    [
      "topic preposition: 'talks on Ukraine' does not make Ukraine a participant",
      "Russia and China held talks on Ukraine.",
      {
        type: "CONSULT",
        actors: ["RUS", "CHN"],
        recipients: [],
        modality: "asserted",
        rule: "consult-hold-talks",
      },
    ],
    [
      "topic preposition on a dyadic verb: 'criticized X over Taiwan' keeps X, drops Taiwan",
      "China criticized Japan over Taiwan.",
      {
        type: "ACCUSE",
        actors: ["CHN"],
        recipients: ["JPN"],
        modality: "asserted",
        rule: "accuse-criticize",
      },
    ],
    [
      "locative country: 'attacked a village in Syria' has no recipient, Syria is the place",
      "Turkish troops attacked a village in Syria on Tuesday.",
      {
        type: "ASSAULT",
        actors: ["TUR"],
        recipients: [],
        modality: "asserted",
        rule: "assault-attack",
      },
    ],
    [
      "aside words: 'especially Arab countries' is an example list, not the subject",
      "Iran and other nations, especially Arab countries, condemned the decision.",
      {
        type: "ACCUSE",
        actors: ["IRN"],
        recipients: [],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      "reported speech: the speaker is the attribution, not the actor",
      "The Indian minister said Pakistan attacked India.",
      {
        type: "ASSAULT",
        actors: ["PAK"],
        recipients: ["IND"],
        modality: "asserted",
        rule: "subject-left",
        attribution: "IND",
      },
    ],
    [
      "speaker fallback: the clause after 'X said,' has no subject of its own",
      "The Egyptian foreign minister said on Monday that Cairo would mediate, calling for restraint.",
      {
        type: "REQUEST",
        actors: ["EGY"],
        recipients: [],
        modality: "future",
        rule: "participle-shares-subject",
        attribution: "EGY",
      },
    ],
  ];
  it.each(cases)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });

  it("noun-by: the 'by' agent of a passive verb that is an event itself is not the noun's", () => {
    const events = code("The bombing of the market was condemned by Canada on Monday.");
    const assault = events.find((e) => e.event === "ASSAULT");
    expect(events.map(show)).toContainEqual(expect.stringMatching(/^ACCUSE \[CAN\]/));
    expect(assault?.actor.map((a) => a.code)).toEqual([]);
  });

  it("noun-passive: the speaker is not the actor of an agentless passive's event noun", () => {
    const events = code("Kenya said an attack was launched on one of its border posts overnight.");
    const assault = events.find((e) => e.event === "ASSAULT");
    expect(assault?.rule).toContain("noun-passive");
    expect(assault?.actor.map((a) => a.code)).toEqual([]);
  });

  it("no event names a topic or locative country as a participant", () => {
    const all = [
      ...code("Russia and China held talks on Ukraine."),
      ...code("Turkish troops attacked a village in Syria on Tuesday."),
    ];
    const codes = all.flatMap((e) => [...e.actor, ...e.recipient].map((x) => x.code));
    expect(codes).not.toContain("UKR");
    expect(codes).not.toContain("SYR");
  });
});

describe("participants: fixed bugs stay fixed", () => {
  const fixed: Case[] = [
    [
      // Fixed: partners after 'between' expand over their 'and' group.
      "'talks between X and Y' makes both actors",
      "The talks between Iran and Saudi Arabia ended on Friday.",
      {
        type: "CONSULT",
        actors: ["IRN", "SAU"],
        recipients: [],
        modality: "asserted",
        rule: "reciprocal-with",
      },
    ],
    [
      // Fixed: a bare comma joins actors only inside a list closed by "and".
      "a fronted prepositional phrase is not part of the subject",
      "After talks with Kurdish rebels, the Turkish government lifted the curfew.",
      {
        type: "CONCEDE",
        actors: ["TUR"],
        recipients: [],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      // Fixed: a 'by' phrase is never a recipient; it names the agent of the nearer verb.
      "'by' belongs to the nearer verb: the Council rejects, Arab nations propose",
      "The Security Council rejected a resolution proposed by Arab nations on Tuesday.",
      {
        type: "REJECT",
        actors: ["UNO"],
        recipients: [],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      // Fixed: a participle after a noun whose clause has a later finite verb only describes it.
      "'journalists imprisoned for spying were released': the jailing has no actor of its own",
      "Three Egyptian journalists imprisoned for spying were released on Monday.",
      {
        type: "COERCE",
        actors: [],
        recipients: ["EGY"],
        modality: "asserted",
        rule: "passive-by",
      },
    ],
    [
      // Fixed: the tagger reads "hand" as a noun, so "Kabul" looked like a modifier.
      "'demanded that Kabul hand over': the capital opening the that-clause is the recipient",
      "Pakistan demanded that Kabul hand over the group's leaders.",
      {
        type: "REQUEST",
        actors: ["PAK"],
        recipients: ["AFG"],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      // Fixed: a country word modifying the direct object names the owner acted on.
      "'attacked Russian positions': the owner of the object is the recipient",
      "Ukrainian troops attacked Russian positions near the border on Sunday.",
      {
        type: "ASSAULT",
        actors: ["UKR"],
        recipients: ["RUS"],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      "'seized a British tanker' (one trigger row): the owner inside the trigger is the recipient",
      "Iran seized a British tanker near Hormuz on Friday.",
      {
        type: "ASSAULT",
        actors: ["IRN"],
        recipients: ["GBR"],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      // Fixed: a transitive meeting verb's direct object is a partner, like a "with" phrase.
      "'met the Chinese ambassador': the object of a meeting verb is a participant",
      "Pakistan's army chief met the Chinese ambassador on Monday.",
      {
        type: "CONSULT",
        actors: ["PAK", "CHN"],
        recipients: [],
        modality: "asserted",
        rule: "reciprocal-with",
      },
    ],
    [
      "'rejected the OAS request': an organisation owning the object is the recipient",
      "Nicaragua rejected the OAS request to send observers.",
      {
        type: "REJECT",
        actors: ["NIC"],
        recipients: ["IGO"],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      // Fixed: the victims of "were killed in an air strike" were read as the strike's actor.
      "noun-after-passive: 'soldiers were killed in a Turkish air strike' - the victims are the recipient",
      "Nine Iraqi soldiers were killed in a Turkish air strike near the border on Friday.",
      {
        type: "ASSAULT",
        actors: ["TUR"],
        recipients: ["IRQ"],
        modality: "asserted",
        rule: "noun-after-passive",
      },
    ],
    [
      // Fixed: "the two leaders" (coref-pair) added CHN and FRA a second time as partners.
      "reciprocal-with: 'between the two leaders' refers back to the named pair, listed once",
      "Chinese President Xi Jinping hosted French President Emmanuel Macron in Guangzhou to build closer ties between the two leaders.",
      {
        type: "CONSULT",
        actors: ["CHN", "FRA"],
        recipients: [],
        modality: "asserted",
        rule: "reciprocal-with",
      },
    ],
    [
      "compound agent: a forces noun before the event noun is its agent ('police firing')",
      "Two protesters were killed in police firing in Kashmir on Friday.",
      {
        type: "ASSAULT",
        actors: ["---"],
        recipients: [],
        modality: "asserted",
        rule: "assault-firing-noun",
      },
    ],
    [
      "noun-after-passive: 'died in' takes victims like a passive; 'Syrian army shelling' names the agent",
      "Three villagers died in Syrian army shelling near Idlib on Sunday.",
      {
        type: "ASSAULT",
        actors: ["SYR"],
        recipients: [],
        modality: "asserted",
        rule: "noun-after-passive",
      },
    ],
  ];
  it.each(fixed)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });
});

describe("compound agents are forces only", () => {
  it("an embassy before an attack noun is its target, not its agent", () => {
    const events = code("Two diplomats were wounded in a Kenyan embassy attack.");
    expect(events.map(show).join(" | ")).toContain("ASSAULT");
    expect(events.flatMap((e) => e.actor.map((a) => a.code))).not.toContain("KEN");
  });
});

describe("possessive counterparts and triggers inside their subject", () => {
  const cases: Case[] = [
    [
      "'met with his Greek counterpart': the preposition before 'his' makes the counterpart a partner",
      "The Turkish foreign minister met with his Greek counterpart on Monday.",
      {
        type: "CONSULT",
        actors: ["TUR", "GRC"],
        recipients: [],
        modality: "asserted",
        rule: "reciprocal-with",
      },
    ],
    [
      "'met his Jordanian counterpart': a possessive determiner opens the direct object",
      "Egypt's foreign minister met his Jordanian counterpart in Amman on Sunday.",
      {
        type: "CONSULT",
        actors: ["EGY", "JOR"],
        recipients: [],
        modality: "asserted",
        rule: "reciprocal-with",
      },
    ],
    [
      "'held talks with their Indian counterparts': a plural possessive works alike",
      "Chinese border commanders held talks with their Indian counterparts on Tuesday.",
      {
        type: "CONSULT",
        actors: ["CHN", "IND"],
        recipients: [],
        modality: "asserted",
        rule: "reciprocal-with",
      },
    ],
    [
      "a trigger that overlaps its subject mention keeps that subject",
      "The Israeli army raided a village near Jenin on Monday.",
      {
        type: "ASSAULT",
        actors: ["ISR"],
        recipients: [],
        modality: "asserted",
        rule: "subject-in-trigger",
      },
    ],
  ];
  it.each(cases)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });

  // Fixed: a bare comma no longer joins "two soldiers" to the trailing speaker "the Indian army".
  it("the speaker of a trailing 'X said' is never a recipient", () => {
    const events = code(
      "Pakistani troops shelled Indian villages, killing two soldiers, the Indian army said.",
    );
    expect(events.length).toBeGreaterThan(0);
    for (const e of events)
      expect(e.recipient.map((r) => r.entity_text)).not.toContain("Indian army");
  });
});

describe("'from X' names the recipient of a withdrawal or recall", () => {
  it.each([
    [
      "recalling an ambassador from a capital",
      "Peru recalled its ambassador from Mexico City on Monday.",
      "SANCTION",
      "MEX",
    ],
    [
      "withdrawing troops from a country",
      "Russia withdrew its troops from Moldova.",
      "RETREAT",
      "MDA",
    ],
  ])("%s", (_why, text, type, recipient) => {
    const e = code(text).find((x) => x.event === type);
    expect(e?.recipient.map((r) => r.code)).toEqual([recipient]);
  });
});

describe("'Met' as London's police is no meeting", () => {
  it("'Met Police arrested ...' codes the arrest by GBR police and no CONSULT", () => {
    const events = code("Met Police arrested three men after a stabbing in east London.");
    expect(events.map((e) => e.event)).not.toContain("CONSULT");
    expect(
      mismatches(events, {
        type: "COERCE",
        actors: ["GBR"],
        recipients: [],
        modality: "asserted",
        rule: "subject-left",
      }),
    ).toEqual([]);
  });
});

describe("subject-appositive: a name inside an aside after the subject describes it", () => {
  const cases: Case[] = [
    [
      "an appositive with an article: the country before it is the subject",
      "Egypt, a close U.S. ally, condemned the raid on Monday.",
      {
        type: "ACCUSE",
        actors: ["EGY"],
        recipients: [],
        modality: "asserted",
        rule: "subject-appositive",
      },
    ],
    [
      "a non-restrictive relative clause: its names are not the main verb's subject",
      "The Iraqi government, which Turkey sees as a partner, condemned the raid on Monday.",
      {
        type: "ACCUSE",
        actors: ["IRQ"],
        recipients: [],
        modality: "asserted",
        rule: "subject-appositive",
      },
    ],
    [
      "'X, the Y and Z' is a list, not an appositive",
      "Jordan, the United Arab Emirates and Egypt condemned the raid on Monday.",
      {
        type: "ACCUSE",
        actors: ["JOR", "ARE", "EGY"],
        recipients: [],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
  ];
  it.each(cases)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });
});
