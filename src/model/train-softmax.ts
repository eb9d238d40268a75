import type { ClassWeighting } from "./model-types.js";
import { seededRandom, shuffleInPlace } from "./random.js";

/** Examples for the optimiser: compact feature ids (0..features-1) and a label id each. */
export interface CompactData {
  readonly vectors: readonly Uint32Array[];
  readonly labels: Int32Array;
  readonly labelCount: number;
  readonly featureCount: number;
}

/** Optimiser settings. */
export interface SoftmaxOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly classWeight: ClassWeighting;
}

/** Trained dense parameters: weights[feature * labelCount + label], bias[label]. */
export interface SoftmaxParams {
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

const EPS = 1e-8;

/** Per-label example weights, so a rare label's errors cost as much as (or more than) a common one's. */
export function classWeights(
  labels: Int32Array,
  labelCount: number,
  mode: ClassWeighting,
): Float64Array {
  const counts = new Float64Array(labelCount);
  for (const y of labels) counts[y] = (counts[y] ?? 0) + 1;
  const power = mode === "balanced" ? 1 : mode === "sqrt" ? 0.5 : 0;
  const n = labels.length;
  return counts.map((c) => (c === 0 ? 0 : Math.pow(n / (labelCount * c), power)));
}

/**
 * Trains multinomial logistic regression with AdaGrad and L2 (applied lazily, to the features an
 * example has). Each epoch visits the examples in an order shuffled by the seeded generator, so
 * the result depends only on the data and the options.
 */
export function trainSoftmax(data: CompactData, opts: SoftmaxOptions): SoftmaxParams {
  const k = data.labelCount;
  const weights = new Float64Array(data.featureCount * k);
  const bias = new Float64Array(k);
  const gw = new Float64Array(weights.length);
  const gb = new Float64Array(k);
  const cw = classWeights(data.labels, k, opts.classWeight);
  const order = Array.from(data.vectors, (_, i) => i);
  const random = seededRandom(opts.seed);
  const probs = new Float64Array(k);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const x = data.vectors[i] as Uint32Array;
      const y = data.labels[i] as number;
      const scale = x.length ? 1 / Math.sqrt(x.length) : 0;
      softmaxScores(weights, bias, k, x, scale, probs);
      const w = cw[y] as number;
      for (let c = 0; c < k; c++) probs[c] = ((probs[c] as number) - (c === y ? 1 : 0)) * w;
      update(weights, gw, bias, gb, k, x, scale, probs, opts);
    }
  }
  return { weights, bias };
}

/** Writes softmax probabilities of one example into `out`. */
function softmaxScores(
  weights: Float64Array,
  bias: Float64Array,
  k: number,
  x: Uint32Array,
  scale: number,
  out: Float64Array,
): void {
  for (let c = 0; c < k; c++) out[c] = bias[c] as number;
  for (const f of x) {
    const row = f * k;
    for (let c = 0; c < k; c++) out[c] = (out[c] as number) + (weights[row + c] as number) * scale;
  }
  let max = -Infinity;
  for (let c = 0; c < k; c++) max = Math.max(max, out[c] as number);
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp((out[c] as number) - max);
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < k; c++) out[c] = (out[c] as number) / sum;
}

/** AdaGrad step for one example, given the per-label loss gradient `g` of its scores. */
function update(
  weights: Float64Array,
  gw: Float64Array,
  bias: Float64Array,
  gb: Float64Array,
  k: number,
  x: Uint32Array,
  scale: number,
  g: Float64Array,
  opts: SoftmaxOptions,
): void {
  const lr = opts.learningRate;
  for (const f of x) {
    const row = f * k;
    for (let c = 0; c < k; c++) {
      const j = row + c;
      const wj = weights[j] as number;
      const grad = (g[c] as number) * scale + opts.l2 * wj;
      const acc = (gw[j] as number) + grad * grad;
      gw[j] = acc;
      weights[j] = wj - (lr * grad) / Math.sqrt(acc + EPS);
    }
  }
  for (let c = 0; c < k; c++) {
    const grad = g[c] as number;
    const acc = (gb[c] as number) + grad * grad;
    gb[c] = acc;
    bias[c] = (bias[c] as number) - (lr * grad) / Math.sqrt(acc + EPS);
  }
}
