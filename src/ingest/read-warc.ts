/**
 * WARC files (web crawls) as articles: every HTML page record is read like an HTML file, with the
 * record's target URI and capture time as its URL and fetched-at; other records are skipped and
 * counted in one `warc-skipped` warning per file.
 */
import type { Origin } from "../core/types.js";
import {
  warcPages,
  type WarcOversize,
  type WarcPage,
  type WarcSkips,
} from "../sources/warc-records.js";
import type { RunState } from "./finish-article.js";
import { ingestIssue } from "./ingest-issues.js";
import type { IngestItem } from "./ingest-types.js";
import { isZlibError } from "./gzip-stream.js";
import { isSystemError } from "./list-sources.js";
import { readHtml } from "./read-html.js";
import type { ReadSettings } from "./read-source.js";

/** Yields the articles and issues of a WARC byte stream, one page record at a time. */
export async function* readWarc(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  origin: Origin,
  settings: ReadSettings,
  state: RunState,
): AsyncGenerator<IngestItem> {
  const skips: WarcSkips = { notHtml: 0, notOk: 0, other: 0 };
  const pages = warcPages(toAsync(chunks), settings.maxBytes, skips);
  let index = 0;
  for (;;) {
    let next: IteratorResult<WarcPage | WarcOversize>;
    try {
      next = await pages.next();
    } catch (error) {
      // Read and decompression failures are the source's (readSource reports them); anything
      // else thrown by the WARC parser means the file is malformed from here on.
      if (!(error instanceof Error) || isSystemError(error) || isZlibError(error)) throw error;
      const message = `WARC parse failed after ${index} page(s): ${error.message}; the rest is not read`;
      yield { kind: "issue", issue: ingestIssue("bad-warc", message, origin) };
      return;
    }
    if (next.done === true) break;
    const record = next.value;
    const where: Origin = { ...origin, url: record.uri, entry: index++ };
    if (record.kind === "too-large") {
      const message = `${record.uri}: record is ${record.bytes} bytes, over the ${settings.maxBytes}-byte limit; skipped`;
      yield { kind: "issue", issue: ingestIssue("too-large", message, where) };
      continue;
    }
    const fetched = record.fetchedAt === undefined ? {} : { fetchedAt: record.fetchedAt };
    yield* readHtml(record.body, { ...where, ...fetched }, state);
  }
  if (skips.notHtml + skips.notOk > 0) {
    const message = `skipped ${skips.notHtml} non-HTML response(s), ${skips.notOk} non-200 response(s) and ${skips.other} request/metadata record(s)`;
    yield { kind: "issue", issue: ingestIssue("warc-skipped", message, origin) };
  }
}

async function* toAsync(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  yield* chunks;
}
