/**
 * Validation of one jsonl record: `{ "id", "text", "date", "title", "url", "source" }`. Fatal
 * problems (no text, bad id, bad JSON) drop the line; a bad optional field is dropped with a warning.
 */
import type { Article, DocIssue, Origin } from "../core/types.js";
import { ingestIssue, type IngestIssueCode } from "./ingest-issues.js";
import { isIsoDate } from "./iso-date.js";

/** The article fields a record supplies; the id may still be missing (content hash later). */
export type RecordFields = Omit<Article, "id" | "origin"> & { readonly id?: string };

/** Outcome of parsing a line: the fields plus warnings, or the one issue that rejects it. */
export type RecordParse =
  | { readonly ok: true; readonly fields: RecordFields; readonly warnings: readonly DocIssue[] }
  | { readonly ok: false; readonly issue: DocIssue };

const OPTIONAL_FIELDS = ["title", "url", "source", "date"] as const;

/** Parses and validates one non-blank jsonl line. */
export function parseJsonlRecord(line: string, origin: Origin): RecordParse {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return reject("bad-json", `not valid JSON: ${error.message}`, origin);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return reject("not-an-object", `expected a JSON object, got ${describe(value)}`, origin);
  }
  const record = value as Record<string, unknown>;
  const { id, text } = record;
  if (id !== undefined && id !== null && (typeof id !== "string" || id.trim() === "")) {
    return reject("bad-id", `"id" must be a non-empty string, got ${describe(id)}`, origin);
  }
  const articleId = typeof id === "string" ? id : undefined;
  if (typeof text !== "string") {
    return reject(
      "missing-text",
      `"text" must be a string, got ${describe(text)}`,
      origin,
      articleId,
    );
  }
  if (text.trim() === "") return reject("empty-body", `"text" is empty`, origin, articleId);
  return { ok: true, ...optionalFields(record, text, articleId, origin) };
}

/** Copies the valid optional fields; each invalid one becomes a warning. */
function optionalFields(
  record: Record<string, unknown>,
  text: string,
  articleId: string | undefined,
  origin: Origin,
): { fields: RecordFields; warnings: DocIssue[] } {
  const fields: { -readonly [K in keyof RecordFields]: RecordFields[K] } = { text };
  if (articleId !== undefined) fields.id = articleId;
  const warnings: DocIssue[] = [];
  for (const name of OPTIONAL_FIELDS) {
    const value = record[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string") {
      const message = `"${name}" must be a string, got ${describe(value)}; ignored`;
      warnings.push(ingestIssue("bad-field", message, origin, articleId));
    } else if (name === "date" && !isIsoDate(value)) {
      const message = `"date" ${JSON.stringify(value)} is not a YYYY-MM-DD date; ignored`;
      warnings.push(ingestIssue("invalid-date", message, origin, articleId));
    } else {
      fields[name] = value;
    }
  }
  return { fields, warnings };
}

function reject(
  code: IngestIssueCode,
  message: string,
  origin: Origin,
  articleId?: string,
): RecordParse {
  return { ok: false, issue: ingestIssue(code, message, origin, articleId) };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string"
    ? `the string ${JSON.stringify(value.slice(0, 40))}`
    : `a ${typeof value}`;
}
