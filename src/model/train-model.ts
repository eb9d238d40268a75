import { DEFAULT_HASH_BITS, FEATURE_VERSION, type FeatureVector } from "./features.js";
import { featurizeText } from "./featurize-text.js";
import { compileModel } from "./compile-model.js";
import {
  DEFAULT_TRAIN_OPTIONS,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  type HeadFile,
  type HeldOutSummary,
  type Model,
  type ModelFile,
  type ResolvedTrainOptions,
  type TrainedFileInfo,
} from "./model-types.js";
import type { TrainingExample } from "./training-data.js";
import { trainSoftmax } from "./train-softmax.js";
import { exportHead } from "./export-head.js";

/** A featurised training example. */
export interface LabelledFeatures {
  readonly features: FeatureVector;
  readonly type: string;
  readonly mode?: string;
}

/** Training options; every field has a default (see DEFAULT_TRAIN_OPTIONS). */
export interface TrainOptions extends Partial<ResolvedTrainOptions> {
  readonly hashBits?: number;
  /** Files the examples came from, recorded in the model's metadata. */
  readonly files?: readonly TrainedFileInfo[];
  /** Held-out figures to record in the model's metadata. */
  readonly heldOut?: HeldOutSummary;
}

export { DEFAULT_TRAIN_OPTIONS };

/** Featurises training examples (annotating each text with wink-nlp). */
export function featurizeExamples(
  examples: readonly TrainingExample[],
  bits: number = DEFAULT_HASH_BITS,
): LabelledFeatures[] {
  return examples.map((e) => ({
    features: featurizeText(e.text, bits),
    type: e.type,
    ...(e.mode ? { mode: e.mode } : {}),
  }));
}

/** Trains a type classifier (and a mode classifier, from the examples that carry a mode) on labelled texts. */
export function trainModel(examples: readonly TrainingExample[], opts: TrainOptions = {}): Model {
  return trainFromFeatures(featurizeExamples(examples, opts.hashBits ?? DEFAULT_HASH_BITS), opts);
}

/** Trains from already featurised examples (so a held-out run and the final run featurise once). */
export function trainFromFeatures(
  items: readonly LabelledFeatures[],
  opts: TrainOptions = {},
): Model {
  const o = resolveOptions(opts);
  const withMode = items.filter((i) => i.mode !== undefined);
  const modeLabels = withMode.map((i) => i.mode as string);
  const modeHead =
    new Set(modeLabels).size >= 2
      ? trainHead(
          withMode.map((i) => i.features),
          modeLabels,
          o,
        )
      : undefined;
  const file: ModelFile = {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    featureVersion: FEATURE_VERSION,
    hashBits: opts.hashBits ?? DEFAULT_HASH_BITS,
    heads: {
      type: trainHead(
        items.map((i) => i.features),
        items.map((i) => i.type),
        o,
      ),
      ...(modeHead ? { mode: modeHead } : {}),
    },
    training: {
      files: opts.files ?? [],
      examples: items.length,
      typeCounts: countLabels(items.map((i) => i.type)),
      modeCounts: countLabels(modeLabels),
      options: o,
      ...(opts.heldOut ? { heldOut: opts.heldOut } : {}),
    },
  };
  return compileModel(file);
}

function resolveOptions(opts: TrainOptions): ResolvedTrainOptions {
  const d = DEFAULT_TRAIN_OPTIONS;
  return {
    epochs: opts.epochs ?? d.epochs,
    seed: opts.seed ?? d.seed,
    learningRate: opts.learningRate ?? d.learningRate,
    l2: opts.l2 ?? d.l2,
    classWeight: opts.classWeight ?? d.classWeight,
    minWeight: opts.minWeight ?? d.minWeight,
    maxWeights: opts.maxWeights ?? d.maxWeights,
  };
}

/** Label counts with keys in code-point order, so the JSON does not depend on example order. */
export function countLabels(labels: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return Object.fromEntries(sortedKeys(counts).map((k) => [k, counts.get(k) ?? 0]));
}

function sortedKeys(m: ReadonlyMap<string, unknown>): string[] {
  return [...m.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Trains one softmax head and exports it as sparse, rounded, pruned weights. */
function trainHead(
  vectors: readonly FeatureVector[],
  labelOf: readonly string[],
  o: ResolvedTrainOptions,
): HeadFile {
  const labels = sortedKeys(new Map(labelOf.map((l) => [l, true])));
  const labelId = new Map(labels.map((l, i) => [l, i]));
  // Compact ids in order of first appearance: training touches only features the data has.
  const compactOf = new Map<number, number>();
  const hashedOf: number[] = [];
  const compact = vectors.map((x) =>
    Uint32Array.from(x, (f) => {
      let id = compactOf.get(f);
      if (id === undefined) {
        id = hashedOf.length;
        compactOf.set(f, id);
        hashedOf.push(f);
      }
      return id;
    }),
  );
  const ys = Int32Array.from(labelOf, (l) => labelId.get(l) ?? 0);
  const params = trainSoftmax(
    { vectors: compact, labels: ys, labelCount: labels.length, featureCount: hashedOf.length },
    o,
  );
  return exportHead(labels, hashedOf, params, o);
}
