import { DataFileError } from "../core/errors.js";
import type { Classifier, HeadFile, Model, ModelFile } from "./model-types.js";

/**
 * Builds the in-memory model from a model file: per head, a feature -> row table over the hashed
 * space and dense rows of per-label weights, so prediction is one lookup per feature.
 * Throws DataFileError (naming `source`) when indices fall outside the hashed space.
 */
export function compileModel(file: ModelFile, source = "<model>"): Model {
  const type = compileHead(file.heads.type, file.hashBits, `${source} heads.type`);
  const mode = file.heads.mode
    ? compileHead(file.heads.mode, file.hashBits, `${source} heads.mode`)
    : undefined;
  return { file, hashBits: file.hashBits, type, ...(mode ? { mode } : {}) };
}

function compileHead(head: HeadFile, bits: number, where: string): Classifier {
  const k = head.labels.length;
  const size = 2 ** bits;
  const rowOf = new Int32Array(size).fill(-1);
  let rows = 0;
  forEachWeight(head, size, where, (f) => {
    if (rowOf[f] === -1) rowOf[f] = rows++;
  });
  const weights = new Float32Array(rows * k);
  forEachWeight(head, size, where, (f, c, w) => {
    weights[(rowOf[f] as number) * k + c] = w;
  });
  return { labels: head.labels, bias: Float32Array.from(head.bias), rowOf, weights };
}

/** Walks the delta-encoded sparse weights of every label, checking each index is in range. */
function forEachWeight(
  head: HeadFile,
  size: number,
  where: string,
  fn: (f: number, label: number, w: number) => void,
): void {
  head.index.forEach((deltas, c) => {
    const values = head.weight[c] ?? [];
    let f = 0;
    deltas.forEach((d, j) => {
      f += d;
      if (f >= size)
        throw new DataFileError(
          where,
          undefined,
          `feature index ${f} of label ${head.labels[c]} is outside 2^bits`,
        );
      fn(f, c, values[j] ?? 0);
    });
  });
}
