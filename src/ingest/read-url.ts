/**
 * http(s) URL inputs (a feed, an article page, a jsonl or WARC file on a server): fetched with
 * retries and limits (src/sources/http-fetch.ts), then read like a file whose format comes from
 * the forced format, the Content-Type, the URL's extension or the content, in that order.
 */
import type { Origin } from "../core/types.js";
import { fetchUrl, type FetchSuccess } from "../sources/http-fetch.js";
import { ChunkReader } from "./chunk-reader.js";
import { formatFromContentType, formatFromExtension } from "./detect-format.js";
import type { RunState } from "./finish-article.js";
import { ingestIssue } from "./ingest-issues.js";
import type { IngestItem } from "./ingest-types.js";
import { readFailure, readOpened, type ReadSettings } from "./read-source.js";

/** Tells whether an input names an http(s) URL rather than a path. */
export function isUrlInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Fetches one URL input and yields its articles and issues. */
export async function* readUrl(
  url: string,
  settings: ReadSettings,
  state: RunState,
): AsyncGenerator<IngestItem> {
  const fetched = await fetchUrl(url, settings.http);
  if (!fetched.ok) {
    yield { kind: "issue", issue: ingestIssue(fetched.code, fetched.message, { file: url }) };
    return;
  }
  yield* readResponse(url, fetched, settings, state);
}

/** Reads a fetched response like a file; a 304 (not modified, conditional request) holds nothing. */
export async function* readResponse(
  url: string,
  fetched: FetchSuccess,
  settings: ReadSettings,
  state: RunState,
): AsyncGenerator<IngestItem> {
  if (fetched.status === 304) return;
  const origin: Origin = { file: url, url: fetched.url, fetchedAt: fetched.fetchedAt };
  const hint =
    settings.format ??
    formatFromContentType(fetched.contentType) ??
    formatFromExtension(new URL(fetched.url).pathname);
  const reader = new ChunkReader([fetched.body]);
  try {
    yield* readOpened({ reader, origin, hint, size: undefined, gzipDepth: 0 }, settings, state);
  } catch (error) {
    yield { kind: "issue", issue: readFailure(url, error) };
  }
}
