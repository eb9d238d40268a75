import { readFileSync, writeFileSync } from "node:fs";
import * as v from "valibot";
import { DataFileError, DyadError } from "../core/errors.js";
import { compileModel } from "./compile-model.js";
import { FEATURE_VERSION } from "./features.js";
import {
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  type HeadFile,
  type Model,
  type ModelFile,
} from "./model-types.js";

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());

/** A list of number lists, every number passing `ok`: a plain loop, as models hold ~10^5 weights. */
function isMatrix(x: unknown, ok: (n: number) => boolean): boolean {
  if (!Array.isArray(x)) return false;
  for (const row of x as unknown[]) {
    if (!Array.isArray(row)) return false;
    for (const n of row as unknown[]) if (typeof n !== "number" || !ok(n)) return false;
  }
  return true;
}

const HeadSchema = v.pipe(
  v.object({
    labels: v.pipe(v.array(v.pipe(v.string(), v.nonEmpty())), v.minLength(1)),
    bias: v.array(finite),
    index: v.custom<number[][]>(
      (x) => isMatrix(x, (n) => Number.isInteger(n) && n >= 0),
      "must be lists of non-negative integers",
    ),
    weight: v.custom<number[][]>(
      (x) => isMatrix(x, Number.isFinite),
      "must be lists of finite numbers",
    ),
  }),
  v.check(
    (h) =>
      h.bias.length === h.labels.length &&
      h.index.length === h.labels.length &&
      h.weight.length === h.labels.length,
    "bias, index and weight need one entry per label",
  ),
  v.check(
    (h) => h.index.every((idx, c) => idx.length === h.weight[c]?.length),
    "index and weight lists differ in length",
  ),
);

const FileSchema = v.object({
  format: v.literal(MODEL_FORMAT),
  formatVersion: v.literal(MODEL_FORMAT_VERSION),
  featureVersion: v.string(),
  hashBits: v.pipe(v.number(), v.integer(), v.minValue(8), v.maxValue(24)),
  heads: v.object({ type: HeadSchema, mode: v.exactOptional(HeadSchema) }),
  training: v.object({
    files: v.array(v.object({ file: v.string(), examples: count, sha256: v.string() })),
    examples: count,
    typeCounts: v.record(v.string(), count),
    modeCounts: v.record(v.string(), count),
    options: v.object({
      epochs: count,
      seed: v.number(),
      learningRate: finite,
      l2: finite,
      classWeight: v.picklist(["balanced", "sqrt", "none"]),
      minWeight: finite,
      maxWeights: count,
    }),
    heldOut: v.exactOptional(v.object({ examples: count, accuracy: finite, macroF1: finite })),
  }),
});

/**
 * Serialises a model file as JSON with one line per head array, so diffs of a retrained model
 * stay readable; the same model always gives the same bytes.
 */
export function serializeModel(file: ModelFile): string {
  const heads = Object.entries(file.heads).map(
    ([name, h]) => `  ${JSON.stringify(name)}: ${serializeHead(h)}`,
  );
  return [
    "{",
    `"format": ${JSON.stringify(file.format)}, "formatVersion": ${file.formatVersion},`,
    `"featureVersion": ${JSON.stringify(file.featureVersion)}, "hashBits": ${file.hashBits},`,
    `"training": ${JSON.stringify(file.training)},`,
    `"heads": {\n${heads.join(",\n")}\n}`,
    "}",
    "",
  ].join("\n");
}

function serializeHead(h: HeadFile): string {
  const lines = (rows: readonly (readonly number[])[]): string =>
    rows.map((r) => `    ${JSON.stringify(r)}`).join(",\n");
  return (
    `{"labels": ${JSON.stringify(h.labels)},\n   "bias": ${JSON.stringify(h.bias)},\n` +
    `   "index": [\n${lines(h.index)}\n   ],\n   "weight": [\n${lines(h.weight)}\n   ]}`
  );
}

/** Writes a model to `path` (see serializeModel); a failed write throws DyadError "write-model". */
export function saveModel(model: Model, path: string): void {
  try {
    writeFileSync(path, serializeModel(model.file));
  } catch (cause) {
    throw new DyadError("write-model", `${path}: cannot write model`, { cause });
  }
}

/** Parses and validates model JSON text; `source` names the file in errors. */
export function parseModel(text: string, source: string): Model {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new DataFileError(source, undefined, "model is not valid JSON", { cause });
  }
  const r = v.safeParse(FileSchema, json);
  if (!r.success) {
    const issue = r.issues[0];
    const key = issue.path?.map((p) => String(p.key)).join(".") ?? "model";
    throw new DataFileError(source, undefined, `not a dyad model: ${key}: ${issue.message}`);
  }
  if (r.output.featureVersion !== FEATURE_VERSION) {
    throw new DataFileError(
      source,
      undefined,
      `model uses features ${r.output.featureVersion}, this dyad computes ${FEATURE_VERSION}: retrain it with dyad train`,
    );
  }
  return compileModel(r.output, source);
}

/** Reads, validates and compiles a model file; any problem throws DataFileError naming the file. */
export function loadModel(path: string): Model {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new DataFileError(path, undefined, "cannot read model", { cause });
  }
  return parseModel(text, path);
}
