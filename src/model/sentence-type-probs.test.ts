import { describe, expect, it } from "vitest";
import { annotate } from "../annotate/annotate.js";
import { featurizeText } from "./featurize-text.js";
import { predict } from "./predict.js";
import { sentenceProbs, sentenceTypeProbs } from "./sentence-type-probs.js";
import { tinyModel } from "./test-helpers.js";

describe("sentenceTypeProbs", () => {
  const doc = annotate({
    id: "d",
    text: "Shares fell in early trading. Warplanes bombed a fuel depot on Tuesday.",
    origin: { file: "-" },
  });

  it("scores each sentence of a Doc like the same text on its own", () => {
    const model = tinyModel();
    expect(doc.sentences.length).toBe(2);
    const probs = sentenceTypeProbs(model, doc, 1);
    const alone = predict(model, featurizeText("Warplanes bombed a fuel depot on Tuesday."));
    for (const { label, prob } of alone) expect(probs.get(label)).toBeCloseTo(prob, 12);
    expect(sentenceTypeProbs(model, doc, 0).get("NONE")).toBeGreaterThan(0.5);
  });

  it("gives mode probabilities from the mode head", () => {
    const probs = sentenceProbs(tinyModel(), doc, 1, "mode");
    expect([...probs.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]).toBe("aerial");
  });

  it("is empty for a sentence index out of range", () => {
    expect(sentenceTypeProbs(tinyModel(), doc, 7).size).toBe(0);
  });
});
