/**
 * HTML pages as articles: decodes the bytes, extracts the article text and metadata
 * (src/sources/html-page.ts), and builds the article with its source metadata in the origin. Also
 * fetches a linked page for a feed entry that carries only a summary.
 */
import type { DocIssue, Origin } from "../core/types.js";
import { extractHtmlPage, MAX_READABILITY_DEPTH, type HtmlPage } from "../sources/html-page.js";
import { fetchUrl, type FetchFailureCode, type FetchSettings } from "../sources/http-fetch.js";
import { decodeBytes, looksBinary } from "./decode-text.js";
import { finishArticle, type RunState } from "./finish-article.js";
import { ingestIssue } from "./ingest-issues.js";
import type { IngestItem } from "./ingest-types.js";

/** Reads one HTML page (a file, a fetched URL or a WARC record) into an article. */
export function readHtml(bytes: Uint8Array, origin: Origin, state: RunState): IngestItem[] {
  const where = origin.url !== undefined && origin.url !== origin.file ? `${origin.url}: ` : "";
  const read = decodePage(bytes);
  if ("code" in read) return [issueItem(ingestIssue(read.code, where + read.message, origin))];
  const { page, warnings: found } = read;
  const warnings = found.map((w) => ingestIssue(w.code, where + w.message, origin));
  const url = page.url ?? origin.url;
  const docOrigin: Origin = {
    ...origin,
    ...optional({
      url,
      outlet: page.outlet,
      language: page.language,
      published: page.published,
      byline: page.byline,
    }),
  };
  const fields = {
    text: page.text,
    ...optional({ id: url, title: page.title, date: page.date, url, source: page.outlet }),
  };
  return finishArticle(fields, docOrigin, warnings, state);
}

/** A page's warnings before they get an origin: code and message. */
interface PageWarning {
  readonly code: "invalid-utf8" | "invalid-utf16" | "deep-html" | "invalid-date";
  readonly message: string;
}

/** A page that could not be read as an article. */
interface PageFailure {
  readonly code: "binary-file" | "no-article-body" | "bad-html";
  readonly message: string;
}

/** Decodes and extracts a page; warnings say what was approximated. */
export function decodePage(
  bytes: Uint8Array,
): { page: HtmlPage; warnings: PageWarning[] } | PageFailure {
  if (looksBinary(bytes.subarray(0, 8192)))
    return { code: "binary-file", message: "page looks binary (NUL or control bytes)" };
  const decoded = decodeBytes(bytes);
  const warnings: PageWarning[] = [];
  if (decoded.warning === "invalid-utf8")
    warnings.push({ code: "invalid-utf8", message: "not valid UTF-8; decoded as windows-1252" });
  else if (decoded.warning === "invalid-utf16")
    warnings.push({
      code: "invalid-utf16",
      message: "malformed UTF-16; bad code units replaced by U+FFFD",
    });
  const result = extractHtmlPage(decoded.text);
  if (!result.ok) return { code: result.code, message: result.message };
  const { page } = result;
  if (page.deepMarkup !== undefined) {
    const message = `markup nested ${page.deepMarkup} deep (over ${MAX_READABILITY_DEPTH}); text taken from its <p> elements`;
    warnings.push({ code: "deep-html", message });
  }
  if (page.invalidDate !== undefined) {
    const message = `publication date ${JSON.stringify(page.invalidDate)} is not a date; ignored`;
    warnings.push({ code: "invalid-date", message });
  }
  return { page, warnings };
}

/** A linked page fetched and extracted, or why not (an HTTP failure or an extraction failure). */
export type LinkedPage =
  | { readonly ok: true; readonly page: HtmlPage; readonly url: string; readonly fetchedAt: string }
  | {
      readonly ok: false;
      readonly code: FetchFailureCode | PageFailure["code"];
      readonly message: string;
    };

/** Fetches an article page over HTTP and extracts it. */
export async function fetchLinkedPage(url: string, http: FetchSettings): Promise<LinkedPage> {
  const fetched = await fetchUrl(url, http);
  if (!fetched.ok) return fetched;
  const read = decodePage(fetched.body);
  if ("code" in read)
    return { ok: false, code: read.code, message: `${fetched.url}: ${read.message}` };
  return { ok: true, page: read.page, url: fetched.url, fetchedAt: fetched.fetchedAt };
}

/** Keeps the defined, non-empty values (optional properties must be absent, not undefined). */
export function optional<T extends Record<string, string | undefined>>(
  values: T,
): { [K in keyof T]?: string } {
  const out: { [K in keyof T]?: string } = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    const value = values[key];
    if (value !== undefined && value !== "") out[key] = value;
  }
  return out;
}

function issueItem(issue: DocIssue): IngestItem {
  return { kind: "issue", issue };
}
