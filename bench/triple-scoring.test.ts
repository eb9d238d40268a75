import { describe, expect, it } from "vitest";
import { predictedTriples, scoreTriples } from "./triple-scoring.js";
import { ev, gold, predsOf } from "./test-events.js";

describe("scoreTriples", () => {
  it("scores country-level triples on CAMEO roots (petr2-gsr)", () => {
    const cases = [
      gold("T1", [
        { source: "BRA", target: "USA", code: "031" },
        { source: "USA", target: "BRA", code: "031" },
      ]),
      gold("T2", [{ source: "USAGOV", target: "IRN", code: "112" }]),
      gold("T3", [{ source: "CHN", target: null, code: "040" }]),
      gold("T4", [{ source: "RUS", target: "UKR", code: "190" }]),
      gold("T5", [{ source: "ISR", target: "PSE", code: "190" }]),
    ];
    const preds = predsOf([
      ["T1", [{ cameo: "031", actor: ["BRA", "USA"] }]],
      [
        "T2",
        [
          { cameo: "111", actor: ["USA"], recipient: ["IRN"] },
          { cameo: "040", actor: ["RUS"] },
        ],
      ],
      ["T3", [{ cameo: "042", actor: ["CHN"], recipient: ["JPN"] }]],
      ["T5", [{ cameo: "190", actor: ["PSE"], recipient: ["ISR"] }]],
    ]);
    const s = scoreTriples(cases, preds, { full: false });
    expect({ tp: s.tp, fp: s.fp, fn: s.fn, p: s.p, r: s.r, f1: s.f1 }).toEqual({
      tp: 3,
      fp: 3,
      fn: 3,
      p: 0.5,
      r: 0.5,
      f1: 0.5,
    });
    expect(s.records_exact).toBe(0.2);
    expect(s.errors.map((e) => e.kind)).toEqual([
      "extra-recipient",
      "extra-reverse",
      "missed-reverse",
      "missed:19",
      "spurious-event:04",
    ]);
  });

  it("scores full actor codes and full CAMEO codes (the suites)", () => {
    const cases = ["S1", "S2", "S4"].map((id) =>
      gold(id, [{ source: "ARN", target: "GON", code: "050" }]),
    );
    cases.push(gold("S3", [{ source: "ARN", target: null, code: "064" }]));
    const preds = predsOf([
      ["S1", [{ cameo: "050", actor: [{ code: "ARN", sector: ["GOV"] }], recipient: ["GON"] }]],
      [
        "S2",
        [
          {
            cameo: "050",
            actor: [{ code: "ARN", sector: ["GOV"], code_full: "ARN" }],
            recipient: ["GON"],
          },
        ],
      ],
      ["S3", [{ cameo: "064", actor: ["ARN"] }]],
      ["S4", [{ cameo: "051", actor: ["ARN"], recipient: ["GON"] }]],
    ]);
    const s = scoreTriples(cases, preds, { full: true });
    expect({ tp: s.tp, fp: s.fp, fn: s.fn, f1: s.f1, exact: s.records_exact }).toEqual({
      tp: 2,
      fp: 2,
      fn: 2,
      f1: 0.5,
      exact: 0.5,
    });
    expect(s.errors.map((e) => e.kind)).toEqual(["wrong-actor-code", "wrong-type:050->051"]);
  });

  it.each([
    ["reciprocal pairs skip equal raw codes", [["USA", "USA"]], []],
    ["raw codes differ, country codes equal", [["USAGOV", "USA"]], ["USA|USA|04"]],
    ["one actor, no recipient", [["USA"]], ["USA|---|04"]],
    ["no actor", [[]], []],
  ] as const)("predictedTriples: %s", (_name, actorSets, want) => {
    const events = actorSets.map((actor) => ev("x", { cameo: "043", actor }));
    expect([...predictedTriples(events, false)]).toEqual(want);
  });
});
