/**
 * The last step shared by every format: give the document its id, default its date, warn when it
 * has no date at all, and drop repeats of an id already seen in this run.
 */
import { createHash } from "node:crypto";
import type { Article, DocIssue, Origin } from "../core/types.js";
import type { IngestItem } from "./ingest-types.js";
import { ingestIssue } from "./ingest-issues.js";
import { startsWithDateline } from "./iso-date.js";
import type { RecordFields } from "./parse-jsonl-record.js";

/** State shared across all documents of one `readInputs` run. */
export interface RunState {
  readonly defaultDate: string | undefined;
  /** Ids seen so far, with where they were first seen. */
  readonly seen: Map<string, Origin>;
}

/** Content-hash id of a body text: `sha256:` and the first 16 hex digits of SHA-256 of its UTF-8. */
export function contentId(text: string): string {
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16)}`;
}

/**
 * Turns validated fields into the items to yield: the document's warnings (tagged with its id)
 * then the article, or a single `duplicate-id` issue when the id was already used.
 */
export function finishArticle(
  fields: RecordFields,
  origin: Origin,
  warnings: readonly DocIssue[],
  state: RunState,
): IngestItem[] {
  const id = fields.id ?? contentId(fields.text);
  const first = state.seen.get(id);
  if (first !== undefined) {
    const message = `id ${JSON.stringify(id)} was already read from ${describeOrigin(first)}; document skipped`;
    return [{ kind: "issue", issue: ingestIssue("duplicate-id", message, origin, id) }];
  }
  state.seen.set(id, origin);
  const date = fields.date ?? state.defaultDate;
  const issues = warnings.map((issue) =>
    issue.articleId === undefined ? { ...issue, articleId: id } : issue,
  );
  const dateAlreadyReported = warnings.some((issue) => issue.code === "invalid-date");
  if (date === undefined && !dateAlreadyReported && !startsWithDateline(fields.text)) {
    const message =
      "no publication date and no dateline; pass --date to set one, events will have no date";
    issues.push(ingestIssue("missing-date", message, origin, id));
  }
  const article: Article = {
    id,
    text: fields.text,
    origin,
    ...(fields.bodyStart ? { bodyStart: fields.bodyStart } : {}),
    ...(fields.title === undefined ? {} : { title: fields.title }),
    ...(date === undefined ? {} : { date }),
    ...(fields.url === undefined ? {} : { url: fields.url }),
    ...(fields.source === undefined ? {} : { source: fields.source }),
  };
  return [
    ...issues.map((issue): IngestItem => ({ kind: "issue", issue })),
    { kind: "article", article },
  ];
}

function describeOrigin(origin: Origin): string {
  return origin.line === undefined ? origin.file : `${origin.file}:${origin.line}`;
}
