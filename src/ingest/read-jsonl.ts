/**
 * Streaming reader of jsonl (one JSON object a line): memory stays bounded by one line, and every
 * bad line becomes an issue with its 1-based line number while the rest of the file goes on.
 */
import type { DocIssue, Origin } from "../core/types.js";
import { decodeUtf8OrCp1252 } from "./decode-text.js";
import { finishArticle, type RunState } from "./finish-article.js";
import { ingestIssue } from "./ingest-issues.js";
import type { IngestItem } from "./ingest-types.js";
import { parseJsonlRecord } from "./parse-jsonl-record.js";
import { splitLines, type Line } from "./split-lines.js";

/** Yields the articles and issues of a jsonl byte stream, in line order. */
export async function* readJsonl(
  chunks: AsyncIterable<Buffer>,
  file: string,
  maxBytes: number,
  state: RunState,
): AsyncGenerator<IngestItem> {
  let records = 0;
  for await (const line of splitLines(chunks, maxBytes)) {
    const origin: Origin = { file, line: line.line };
    const decoded = decodeLine(line, origin, maxBytes);
    if ("issue" in decoded) {
      records++;
      yield { kind: "issue", issue: decoded.issue };
      continue;
    }
    if (!/\S/.test(decoded.text)) continue;
    records++;
    const parsed = parseJsonlRecord(decoded.text, origin);
    if (!parsed.ok) {
      yield { kind: "issue", issue: parsed.issue };
      continue;
    }
    const warnings =
      decoded.warning === undefined ? parsed.warnings : [decoded.warning, ...parsed.warnings];
    yield* finishArticle(parsed.fields, origin, warnings, state);
  }
  if (records === 0)
    yield {
      kind: "issue",
      issue: ingestIssue("no-records", "jsonl input has no records", { file }),
    };
}

type DecodedLine =
  { readonly text: string; readonly warning?: DocIssue } | { readonly issue: DocIssue };

/** Decodes one line (dropping a UTF-8 BOM on line 1), or explains why it is not read. */
function decodeLine(line: Line, origin: Origin, maxBytes: number): DecodedLine {
  if (line.tooLong) {
    return {
      issue: ingestIssue(
        "too-large",
        `line is ${line.byteLength} bytes, over the ${maxBytes}-byte limit`,
        origin,
      ),
    };
  }
  const hasBom =
    line.line === 1 && line.bytes[0] === 0xef && line.bytes[1] === 0xbb && line.bytes[2] === 0xbf;
  const decoded = decodeUtf8OrCp1252(hasBom ? line.bytes.subarray(3) : line.bytes);
  if (decoded.warning === undefined) return { text: decoded.text };
  return {
    text: decoded.text,
    warning: ingestIssue(
      "invalid-utf8",
      "line is not valid UTF-8; decoded as windows-1252",
      origin,
    ),
  };
}
