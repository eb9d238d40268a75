import { describe, expect, it } from "vitest";
import { evaluateModel, formatEvaluation, splitHoldout } from "./evaluate-model.js";
import { featurizeText } from "./featurize-text.js";
import { tinyModel } from "./test-helpers.js";

describe("splitHoldout", () => {
  it.each([
    [0.2, [4, 9]],
    [0.5, [1, 3, 5, 7, 9]],
    [0, []],
  ])("holds out a fraction %f deterministically", (fraction, heldOut) => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const { train, test } = splitHoldout(items, fraction);
    expect(test).toEqual(heldOut);
    expect([...train, ...test].sort((a, b) => a - b)).toEqual(items);
  });
});

describe("evaluateModel", () => {
  it("computes accuracy and per-label precision/recall/F1", () => {
    const model = tinyModel();
    const items = [
      { text: "Warplanes bombed the airport.", gold: "ASSAULT" },
      { text: "Shares fell in early trading.", gold: "NONE" },
      // Deliberately mislabelled, so one label has a miss and another a false alarm.
      { text: "The president spoke by telephone with the king.", gold: "NONE" },
    ].map((i) => ({ features: featurizeText(i.text), gold: i.gold }));
    const e = evaluateModel(model, items);
    expect(e.accuracy).toBeCloseTo(2 / 3);
    const byLabel = Object.fromEntries(e.labels.map((l) => [l.label, l]));
    expect(byLabel["NONE"]).toMatchObject({ support: 2, predicted: 1, precision: 1, recall: 0.5 });
    expect(byLabel["CONSULT"]).toMatchObject({ support: 0, predicted: 1, precision: 0, f1: 0 });
    expect(e.macroF1).toBeCloseTo((1 + 2 / 3 + 0) / 3);
    expect(formatEvaluation(e)).toMatch(/accuracy: 66.7%/);
  });
});
