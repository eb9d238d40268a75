import type { FeatureVector } from "./features.js";
import type { Classifier, HeadName, LabelProb, Model } from "./model-types.js";

let scratch = new Float64Array(32);

/**
 * Writes a classifier's softmax probabilities for `features` into `out` (length >= labels).
 * The allocation-free core of predict, for per-sentence use in the event coder.
 */
export function probabilitiesInto(c: Classifier, features: FeatureVector, out: Float64Array): void {
  const k = c.labels.length;
  for (let j = 0; j < k; j++) out[j] = c.bias[j] as number;
  const scale = features.length ? 1 / Math.sqrt(features.length) : 0;
  for (const f of features) {
    const row = c.rowOf[f];
    // Unknown (never trained) and out-of-range features simply contribute nothing.
    if (row === undefined || row < 0) continue;
    const base = row * k;
    for (let j = 0; j < k; j++)
      out[j] = (out[j] as number) + (c.weights[base + j] as number) * scale;
  }
  let max = -Infinity;
  for (let j = 0; j < k; j++) max = Math.max(max, out[j] as number);
  let sum = 0;
  for (let j = 0; j < k; j++) {
    const e = Math.exp((out[j] as number) - max);
    out[j] = e;
    sum += e;
  }
  for (let j = 0; j < k; j++) out[j] = (out[j] as number) / sum;
}

/**
 * Predicts label probabilities for a feature vector with a model's type (default) or mode head,
 * sorted by probability (descending, ties by label). Empty when the model has no such head.
 */
export function predict(
  model: Model,
  features: FeatureVector,
  head: HeadName = "type",
): LabelProb[] {
  const c = head === "type" ? model.type : model.mode;
  if (!c) return [];
  const k = c.labels.length;
  if (scratch.length < k) scratch = new Float64Array(k);
  probabilitiesInto(c, features, scratch);
  const out = c.labels.map((label, j) => ({ label, prob: scratch[j] as number }));
  return out.sort(
    (a, b) => b.prob - a.prob || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}
