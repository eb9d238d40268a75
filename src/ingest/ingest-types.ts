/**
 * Public types of the ingest stage: the options `readInputs` takes and the items it yields.
 */
import type { Article, DocIssue } from "../core/types.js";

/** Input formats ingest understands; `auto` detects per file (extension, then content sniffing). */
export type InputFormat = "article" | "txt" | "jsonl" | "auto";

/** The concrete formats a single input can turn out to be. */
export type ConcreteFormat = Exclude<InputFormat, "auto">;

/** Default per-document size limit: 10 MiB, far above any news article (~5-50 KB). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Options of `readInputs`. */
export interface IngestOptions {
  /** Force one format for every input; default `auto`. */
  readonly inputFormat?: InputFormat;
  /** Default publication date (YYYY-MM-DD) for documents that carry none. */
  readonly date?: string;
  /**
   * Per-document size limit in bytes (whole file for `article`/`txt`, one line for `jsonl`);
   * default {@link DEFAULT_MAX_BYTES}. Larger documents yield a `too-large` issue.
   */
  readonly maxBytes?: number;
  /** Stream read for the input `-`; default `process.stdin`. */
  readonly stdin?: NodeJS.ReadableStream;
}

/** One thing ingest produced: an article to code, or a problem found on the way. */
export type IngestItem =
  | { readonly kind: "article"; readonly article: Article }
  | { readonly kind: "issue"; readonly issue: DocIssue };
