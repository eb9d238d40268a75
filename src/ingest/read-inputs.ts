/**
 * Entry point of the ingest stage: reads files, directories, http(s) URLs and stdin in the
 * `article`, `txt`, `jsonl`, `feed` (RSS/Atom), `html` or `warc` format, gzip'd or not, and yields
 * articles, with every per-document problem as a DocIssue item.
 */
import type { Origin } from "../core/types.js";
import { UsageError } from "../core/errors.js";
import {
  DEFAULT_FETCH_SETTINGS,
  type FetchSettings,
  type FetchSuccess,
} from "../sources/http-fetch.js";
import { forcedFormat } from "./detect-format.js";
import type { RunState } from "./finish-article.js";
import {
  DEFAULT_MAX_BYTES,
  INPUT_FORMATS,
  type IngestItem,
  type IngestOptions,
} from "./ingest-types.js";
import { isIsoDate } from "./iso-date.js";
import { listSources, STDIN_NAME } from "./list-sources.js";
import { readSource, type ReadSettings } from "./read-source.js";
import { isUrlInput, readResponse, readUrl } from "./read-url.js";

export type { IngestItem, IngestOptions, InputFormat } from "./ingest-types.js";
export { DEFAULT_MAX_BYTES, INPUT_FORMATS } from "./ingest-types.js";

/**
 * Reads every input in order and yields its articles and issues, streaming: jsonl is read line by
 * line, WARC record by record, and other documents one at a time. Throws `UsageError` (before
 * reading anything) for bad options; per-document problems, including missing files and failed
 * downloads, are yielded as issues.
 */
export async function* readInputs(
  inputs: string[],
  opts: IngestOptions,
): AsyncGenerator<IngestItem> {
  const settings = checkOptions(inputs, opts);
  const state = runState(opts);
  const stdin = (): NodeJS.ReadableStream => opts.stdin ?? process.stdin;
  for (const input of inputs) {
    if (isUrlInput(input)) {
      yield* readUrl(input, settings, state);
      continue;
    }
    for await (const source of listSources([input], stdin)) {
      if ("severity" in source) yield { kind: "issue", issue: source };
      else yield* readSource(source, settings, state);
    }
  }
}

/**
 * Reads an HTTP response the caller fetched itself like a URL input (`dyad watch` polls feeds
 * with conditional requests; a 304 yields nothing). Throws `UsageError` for bad options.
 */
export async function* readFetched(
  url: string,
  fetched: FetchSuccess,
  opts: IngestOptions,
): AsyncGenerator<IngestItem> {
  const settings = checkOptions([], opts);
  yield* readResponse(url, fetched, settings, runState(opts));
}

function runState(opts: IngestOptions): RunState {
  return { defaultDate: opts.date, seen: new Map<string, Origin>(), now: opts.now ?? new Date() };
}

/** Validates the options; a mistake here is the user's, so it is a UsageError. */
function checkOptions(inputs: readonly string[], opts: IngestOptions): ReadSettings {
  const format = opts.inputFormat ?? "auto";
  if (!INPUT_FORMATS.includes(format)) {
    throw new UsageError(
      `unknown input format ${JSON.stringify(format)}; expected one of ${INPUT_FORMATS.join(", ")}`,
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
  return {
    format: forcedFormat(format),
    maxBytes,
    http: httpSettings(opts, maxBytes),
    fetchLinked: opts.fetchLinked === true,
    skipEntry: opts.skipEntry,
  };
}

/** The HTTP settings: defaults, overridden by `opts.http`, with ingest's size limit. */
function httpSettings(opts: IngestOptions, maxBytes: number): FetchSettings {
  const http: FetchSettings = { ...DEFAULT_FETCH_SETTINGS, ...opts.http, maxBytes };
  for (const key of [
    "timeoutMs",
    "retries",
    "backoffMs",
    "maxBackoffMs",
    "maxRedirects",
  ] as const) {
    const value = http[key];
    if (!Number.isFinite(value) || value < 0 || (key === "timeoutMs" && value === 0))
      throw new UsageError(
        `http.${key} must be a ${key === "timeoutMs" ? "positive" : "non-negative"} number, got ${value}`,
      );
  }
  return http;
}
