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
    when: "document (file, stdin, or one jsonl line) exceeds maxBytes",
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
