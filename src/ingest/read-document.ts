/**
 * Turns the bytes of one whole-file document (`article` or `txt` format) into an article, or into
 * the issue that explains why it cannot be coded.
 */
import type { DocIssue, Origin } from "../core/types.js";
import { decodeBytes, looksBinary } from "./decode-text.js";
import { finishArticle, type RunState } from "./finish-article.js";
import { ingestIssue } from "./ingest-issues.js";
import type { IngestItem } from "./ingest-types.js";
import { isIsoDate } from "./iso-date.js";
import { parseArticleFormat } from "./parse-article-format.js";
import type { RecordFields } from "./parse-jsonl-record.js";

/** Decodes and parses one document's bytes in the given format. */
export function readDocument(
  bytes: Uint8Array,
  format: "article" | "txt",
  origin: Origin,
  state: RunState,
): IngestItem[] {
  if (bytes.length === 0)
    return [issueItem(ingestIssue("empty-file", "file is empty (0 bytes)", origin))];
  if (looksBinary(bytes)) {
    return [
      issueItem(
        ingestIssue("binary-file", "looks like a binary file (NUL or control bytes)", origin),
      ),
    ];
  }
  const decoded = decodeBytes(bytes);
  const warnings: DocIssue[] = [];
  if (decoded.warning === "invalid-utf8") {
    warnings.push(ingestIssue("invalid-utf8", "not valid UTF-8; decoded as windows-1252", origin));
  } else if (decoded.warning === "invalid-utf16") {
    warnings.push(
      ingestIssue("invalid-utf16", "malformed UTF-16; bad code units replaced by U+FFFD", origin),
    );
  }
  const fields =
    format === "article" ? articleFields(decoded.text, origin, warnings) : { text: decoded.text };
  if ("severity" in fields) return [issueItem(fields)];
  if (!/\S/.test(fields.bodyStart ? fields.text.slice(fields.bodyStart) : fields.text))
    return [issueItem(ingestIssue("empty-body", "document has no body text", origin))];
  return finishArticle(fields, origin, warnings, state);
}

/** Reads the `date YYYY-MM-DD headline` header; a malformed date is dropped with a warning. */
function articleFields(
  text: string,
  origin: Origin,
  warnings: DocIssue[],
): RecordFields | DocIssue {
  const parts = parseArticleFormat(text);
  if (parts === undefined) {
    return ingestIssue("bad-header", "first line is not `date YYYY-MM-DD <headline>`", origin);
  }
  const title = parts.title === undefined ? {} : { title: parts.title };
  // The documented header starts the file, and offsets are into the body after it. An indented
  // header is read leniently, but the text then keeps it (not coded) so that offsets are those of
  // the file as written: a reader cutting the body by the documented rule would not cut it there.
  const body = parts.indented ? { text, bodyStart: parts.bodyStart } : { text: parts.body };
  if (isIsoDate(parts.date)) return { ...body, date: parts.date, ...title };
  warnings.push(
    ingestIssue("invalid-date", `header date ${parts.date} is not a real date; ignored`, origin),
  );
  return { ...body, ...title };
}

function issueItem(issue: DocIssue): IngestItem {
  return { kind: "issue", issue };
}
