/**
 * Test helpers for src/model: the tiny hand-written training set (3 labels, 30 wire-style lines)
 * and a model trained on it once per test file. Not used by the pipeline.
 */
import { fileURLToPath } from "node:url";
import type { Model } from "./model-types.js";
import { readTrainingFile, type TrainingExample } from "./training-data.js";
import { trainModel } from "./train-model.js";

/** Path of the tiny training set. */
export const TINY_DATA = fileURLToPath(new URL("./testdata/tiny.jsonl", import.meta.url));

let examples: readonly TrainingExample[] | undefined;
let model: Model | undefined;

/** The tiny training set's examples. */
export function tinyExamples(): readonly TrainingExample[] {
  examples ??= readTrainingFile(TINY_DATA).examples;
  return examples;
}

/** A model trained on the tiny set with default options (cached). */
export function tinyModel(): Model {
  model ??= trainModel(tinyExamples());
  return model;
}
