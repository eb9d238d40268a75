/**
 * The ingest stage's issue codes: one table row per code, so severities live in one place and
 * the README table can be checked against it.
 */
import type { DocIssue, IssueSeverity, Origin } from "../core/types.js";

/** Every issue code ingest can report, with its severity and a one-line meaning. */
export const INGEST_ISSUES = {
  unreadable: { severity: "error", when: "path missing, permission denied or read failure" },
  "no-inputs": { severity: "warning", when: "a directory holds no non-hidden files" },
  "empty-file": { severity: "error", when: "input has 0 bytes" },
  "too-large": {
    severity: "error",
    when: "document (file, stdin, jsonl line, WARC record, HTTP body) exceeds maxBytes",
  },
  "binary-file": { severity: "error", when: "NUL bytes, or >10% control bytes in the first 8 KB" },
  "invalid-utf8": { severity: "warning", when: "bytes are not UTF-8; decoded as windows-1252" },
  "invalid-utf16": {
    severity: "warning",
    when: "UTF-16 BOM but malformed data; bad units become U+FFFD",
  },
  "unsupported-encoding": { severity: "error", when: "jsonl input that is not UTF-8 (UTF-16 BOM)" },
  "empty-body": { severity: "error", when: "text is empty or only whitespace" },
  "bad-header": {
    severity: "error",
    when: "article format without a `date YYYY-MM-DD` first line",
  },
  "invalid-date": {
    severity: "warning",
    when: "a header/record date is not a real YYYY-MM-DD date",
  },
  "missing-date": {
    severity: "warning",
    when: "no date, no --date default and no dateline at the start",
  },
  "bad-json": { severity: "error", when: "a jsonl line is not valid JSON" },
  "not-an-object": { severity: "error", when: "a jsonl line is JSON but not an object" },
  "missing-text": {
    severity: "error",
    when: "a jsonl record has no `text`, or it is not a string",
  },
  "bad-id": { severity: "error", when: "a jsonl `id` is present but not a non-empty string" },
  "bad-field": {
    severity: "warning",
    when: "a jsonl `title`/`url`/`source`/`date` is not a string",
  },
  "no-records": { severity: "warning", when: "a jsonl input holds only blank lines" },
  "duplicate-id": { severity: "error", when: "an article id was already seen in this run" },
  "non-english": { severity: "error", when: "the text is in another language (ISO 639-3 code)" },
  "future-date": {
    severity: "warning",
    when: "a stated publication date is more than 2 days after now; dropped",
  },
  "long-token": {
    severity: "warning",
    when: "runs of over 256 characters without whitespace; blanked with spaces",
  },
  "bad-gzip": {
    severity: "error",
    when: "gzip data is corrupt or truncated; the rest is not read",
  },
  "not-a-feed": { severity: "error", when: "a feed input whose root is not rss, rdf:RDF or feed" },
  "bad-feed-entry": {
    severity: "error",
    when: "a feed entry is malformed XML, unclosed, or empty",
  },
  "no-entries": { severity: "warning", when: "a feed holds no entries" },
  "summary-only": {
    severity: "warning",
    when: "a feed entry has only a short summary, coded as is",
  },
  "page-not-fetched": {
    severity: "warning",
    when: "a linked page could not be fetched or read; the summary is coded",
  },
  "no-article-body": { severity: "error", when: "an HTML page holds no article text" },
  "bad-html": { severity: "error", when: "the HTML parser failed on a page" },
  "deep-html": {
    severity: "warning",
    when: "markup nested over 100 deep; text taken from its <p> elements",
  },
  "warc-skipped": {
    severity: "warning",
    when: "WARC records that are not HTML pages were skipped",
  },
  "bad-warc": { severity: "error", when: "a WARC file cannot be parsed; the rest is not read" },
  "bad-url": { severity: "error", when: "a URL input or redirect target is not http(s)" },
  "http-error": { severity: "error", when: "HTTP status other than 2xx, after retries" },
  "http-timeout": { severity: "error", when: "no complete response in time, after retries" },
  "network-error": {
    severity: "error",
    when: "connection refused, reset or DNS failure, after retries",
  },
  "redirect-loop": { severity: "error", when: "redirects loop or exceed the limit" },
} as const satisfies Record<string, { severity: IssueSeverity; when: string }>;

/** A code from {@link INGEST_ISSUES}. */
export type IngestIssueCode = keyof typeof INGEST_ISSUES;

/** Builds a DocIssue whose severity comes from the {@link INGEST_ISSUES} table. */
export function ingestIssue(
  code: IngestIssueCode,
  message: string,
  origin: Origin,
  articleId?: string,
): DocIssue {
  const { severity } = INGEST_ISSUES[code];
  return articleId === undefined
    ? { severity, code, message, origin }
    : { severity, code, message, origin, articleId };
}
