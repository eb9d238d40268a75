import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as v from "valibot";
import { DataFileError } from "../core/errors.js";
import type { Origin } from "../core/types.js";

/** One labelled training text, read from a JSONL line. */
export interface TrainingExample {
  readonly text: string;
  /** Event-type label: a PLOVER type, "NONE", or any category of the user's own. */
  readonly type: string;
  /** Optional mode label (PLOVER mode of the type, or the user's own). */
  readonly mode?: string;
  readonly origin: Origin;
}

/** A training file after reading: its examples and a content digest for the model's metadata. */
export interface TrainingFile {
  readonly file: string;
  readonly examples: readonly TrainingExample[];
  /** First 16 hex digits of the file's SHA-256: says which version of the data a model saw. */
  readonly sha256: string;
}

const label = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty("must be a non-empty string"),
  v.maxLength(100, "is longer than 100 characters"),
);

/** A line's schema: extra keys (id, note, context, ...) are allowed and ignored. */
const LineSchema = v.looseObject({
  text: v.pipe(
    v.string(),
    v.check((s) => s.trim() !== "", "must be a non-empty string"),
  ),
  type: label,
  // "" and null mean "no mode", as writing every key on every line is easier for annotators.
  mode: v.optional(
    v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(100, "is longer than 100 characters"))),
  ),
});

/**
 * Parses JSONL training text: one `{"text", "type", "mode"?}` object a line; blank lines are
 * skipped. Any other bad line throws DataFileError naming file:line, because silently dropping
 * a user's labelled example would hide a typo that changes what the model learns.
 */
export function parseTrainingData(content: string, file: string): TrainingExample[] {
  const lines = content.split("\n");
  const out: TrainingExample[] = [];
  for (let n = 0; n < lines.length; n++) {
    const raw = (lines[n] ?? "").replace(/\r$/, "");
    if (raw.trim() === "") continue;
    out.push(parseLine(raw, file, n + 1));
  }
  return out;
}

function parseLine(raw: string, file: string, line: number): TrainingExample {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw new DataFileError(file, line, "not valid JSON", { cause });
  }
  const r = v.safeParse(LineSchema, json);
  if (!r.success) {
    const issue = r.issues[0];
    const key = issue.path?.map((p) => String(p.key)).join(".") ?? "line";
    throw new DataFileError(
      file,
      line,
      `${key}: ${issue.message} (expected {"text": "...", "type": "LABEL", "mode"?: "..."})`,
    );
  }
  const { text, type, mode } = r.output;
  return { text, type, ...(mode ? { mode } : {}), origin: { file, line } };
}

/** Reads one JSONL training file; unreadable or malformed files throw DataFileError. */
export function readTrainingFile(file: string): TrainingFile {
  let content: string;
  try {
    content = readFileSync(file, "utf8");
  } catch (cause) {
    throw new DataFileError(file, undefined, "cannot read training data", { cause });
  }
  const sha256 = createHash("sha256").update(content).digest("hex").slice(0, 16);
  return { file, examples: parseTrainingData(content, file), sha256 };
}
