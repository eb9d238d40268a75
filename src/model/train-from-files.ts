import { basename } from "node:path";
import { evaluateModel, splitHoldout, type Evaluation } from "./evaluate-model.js";
import { DEFAULT_HASH_BITS } from "./features.js";
import type { Model, TrainedFileInfo } from "./model-types.js";
import { readTrainingFile } from "./training-data.js";
import {
  countLabels,
  featurizeExamples,
  trainFromFeatures,
  type LabelledFeatures,
  type TrainOptions,
} from "./train-model.js";

/** Result of a training run over JSONL files. */
export interface TrainRun {
  /** Trained on every example (the held-out figures estimate its accuracy). */
  readonly model: Model;
  /** Type-head evaluation of a model trained without the held-out examples; absent when holdout is 0. */
  readonly evaluation?: Evaluation;
  /** Mode-head evaluation on the held-out examples that carry a mode, when the model has a mode head. */
  readonly modeEvaluation?: Evaluation;
  readonly typeCounts: Readonly<Record<string, number>>;
  readonly files: readonly TrainedFileInfo[];
  /** Milliseconds spent featurising (wink-nlp annotation) and training. */
  readonly featurizeMs: number;
  readonly trainMs: number;
}

/**
 * Reads JSONL training files (in the order given), featurises them once, estimates accuracy on a
 * deterministic held-out split (every 1/holdout-th example) and trains the final model on all examples.
 * Malformed files throw DataFileError.
 */
export function trainFromFiles(
  files: readonly string[],
  opts: TrainOptions = {},
  holdout = 0.2,
): TrainRun {
  const read = files.map(readTrainingFile);
  const infos = read.map((r) => ({
    file: basename(r.file),
    examples: r.examples.length,
    sha256: r.sha256,
  }));
  const t0 = performance.now();
  const items = featurizeExamples(
    read.flatMap((r) => r.examples),
    opts.hashBits ?? DEFAULT_HASH_BITS,
  );
  const t1 = performance.now();
  const { evaluation, modeEvaluation } = holdout > 0 ? heldOut(items, opts, holdout) : {};
  const heldOutSummary = evaluation
    ? {
        examples: evaluation.examples,
        accuracy: round3(evaluation.accuracy),
        macroF1: round3(evaluation.macroF1),
      }
    : undefined;
  const model = trainFromFeatures(items, {
    ...opts,
    files: infos,
    ...(heldOutSummary ? { heldOut: heldOutSummary } : {}),
  });
  const t2 = performance.now();
  return {
    model,
    ...(evaluation ? { evaluation } : {}),
    ...(modeEvaluation ? { modeEvaluation } : {}),
    typeCounts: countLabels(items.map((i) => i.type)),
    files: infos,
    featurizeMs: t1 - t0,
    trainMs: t2 - t1,
  };
}

function heldOut(
  items: readonly LabelledFeatures[],
  opts: TrainOptions,
  holdout: number,
): { evaluation?: Evaluation; modeEvaluation?: Evaluation } {
  const { train, test } = splitHoldout(items, holdout);
  if (!train.length || !test.length) return {};
  const model = trainFromFeatures(train, opts);
  const evaluation = evaluateModel(
    model,
    test.map((i) => ({ features: i.features, gold: i.type })),
  );
  const withMode = test.flatMap((i) =>
    i.mode === undefined ? [] : [{ features: i.features, gold: i.mode }],
  );
  if (!model.mode || !withMode.length) return { evaluation };
  return { evaluation, modeEvaluation: evaluateModel(model, withMode, "mode") };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
