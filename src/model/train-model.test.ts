import { describe, expect, it } from "vitest";
import { featurizeText } from "./featurize-text.js";
import { serializeModel } from "./model-file.js";
import { predict } from "./predict.js";
import { tinyExamples, tinyModel } from "./test-helpers.js";
import { featurizeExamples, trainFromFeatures, trainModel } from "./train-model.js";

describe("trainModel", () => {
  it("learns the tiny training set (train accuracy 1.0)", () => {
    const model = tinyModel();
    const wrong = tinyExamples().filter(
      (e) => predict(model, featurizeText(e.text))[0]?.label !== e.type,
    );
    expect(wrong.map((e) => e.text)).toEqual([]);
  });

  it("generalises to unseen sentences of the same kinds", () => {
    const model = tinyModel();
    expect(
      predict(model, featurizeText("Warplanes bombed rebel positions near the town."))[0]?.label,
    ).toBe("ASSAULT");
    expect(predict(model, featurizeText("The two ministers held talks by phone."))[0]?.label).toBe(
      "CONSULT",
    );
  });

  it("trains a mode head from the examples that carry a mode", () => {
    const model = tinyModel();
    expect(model.mode?.labels).toContain("aerial");
    expect(
      predict(
        model,
        featurizeText("The president spoke by telephone with the prime minister."),
        "mode",
      )[0]?.label,
    ).toBe("phone");
  });

  it("is deterministic: the same data and options give the same bytes", () => {
    const a = serializeModel(trainModel(tinyExamples()).file);
    const b = serializeModel(trainModel(tinyExamples()).file);
    expect(a).toBe(b);
  });

  it("depends on the seed", () => {
    const items = featurizeExamples(tinyExamples());
    const a = serializeModel(trainFromFeatures(items, { seed: 1 }).file);
    const b = serializeModel(trainFromFeatures(items, { seed: 2 }).file);
    expect(a).not.toBe(b);
  });

  it("records label counts and options but no date", () => {
    const info = tinyModel().file.training;
    expect(info.typeCounts).toEqual({ ASSAULT: 10, CONSULT: 10, NONE: 10 });
    expect(info.options.epochs).toBeGreaterThan(0);
    expect(serializeModel(tinyModel().file)).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it("keeps at most about maxWeights weights per head", () => {
    const model = trainFromFeatures(featurizeExamples(tinyExamples()), {
      maxWeights: 50,
      minWeight: 0,
    });
    const kept = model.file.heads.type.weight.reduce((s, w) => s + w.length, 0);
    expect(kept).toBeLessThanOrEqual(55);
    expect(kept).toBeGreaterThan(0);
  });

  it("learns a user's own labels", () => {
    const custom = tinyExamples().map((e) => ({
      ...e,
      type: e.type === "NONE" ? "ECONOMY-NEWS" : e.type,
    }));
    const model = trainModel(custom);
    expect(model.type.labels).toEqual(["ASSAULT", "CONSULT", "ECONOMY-NEWS"]);
    expect(predict(model, featurizeText("Oil prices rose in early trading."))[0]?.label).toBe(
      "ECONOMY-NEWS",
    );
  });
});
