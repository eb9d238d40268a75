/**
 * Public types of the ingest stage: the options `readInputs` takes and the items it yields.
 */
import type { Article, DocIssue } from "../core/types.js";
import type { FetchSettings } from "../sources/http-fetch.js";

/** The concrete formats a single input can turn out to be. */
export type ConcreteFormat = "article" | "txt" | "jsonl" | "feed" | "html" | "warc";

/**
 * Input formats ingest understands; `auto` detects per input (extension, then content sniffing),
 * `rss` and `atom` are other names of `feed` (one parser reads RSS 2.0, RSS 1.0 and Atom).
 */
export type InputFormat = ConcreteFormat | "rss" | "atom" | "auto";

/** Every `InputFormat`, as the CLI's `--input-format` should list them. */
export const INPUT_FORMATS: readonly InputFormat[] = [
  "auto",
  "article",
  "txt",
  "jsonl",
  "feed",
  "rss",
  "atom",
  "html",
  "warc",
];

/** Default per-document size limit: 10 MiB, far above any news article (~5-50 KB). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Options of `readInputs`. */
export interface IngestOptions {
  /** Force one format for every input; default `auto`. */
  readonly inputFormat?: InputFormat;
  /** Default publication date (YYYY-MM-DD) for documents that carry none. */
  readonly date?: string;
  /**
   * Per-document size limit in bytes (whole file for `article`/`txt`/`feed`/`html`, one line for
   * `jsonl`, one record for `warc`, one HTTP body); default {@link DEFAULT_MAX_BYTES}. Larger
   * documents yield a `too-large` issue.
   */
  readonly maxBytes?: number;
  /** Stream read for the input `-`; default `process.stdin`. */
  readonly stdin?: NodeJS.ReadableStream;
  /**
   * Fetch the linked page of feed entries that carry only a summary, and code the page's text;
   * default false (the summary is coded, with a `summary-only` warning).
   */
  readonly fetchLinked?: boolean;
  /** HTTP behaviour for URL inputs and linked pages; `maxBytes` always comes from above. */
  readonly http?: Partial<Omit<FetchSettings, "maxBytes">>;
  /**
   * Called with each feed entry's hash before it is read: `true` skips the entry silently (no
   * page fetch, no coding). `dyad watch` uses it to skip entries it has already ingested.
   */
  readonly skipEntry?: (entryHash: string) => boolean;
  /** Clock of the `future-date` check; default the current time. */
  readonly now?: Date;
}

/** One thing ingest produced: an article to code, or a problem found on the way. */
export type IngestItem =
  | { readonly kind: "article"; readonly article: Article }
  | { readonly kind: "issue"; readonly issue: DocIssue };
