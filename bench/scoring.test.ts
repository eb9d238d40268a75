import { describe, expect, it } from "vitest";
import {
  countryCode,
  pentaClass,
  ploverV2,
  prf,
  scorableCases,
  scorePentaClass,
  scorePloverPool,
  topEvent,
  typeAndActorRecall,
} from "./scoring.js";
import { ErrorTally } from "./error-tally.js";
import { ev, gold, predsOf } from "./test-events.js";

describe("helpers", () => {
  it.each([
    ["010", "0"],
    ["020", "0"],
    ["036", "1"],
    ["057", "1"],
    ["061", "2"],
    ["084", "2"],
    ["090", "3"],
    ["112", "3"],
    ["138", "3"],
    ["160", "3"],
    ["145", "4"],
    ["150", "4"],
    ["173", "4"],
    ["190", "4"],
    ["204", "4"],
    ["", "0"],
    ["xx", "0"],
  ])("pentaClass(%s) = %s", (cameo, cls) => {
    expect(pentaClass(cameo)).toBe(cls);
  });

  it.each([
    ["DEMAND", "REQUEST"],
    ["disapprove", "ACCUSE"],
    ["INVESTIGATE", "ACCUSE"],
    ["FIGHT", "ASSAULT"],
    ["CRIME", "ASSAULT"],
    ["agree", "AGREE"],
    ["ASSAULT", "ASSAULT"],
  ])("ploverV2(%s) = %s", (code, v2) => {
    expect(ploverV2(code)).toBe(v2);
  });

  it.each([
    ["USAGOV", "USA"],
    [null, "---"],
    ["", "---"],
    ["---", "---"],
    ["us", "US"],
    ["---GOV", "---"],
  ])("countryCode(%s) = %s", (code, cc) => {
    expect(countryCode(code)).toBe(cc);
  });

  it.each([
    [[1, 0, 0], { p: 1, r: 1, f1: 1 }],
    [[1, 1, 0], { p: 0.5, r: 1, f1: 0.667 }],
    [[0, 0, 0], { p: 0, r: 0, f1: 0 }],
    [[2, 1, 1], { p: 0.667, r: 0.667, f1: 0.667 }],
    [[1, 3, 0], { p: 0.25, r: 1, f1: 0.4 }],
  ] as const)("prf(%j)", ([tp, fp, fn], want) => {
    expect(prf(tp, fp, fn)).toEqual(want);
  });

  it("keeps English cases with events, lang absent counting as English", () => {
    const cases = [
      gold("a", [], { lang: "en" }),
      gold("b", [], { lang: "es" }),
      gold("c", undefined),
      gold("d", []),
    ];
    expect(scorableCases(cases).map((c) => c.id)).toEqual(["a", "d"]);
  });

  it("picks the highest confidence, ties going to the event written first", () => {
    const es = [
      ev("x", { event: "AID", confidence: 0.4 }),
      ev("x", { event: "ACCUSE", confidence: 0.6 }),
      ev("x", { event: "AGREE", confidence: 0.6 }),
    ];
    expect(topEvent(es)?.event).toBe("ACCUSE");
    expect(topEvent([])).toBeUndefined();
  });
});

describe("scorePloverPool (numbers derived by hand from score.mjs's formulas)", () => {
  const cases = [
    gold("A", [{ code: "DEMAND", source: "USA" }], { dataset: "plover-gsr" }),
    gold(
      "B",
      [
        { code: "AGREE", source: "HUN" },
        { code: "AGREE", source: "ROU" },
      ],
      { dataset: "plover-gsr" },
    ),
    gold("C", [{ code: "ASSAULT" }], { dataset: "ngec-synthetic" }),
    gold("D", [{ code: "FIGHT" }], { dataset: "ngec-synthetic" }),
    gold("E", [{ code: "PROTEST" }], { dataset: "ngec-synthetic" }),
    gold("F", [{ code: "REJECT" }], { dataset: "ngec-synthetic" }),
  ];
  const preds = predsOf([
    [
      "A",
      [
        { event: "REQUEST", confidence: 0.5, actor: ["USA"] },
        { event: "ACCUSE", confidence: 0.9, actor: ["RUS"] },
      ],
    ],
    [
      "B",
      [
        { event: "AGREE", confidence: 0.7, actor: [{ code: "HUN", sector: ["GOV"] }] },
        { event: "CONSULT", confidence: 0.7 },
      ],
    ],
    ["D", [{ event: "ASSAULT", confidence: 0.4 }]],
    [
      "E",
      [
        { event: "ACCUSE", confidence: 0.6 },
        { event: "PROTEST", confidence: 0.6 },
      ],
    ],
    ["F", [{ event: "REJECT", confidence: 0.3 }]],
  ]);
  const s = scorePloverPool(cases, preds, { withActorRecall: true });

  it("gives score.mjs's headline numbers", () => {
    // gold types REQUEST 0, AGREE 1, ASSAULT .667 (tp D, fn C), PROTEST 0, REJECT 1 -> 2.667 / 5
    expect(s.macro_f1).toBe(0.533);
    expect(s.top1_accuracy).toBe(0.5); // B, D, F
    expect(s.recall_any).toBe(0.833); // all but C
    expect(s.per_type).toEqual({ REQUEST: 0, AGREE: 1, ASSAULT: 0.667, PROTEST: 0, REJECT: 1 });
    expect(Object.keys(s.per_type)).toEqual(["REQUEST", "AGREE", "ASSAULT", "PROTEST", "REJECT"]);
    // A REQUEST/USA hit, B AGREE/HUN hit, B AGREE/ROU missed
    expect(s.type_and_actor_recall).toBe(0.667);
    expect(s.cases).toBe(6);
    expect(s.events_out).toBe(8);
    expect(s.no_event_cases).toBe(1);
  });

  it("adds per-type detail, confusion and named errors", () => {
    expect(s.per_type_detail["ACCUSE"]).toEqual({ tp: 0, fp: 2, fn: 0, p: 0, r: 0, f1: 0 });
    expect(s.per_type_detail["ASSAULT"]).toEqual({ tp: 1, fp: 0, fn: 1, p: 1, r: 0.5, f1: 0.667 });
    expect(s.per_type_detail["NONE"]).toBeUndefined();
    expect(s.confusion).toEqual({
      REQUEST: { ACCUSE: 1 },
      AGREE: { AGREE: 1 },
      ASSAULT: { NONE: 1, ASSAULT: 1 },
      PROTEST: { ACCUSE: 1 },
      REJECT: { REJECT: 1 },
    });
    expect(s.errors).toEqual([
      { kind: "missed:ASSAULT", count: 1 },
      { kind: "wrong-actor-country", count: 1 },
      { kind: "wrong-type:PROTEST->ACCUSE", count: 1 },
      { kind: "wrong-type:REQUEST->ACCUSE", count: 1 },
    ]);
  });

  it("leaves type_and_actor_recall out when plover-gsr is not in the pool", () => {
    expect(scorePloverPool(cases, preds, { withActorRecall: false })).not.toHaveProperty(
      "type_and_actor_recall",
    );
  });
});

describe("scorePentaClass", () => {
  const cases = [
    gold("1", [{ code: "4" }]),
    gold("2", [{ code: "0" }]),
    gold("3", [{ code: "3" }]),
    gold("4", [{ code: "2" }]),
  ];
  const preds = predsOf([
    [
      "1",
      [
        { cameo: "190", confidence: 0.5 },
        { cameo: "040", confidence: 0.9 },
      ],
    ],
    [
      "3",
      [
        { cameo: "112", confidence: 0.5 },
        { cameo: "173", confidence: 0.5 },
      ],
    ],
  ]);
  const s = scorePentaClass(cases, preds);

  it("scores the top event's class, no event giving class 0", () => {
    expect(s.accuracy).toBe(0.5);
    expect(s.confusion).toEqual({ "4->1": 1, "0->0": 1, "3->3": 1, "2->0": 1 });
    expect(s.per_class["0"]).toEqual({ tp: 1, fp: 1, fn: 0, p: 0.5, r: 1, f1: 0.667 });
    expect(s.errors).toEqual([
      { kind: "missed:2", count: 1 },
      { kind: "wrong-type:4->1", count: 1 },
    ]);
  });
});

describe("typeAndActorRecall", () => {
  it.each([
    ["actor has the source country", [{ event: "AGREE", actor: ["USAGOV"] }], 1, []],
    ["recipient has it", [{ event: "AGREE", actor: ["CAN"], recipient: ["USA"] }], 1, []],
    ["same type, no actor", [{ event: "AGREE" }], 0, ["missed-actor"]],
    ["same type, other actor", [{ event: "AGREE", actor: ["CAN"] }], 0, ["wrong-actor-country"]],
    [
      "other type only: a type error, not an actor error",
      [{ event: "CONSULT", actor: ["USA"] }],
      0,
      [],
    ],
  ] as const)("%s", (_name, specs, recall, kinds) => {
    const tally = new ErrorTally();
    const cases = [gold("a", [{ code: "AGREE", source: "USA" }])];
    expect(typeAndActorRecall(cases, predsOf([["a", specs]]), tally)).toBe(recall);
    expect(tally.top().map((e) => e.kind)).toEqual(kinds);
  });
});
