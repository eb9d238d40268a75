import type { HeadFile, ResolvedTrainOptions } from "./model-types.js";
import type { SoftmaxParams } from "./train-softmax.js";

/** Rounds to 4 significant digits: smaller files, and bit-exact output across runs. */
export function round4(x: number): number {
  const r = Number(x.toPrecision(4));
  return r === 0 ? 0 : r;
}

/**
 * Turns trained dense parameters into a stored head: rows centred, weights below the pruning
 * threshold dropped, the rest rounded, indices sorted and delta-encoded per label.
 * `hashedOf[id]` is the hashed feature index of compact feature `id`.
 */
export function exportHead(
  labels: readonly string[],
  hashedOf: readonly number[],
  params: SoftmaxParams,
  o: Pick<ResolvedTrainOptions, "minWeight" | "maxWeights">,
): HeadFile {
  const k = labels.length;
  const w = params.weights;
  centerRows(w, k);
  const threshold = pruneThreshold(w, o.minWeight, o.maxWeights);
  const byHash = hashedOf.map((h, id) => [h, id] as const).sort((x, y) => x[0] - y[0]);
  const index: number[][] = [];
  const weight: number[][] = [];
  for (let c = 0; c < k; c++) {
    const idx: number[] = [];
    const val: number[] = [];
    let last = 0;
    for (const [h, id] of byHash) {
      const v = w[id * k + c] as number;
      if (Math.abs(v) < threshold) continue;
      idx.push(h - last);
      val.push(round4(v));
      last = h;
    }
    index.push(idx);
    weight.push(val);
  }
  return { labels, bias: Array.from(params.bias, round4), index, weight };
}

/**
 * Subtracts each feature's median weight from its row. Softmax is unchanged by adding a constant to
 * every label's weight of one feature, and after centring the labels a feature says little about
 * sit near 0, so pruning removes them with little change to predictions.
 */
function centerRows(w: Float64Array, k: number): void {
  const row = new Float64Array(k);
  for (let base = 0; base < w.length; base += k) {
    for (let c = 0; c < k; c++) row[c] = w[base + c] as number;
    row.sort();
    const mid = k >> 1;
    const median =
      k % 2 ? (row[mid] as number) : ((row[mid - 1] as number) + (row[mid] as number)) / 2;
    for (let c = 0; c < k; c++) w[base + c] = (w[base + c] as number) - median;
  }
}

/** The smallest |weight| kept: minWeight, raised so that at most about maxWeights survive. */
function pruneThreshold(w: Float64Array, minWeight: number, maxWeights: number): number {
  const kept = Float64Array.from(w, Math.abs).filter((x) => x >= minWeight);
  if (kept.length <= maxWeights) return minWeight;
  kept.sort();
  // Keep the largest maxWeights; ties at the cut may keep a few more, which is harmless.
  return Math.max(minWeight, kept[kept.length - maxWeights] as number);
}
