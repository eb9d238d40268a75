/**
 * The last step shared by every format: give the document its id, drop repeats of an id already
 * seen in this run, refuse text in other languages, blank overlong tokens, drop a future date,
 * default the date, and warn when the document has no date at all.
 */
import { hash } from "node:crypto";
import type { Article, DocIssue, Origin } from "../core/types.js";
import type { IngestItem } from "./ingest-types.js";
import { detectLanguage } from "./detect-language.js";
import { ingestIssue } from "./ingest-issues.js";
import { startsWithDateline } from "./iso-date.js";
import type { RecordFields } from "./parse-jsonl-record.js";
import {
  blankLongTokens,
  type Blanked,
  FUTURE_DATE_SLACK_DAYS,
  isFutureDate,
  MAX_TOKEN_CHARS,
} from "./text-guards.js";

/** State shared across all documents of one `readInputs` run. */
export interface RunState {
  readonly defaultDate: string | undefined;
  /** Ids seen so far, with where they were first seen. */
  readonly seen: Map<string, Origin>;
  /**
   * The time `future-date` compares against; without it the check is off (`readInputs` always
   * sets it; other callers of finishArticle, like the API, opt in).
   */
  readonly now?: Date;
}

/** Content-hash id of a body text: `sha256:` and the first 16 hex digits of SHA-256 of its UTF-8. */
export function contentId(text: string): string {
  return `sha256:${hash("sha256", text, "hex").slice(0, 16)}`;
}

/**
 * Turns validated fields into the items to yield: the document's warnings (tagged with its id)
 * then the article, or a single `duplicate-id` issue when the id was already used, or a single
 * `non-english` issue.
 */
export function finishArticle(
  fields: RecordFields,
  origin: Origin,
  warnings: readonly DocIssue[],
  state: RunState,
): IngestItem[] {
  const blanked = blankLongTokens(fields.text);
  // The content id hashes the text as it will be coded, so `id === contentId(article.text)`.
  const text = blanked?.text ?? fields.text;
  const id = fields.id ?? contentId(text);
  const first = state.seen.get(id);
  if (first !== undefined) {
    const message = `id ${JSON.stringify(id)} was already read from ${describeOrigin(first)}; document skipped`;
    return [{ kind: "issue", issue: ingestIssue("duplicate-id", message, origin, id) }];
  }
  const language = detectLanguage(fields.bodyStart ? text.slice(fields.bodyStart) : text);
  if (!language.english) {
    const message = `text is not English (detected ${language.code}); not coded`;
    return [{ kind: "issue", issue: ingestIssue("non-english", message, origin, id) }];
  }
  state.seen.set(id, origin);
  const issues = warnings.map((issue) =>
    issue.articleId === undefined ? { ...issue, articleId: id } : issue,
  );
  if (blanked !== undefined) issues.push(longTokenIssue(blanked, origin, id));
  const date = guardDate(fields.date, origin, id, issues, state);
  if (date === undefined && !issues.some(isDateIssue) && !startsWithDateline(text)) {
    const message =
      "no publication date and no dateline; pass --date to set one, events will have no date";
    issues.push(ingestIssue("missing-date", message, origin, id));
  }
  return [
    ...issues.map((issue): IngestItem => ({ kind: "issue", issue })),
    { kind: "article", article: buildArticle(fields, id, text, date, origin) },
  ];
}

function buildArticle(
  fields: RecordFields,
  id: string,
  text: string,
  date: string | undefined,
  origin: Origin,
): Article {
  return {
    id,
    text,
    origin,
    ...(fields.bodyStart ? { bodyStart: fields.bodyStart } : {}),
    ...(fields.title === undefined ? {} : { title: fields.title }),
    ...(date === undefined ? {} : { date }),
    ...(fields.url === undefined ? {} : { url: fields.url }),
    ...(fields.source === undefined ? {} : { source: fields.source }),
  };
}

function longTokenIssue(blanked: Blanked, origin: Origin, id: string): DocIssue {
  const message = `${blanked.runs} run(s) of over ${MAX_TOKEN_CHARS} characters without whitespace (longest ${blanked.longest}) replaced by spaces`;
  return ingestIssue("long-token", message, origin, id);
}

/** The document's own date unless it is in the future (then dropped with a warning), else the default. */
function guardDate(
  date: string | undefined,
  origin: Origin,
  id: string,
  issues: DocIssue[],
  state: RunState,
): string | undefined {
  if (date === undefined || state.now === undefined || !isFutureDate(date, state.now))
    return date ?? state.defaultDate;
  const message = `publication date ${date} is more than ${FUTURE_DATE_SLACK_DAYS} days in the future; ignored`;
  issues.push(ingestIssue("future-date", message, origin, id));
  return state.defaultDate;
}

function isDateIssue(issue: DocIssue): boolean {
  return issue.code === "invalid-date" || issue.code === "future-date";
}

function describeOrigin(origin: Origin): string {
  return origin.line === undefined ? origin.file : `${origin.file}:${origin.line}`;
}
