/**
 * Entry point of the ingest stage: reads files, directories and stdin in the `article`, `txt` or
 * `jsonl` format and yields articles, with every per-document problem as a DocIssue item.
 */
import type { Origin } from "../core/types.js";
import { UsageError } from "../core/errors.js";
import type { RunState } from "./finish-article.js";
import {
  DEFAULT_MAX_BYTES,
  type IngestItem,
  type IngestOptions,
  type InputFormat,
} from "./ingest-types.js";
import { isIsoDate } from "./iso-date.js";
import { listSources, STDIN_NAME } from "./list-sources.js";
import { readSource, type ReadSettings } from "./read-source.js";

export type { IngestItem, IngestOptions, InputFormat } from "./ingest-types.js";
export { DEFAULT_MAX_BYTES } from "./ingest-types.js";

const FORMATS: readonly InputFormat[] = ["article", "txt", "jsonl", "auto"];

/**
 * Reads every input in order and yields its articles and issues, streaming: jsonl is read line by
 * line and other documents one at a time. Throws `UsageError` (before reading anything) for bad
 * options; per-document problems, including missing files, are yielded as issues.
 */
export async function* readInputs(
  inputs: string[],
  opts: IngestOptions,
): AsyncGenerator<IngestItem> {
  const settings = checkOptions(inputs, opts);
  const state: RunState = { defaultDate: opts.date, seen: new Map<string, Origin>() };
  for await (const source of listSources(inputs, () => opts.stdin ?? process.stdin)) {
    if ("severity" in source) yield { kind: "issue", issue: source };
    else yield* readSource(source, settings, state);
  }
}

/** Validates the options; a mistake here is the user's, so it is a UsageError. */
function checkOptions(inputs: readonly string[], opts: IngestOptions): ReadSettings {
  const format = opts.inputFormat ?? "auto";
  if (!FORMATS.includes(format)) {
    throw new UsageError(
      `unknown input format ${JSON.stringify(format)}; expected one of ${FORMATS.join(", ")}`,
    );
  }
  if (opts.date !== undefined && !isIsoDate(opts.date)) {
    throw new UsageError(`--date ${JSON.stringify(opts.date)} is not a YYYY-MM-DD date`);
  }
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new UsageError(`maxBytes must be a positive integer, got ${maxBytes}`);
  }
  if (inputs.filter((input) => input === STDIN_NAME).length > 1) {
    throw new UsageError("stdin (-) can be read only once");
  }
  return { format: format === "auto" ? undefined : format, maxBytes };
}
