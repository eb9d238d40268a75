/**
 * PLOVER rewrites (data/events/plover-rules.tsv), modality through the pipeline, and the
 * confidence arithmetic of event-rules.ts (scoreConfidence, blendWithModel).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Modality, PloverType } from "../core/types.js";
import {
  applyRewrites,
  blendWithModel,
  isPartnerlessConsult,
  scoreConfidence,
  type ConfidenceFacts,
} from "./event-rules.js";
import { defaultLexicon, type TriggerRule } from "./lexicon.js";
import { code, mismatches, type Case } from "./test-code.js";
import { compilePattern, type TokenPattern } from "./token-pattern.js";

function rule(type: PloverType): TriggerRule {
  return {
    id: "t",
    pattern: compilePattern("t") as TokenPattern,
    type,
    mode: "m",
    context: [],
    cameo: "999",
    role: "dyadic",
    confidence: 0.5,
  };
}

describe("applyRewrites: every row of plover-rules.tsv", () => {
  const rows = defaultLexicon().rewrites;
  it.each(rows.map((r) => [r.id, r] as const))("%s", (_id, r) => {
    const out = applyRewrites(rows, rule(r.whenType), r.whenModality);
    expect(out).toEqual({
      type: r.thenType,
      mode: "",
      cameo: r.thenCameo,
      modality: r.thenModality,
      rewrite: r.id,
    });
  });

  it.each([
    ["asserted events are never rewritten", "CONSULT", "asserted"],
    ["negated events are never rewritten", "ASSAULT", "negated"],
    ["hypothetical assaults stay assaults", "ASSAULT", "hypothetical"],
    ["future accusations have no rewrite", "ACCUSE", "future"],
  ] as const)("%s", (_why, type, modality) => {
    expect(applyRewrites(rows, rule(type), modality)).toEqual({
      type,
      mode: "m",
      cameo: "999",
      modality,
    });
  });
});

describe("PLOVER rewrites through the pipeline", () => {
  const cases: Case[] = [
    [
      "future-consult-is-agree: a planned meeting is an agreement to meet",
      "Russia and China will hold talks on Ukraine.",
      {
        type: "AGREE",
        actors: ["RUS", "CHN"],
        recipients: [],
        modality: "asserted",
        rule: "future-consult-is-agree",
      },
    ],
    [
      "future-support-is-agree: promised support",
      "France will support Ukraine.",
      {
        type: "AGREE",
        actors: ["FRA"],
        recipients: ["UKR"],
        modality: "asserted",
        rule: "future-support-is-agree",
      },
    ],
    [
      "future-cooperate-is-agree: promised cooperation",
      "Japan will cooperate with South Korea on security.",
      {
        type: "AGREE",
        actors: ["JPN", "KOR"],
        recipients: [],
        modality: "asserted",
        rule: "future-cooperate-is-agree",
      },
    ],
    [
      "future-aid-is-agree: promised aid",
      "Germany will provide aid to Ukraine.",
      {
        type: "AGREE",
        actors: ["DEU"],
        recipients: ["UKR"],
        modality: "asserted",
        rule: "future-aid-is-agree",
      },
    ],
    [
      "future-retreat-is-concede: a promised withdrawal",
      "Russia will withdraw its troops from Belarus.",
      {
        type: "CONCEDE",
        actors: ["RUS"],
        recipients: ["BLR"],
        modality: "asserted",
        rule: "future-retreat-is-concede",
      },
    ],
    [
      "future-assault-is-threaten: an announced attack",
      "North Korea will attack South Korea.",
      {
        type: "THREATEN",
        actors: ["PRK"],
        recipients: ["KOR"],
        modality: "asserted",
        rule: "future-assault-is-threaten",
      },
    ],
    [
      "future-coerce-is-threaten: announced arrests",
      "Police will arrest the protesters.",
      {
        type: "THREATEN",
        actors: ["---"],
        recipients: ["---"],
        modality: "asserted",
        rule: "future-coerce-is-threaten",
      },
    ],
    [
      "future-sanction-is-threaten: announced sanctions",
      "The United States will impose sanctions on Iran.",
      {
        type: "THREATEN",
        actors: ["USA"],
        recipients: ["IRN"],
        modality: "asserted",
        rule: "future-sanction-is-threaten",
      },
    ],
    [
      "hypothetical-sanction-is-threaten: 'could suspend relations' raises the threat",
      "Latvia could suspend relations with Belarus over the border dispute, the prime minister said.",
      {
        type: "THREATEN",
        actors: ["LVA"],
        recipients: ["BLR"],
        modality: "asserted",
        rule: "hypothetical-sanction-is-threaten",
      },
    ],
    [
      "a rewritten threat takes the mode of its act: 'could expel the diplomats' is THREATEN expel",
      "Estonia could expel Russian diplomats if the cyberattacks continue, the minister said.",
      {
        type: "THREATEN",
        actors: ["EST"],
        recipients: ["RUS"],
        modality: "asserted",
        rule: "hypothetical-sanction-is-threaten",
      },
    ],
  ];
  it.each(cases)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });

  // [sentence, mode and CAMEO code of its rewritten threat]
  const threats: [string, string, string][] = [
    ["Estonia could expel Russian diplomats if the cyberattacks continue.", "expel", "136"],
    ["The army will shell the rebel positions on Monday.", "violence", "138"],
    ["Norway could impose sanctions on the junta.", "restrict", "1312"],
  ];
  it.each(threats)("a rewritten threat takes the mode of its act: %s", (text, mode, cameo) => {
    const e = code(text).find((x) => x.event === "THREATEN");
    expect([e?.mode, e?.cameo]).toEqual([[mode], cameo]);
  });

  it("every rewrite row has a pipeline case", () => {
    const tested = new Set(cases.map(([, , w]) => w.rule));
    expect(
      defaultLexicon()
        .rewrites.map((r) => r.id)
        .filter((id) => !tested.has(id)),
    ).toEqual([]);
  });
});

describe("modality through the pipeline", () => {
  const cases: Case[] = [
    [
      "a 'to' infinitive inherits the future of the verb it completes (future aid is AGREE)",
      "Norway will send a medical team to the region next month to help Sudan.",
      {
        type: "AGREE",
        actors: ["NOR"],
        recipients: ["SDN"],
        modality: "asserted",
        rule: "future-aid-is-agree",
      },
    ],
    [
      "plain past tense is asserted",
      "Russia attacked Ukraine on Monday.",
      {
        type: "ASSAULT",
        actors: ["RUS"],
        recipients: ["UKR"],
        modality: "asserted",
        rule: "assault-attack",
      },
    ],
    [
      "'did not' negates",
      "Russia did not attack Ukraine on Monday.",
      {
        type: "ASSAULT",
        actors: ["RUS"],
        recipients: ["UKR"],
        modality: "negated",
        rule: "assault-attack",
      },
    ],
    [
      "negation beats future, so no THREATEN rewrite",
      "North Korea will not attack South Korea.",
      {
        type: "ASSAULT",
        actors: ["PRK"],
        recipients: ["KOR"],
        modality: "negated",
        rule: "assault-attack",
      },
    ],
    [
      "'will' with no rewrite row stays future",
      "Turkey will condemn Sweden.",
      {
        type: "ACCUSE",
        actors: ["TUR"],
        recipients: ["SWE"],
        modality: "future",
        rule: "accuse-condemn",
      },
    ],
    [
      "an if-clause is hypothetical",
      "If Iran attacks Israel, the region would suffer.",
      {
        type: "ASSAULT",
        actors: ["IRN"],
        recipients: ["ISR"],
        modality: "hypothetical",
        rule: "assault-attack",
      },
    ],
    [
      "the if-clause ends at its comma: the main clause is future",
      "If the talks fail, Russia will attack Ukraine.",
      {
        type: "THREATEN",
        actors: ["RUS"],
        recipients: ["UKR"],
        modality: "asserted",
        rule: "future-assault-is-threaten",
      },
    ],
    [
      "a modal 'may' is hypothetical",
      "Russia may attack Ukraine.",
      {
        type: "ASSAULT",
        actors: ["RUS"],
        recipients: ["UKR"],
        modality: "hypothetical",
        rule: "assault-attack",
      },
    ],
    [
      "a date years before publication is historical",
      "Russia attacked Ukraine in March 2014.",
      {
        type: "ASSAULT",
        actors: ["RUS"],
        recipients: ["UKR"],
        modality: "historical",
        rule: "assault-attack",
      },
    ],
  ];
  it.each(cases)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });

  const asserted = code("Russia attacked Ukraine on Monday.")[0]!.confidence;
  it.each([
    ["negated", "Russia did not attack Ukraine on Monday."],
    ["hypothetical", "Russia may attack Ukraine on Monday."],
    ["historical", "Russia attacked Ukraine in March 2014."],
  ])("a %s event is less confident than the asserted one", (_m, text) => {
    expect(code(text)[0]!.confidence).toBeLessThan(asserted);
  });

  // BUG: historical cues only count before the trigger, and a non-clause-wide cue stops at a
  // comma, so "sixteen years ago" after the verb and a fronted "In the past," are both ignored.
  it.fails.each([
    [
      "a trailing 'years ago' makes the event historical",
      "Russia invaded Georgia sixteen years ago.",
    ],
    ["a fronted 'In the past,' makes the event historical", "In the past, Russia invaded Georgia."],
  ])("%s", (_why, text) => {
    expect(code(text).map((e) => e.modality)).toEqual(["historical"]);
  });
});

describe("scoreConfidence", () => {
  const base: ConfidenceFacts = { hasActor: true, weak: false, modality: "asserted", sentence: 5 };
  // [why, base confidence, facts, expected]
  const cases: [string, number, Partial<ConfidenceFacts>, number][] = [
    ["a plain asserted event with an actor keeps its base", 0.8, {}, 0.8],
    ["negation halves it", 0.8, { modality: "negated" }, 0.4],
    ["hypothetical takes 0.6", 0.8, { modality: "hypothetical" }, 0.48],
    ["future takes 0.85", 0.8, { modality: "future" }, 0.68],
    ["historical takes 0.8", 0.8, { modality: "historical" }, 0.64],
    ["a background noun takes 0.7", 0.8, { background: true }, 0.56],
    ["a subordinate clause takes 0.8", 0.8, { subordinate: true }, 0.64],
    [
      "a background noun in a subordinate clause is not lowered twice",
      0.8,
      { background: true, subordinate: true },
      0.56,
    ],
    ["no actor takes 0.75", 0.8, { hasActor: false }, 0.6],
    ["a partnerless CONSULT takes 0.7", 0.8, { partnerless: true }, 0.56],
    ["a weak (fallback) actor takes 0.9", 0.8, { weak: true }, 0.72],
    ["the lede removes 80% of the doubt", 0.8, { sentence: 0 }, 0.96],
    ["the second sentence removes 40%", 0.8, { sentence: 1 }, 0.88],
    ["capped below certainty", 1, { sentence: 0 }, 0.99],
    ["floored above zero", 0.001, { modality: "negated", hasActor: false }, 0.01],
  ];
  it.each(cases)("%s", (_why, c, facts, want) => {
    expect(scoreConfidence(c, { ...base, ...facts })).toBeCloseTo(want, 9);
  });

  const modality = fc.constantFrom<Modality>(
    "asserted",
    "negated",
    "future",
    "hypothetical",
    "historical",
  );
  const facts = fc.record({
    hasActor: fc.boolean(),
    weak: fc.boolean(),
    modality,
    sentence: fc.nat(50),
    background: fc.boolean(),
    subordinate: fc.boolean(),
  });

  it("stays in [0.01, 0.99] (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), facts, (c, f) => {
        const s = scoreConfidence(c, f);
        return s >= 0.01 && s <= 0.99;
      }),
    );
  });

  it("never ranks a later sentence above an earlier one (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), facts, fc.nat(10), (c, f, later) => {
        return scoreConfidence(c, f) >= scoreConfidence(c, { ...f, sentence: f.sentence + later });
      }),
    );
  });
});

describe("isPartnerlessConsult", () => {
  // [why, type, mode, actor codes, recipients, expected]
  const cases: [string, PloverType, string, string[], number, boolean][] = [
    ["one state party and nobody to meet", "CONSULT", "", ["ISR"], 0, true],
    ["an unresolved single party", "CONSULT", "", ["---"], 0, true],
    ["two parties in actor (reciprocal)", "CONSULT", "", ["CHN", "OMN"], 0, false],
    ["a visitor and a host", "CONSULT", "visit", ["USA"], 1, false],
    ["no party at all: the no-actor factor covers it", "CONSULT", "", [], 0, false],
    ["a UN organ meeting is among its members", "CONSULT", "", ["UNO"], 0, false],
    ["an EU summit is among its members", "CONSULT", "", ["EUR"], 0, false],
    ["a multilateral forum row", "CONSULT", "multilateral", ["FRA"], 0, false],
    ["other types may have one party", "AGREE", "", ["ISR"], 0, false],
  ];
  it.each(cases)("%s", (_why, type, mode, actors, recipients, want) => {
    expect(isPartnerlessConsult(type, mode, actors, recipients)).toBe(want);
  });
});

describe("blendWithModel", () => {
  it.each([
    ["equal inputs stay put", 0.8, 0.8, 0.8],
    ["halfway between rule and model", 0.9, 0.1, 0.5],
    ["a sure model cannot push past 0.99", 1, 1, 0.99],
    ["a model that rules the type out cannot push below 0.01", 0, 0, 0.01],
  ])("%s", (_why, c, p, want) => {
    expect(blendWithModel(c, p)).toBeCloseTo(want, 9);
  });

  it("stays in [0.01, 0.99], between its inputs, and grows with the model's belief (property)", () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(unit, unit, unit, (c, p, q) => {
        const b = blendWithModel(c, p);
        const clamp = (x: number): number => Math.max(0.01, Math.min(0.99, x));
        const inside = b >= clamp(Math.min(c, p)) - 0.001 && b <= clamp(Math.max(c, p)) + 0.001;
        const monotone = p <= q ? b <= blendWithModel(c, q) : b >= blendWithModel(c, q);
        return b >= 0.01 && b <= 0.99 && inside && monotone;
      }),
    );
  });
});
