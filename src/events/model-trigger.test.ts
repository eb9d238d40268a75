/**
 * Model-only events (rule id `model-<type>`) and the `model` re-weighting of rule events, with a
 * tiny model trained in the test on our own wire-style lines.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { annotate } from "../annotate/annotate.js";
import type { Model } from "../model/model-types.js";
import { sentenceTypeProbs } from "../model/sentence-type-probs.js";
import type { TrainingExample } from "../model/training-data.js";
import { trainModel } from "../model/train-model.js";
import { MODEL_EVENT, modelTrigger } from "./model-trigger.js";
import { article, code, codeWithModel, ruleParts, show } from "./test-code.js";

const LINES: readonly [string, string][] = [
  ["Rebel fighters harried an army convoy on the highway.", "ASSAULT"],
  ["Militiamen harried government positions overnight.", "ASSAULT"],
  ["Gunmen harried a police patrol near the market.", "ASSAULT"],
  ["Insurgents rocketed an army base before dawn.", "ASSAULT"],
  ["Fighters rocketed the airport on Sunday.", "ASSAULT"],
  ["Rebels harried the retreating troops for hours.", "ASSAULT"],
  ["The weather was mild across the region on Monday.", "NONE"],
  ["The central bank kept interest rates unchanged.", "NONE"],
  ["The football team won the league title on Saturday.", "NONE"],
  ["Shares closed higher in thin trading.", "NONE"],
  ["The museum opened a new exhibition of paintings.", "NONE"],
  ["Farmers expect a good harvest this year.", "NONE"],
];

const LEDE = "Rebel fighters harried an army convoy near the border on Monday.";
const FILLER = "The weather was mild on Monday. Farmers expect a good harvest this year.";

let model: Model;
beforeAll(() => {
  const examples: TrainingExample[] = LINES.map(([text, type], i) => ({
    text,
    type,
    origin: { file: "inline", line: i + 1 },
  }));
  model = trainModel(examples);
});

function topProb(text: string, sentence: number): [string, number] {
  const probs = [...sentenceTypeProbs(model, annotate(article(text)), sentence)].sort(
    (a, b) => b[1] - a[1],
  );
  return probs[0] ?? ["NONE", 0];
}

describe("model-only events", () => {
  it("the lede has no rule trigger (precondition)", () => {
    expect(code(LEDE)).toEqual([]);
  });

  it("a lede the model is sure of yields one model-<type> event anchored on its verb", () => {
    const [label, prob] = topProb(LEDE, 0);
    expect(label).toBe("ASSAULT");
    expect(prob).toBeGreaterThanOrEqual(MODEL_EVENT.minProb);
    const events = codeWithModel(LEDE, model);
    expect(events.map(show)).toHaveLength(1);
    const e = events[0]!;
    expect(e.event).toBe("ASSAULT");
    expect(ruleParts(e)[0]).toBe("model-assault");
    expect(ruleParts(e)).toContain("model");
    expect(e.evidence.trigger.text).toBe("harried");
    expect(e.cameo).toMatch(/^\d{2,4}$/);
    expect(e.confidence).toBeGreaterThan(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
  });

  it("modelTrigger scales the model's probability by MODEL_EVENT.confidenceFactor", () => {
    const doc = annotate(article(LEDE));
    const t = modelTrigger(doc, doc.sentences[0]!, model);
    expect(t?.rule.id).toBe("model-assault");
    expect(t?.rule.confidence).toBeCloseTo(topProb(LEDE, 0)[1] * MODEL_EVENT.confidenceFactor, 9);
    expect(doc.tokens[t!.start]!.text).toBe("harried");
  });

  it("the same sentence past the first MODEL_EVENT.maxSentence sentences yields nothing", () => {
    const text = `${FILLER} ${LEDE}`;
    expect(annotate(article(text)).sentences).toHaveLength(3);
    expect(topProb(text, 2)[0]).toBe("ASSAULT");
    expect(codeWithModel(text, model)).toEqual([]);
  });

  it("no event when the model is unsure or says NONE", () => {
    for (const text of [
      "Officials reviewed the figures on Monday.",
      "The weather was mild on Monday.",
    ]) {
      const [label, prob] = topProb(text, 0);
      expect(label === "NONE" || prob < MODEL_EVENT.minProb, `${label} ${prob}`).toBe(true);
      expect(codeWithModel(text, model)).toEqual([]);
    }
  });

  it("a sentence with a rule trigger keeps the rule and marks the model's re-weighting", () => {
    const text = "Russia attacked Ukraine on Monday.";
    const [withModel] = codeWithModel(text, model);
    const [without] = code(text);
    expect(withModel?.event).toBe("ASSAULT");
    expect(ruleParts(withModel!)).toEqual([...ruleParts(without!), "model"]);
    expect(withModel!.confidence).not.toBe(without!.confidence);
  });
});
