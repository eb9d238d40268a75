/**
 * Streaming reader of WARC files (web crawls) with warcio: yields the HTML pages a crawl holds
 * (`response` records with HTTP 200 and an HTML content type, and HTML `resource` records) and
 * counts what it skips. Records are read one at a time; a record over the size limit is skipped
 * without being buffered.
 */
import { WARCParser, type WARCRecord } from "warcio";

/** One HTML page from a crawl. */
export interface WarcPage {
  readonly kind: "page";
  readonly uri: string;
  /** WARC-Date: when the page was fetched (ISO timestamp). */
  readonly fetchedAt?: string;
  readonly contentType: string;
  readonly body: Uint8Array;
}

/** A response record whose payload is over the size limit (skipped, reported per document). */
export interface WarcOversize {
  readonly kind: "too-large";
  readonly uri: string;
  readonly bytes: number;
}

/** Counts of skipped records by reason, for one summary warning per file. */
export interface WarcSkips {
  /** Responses that are not HTML (images, scripts, PDFs...). */
  notHtml: number;
  /** Responses with a status other than 200 (redirects, errors). */
  notOk: number;
  /** Requests, metadata, revisits, warcinfo and anything else that is not a page. */
  other: number;
}

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/** Yields the pages of a WARC byte stream, filling `skips` as it goes. Throws on a malformed file. */
export async function* warcPages(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
  skips: WarcSkips,
): AsyncGenerator<WarcPage | WarcOversize> {
  for await (const record of new WARCParser(chunks)) {
    const page = classify(record, skips);
    if (page === undefined) {
      await record.skipFully();
      continue;
    }
    const uri = record.warcTargetURI ?? "";
    // Content-Length bounds the payload: a huge record is skipped as it streams past.
    if (record.warcContentLength > maxBytes) {
      await record.skipFully();
      yield { kind: "too-large", uri, bytes: record.warcContentLength };
      continue;
    }
    const body = await record.readFully(true);
    // Content-Length counts the payload as stored; decoding (gzip) can make it larger.
    if (body.byteLength > maxBytes) {
      yield { kind: "too-large", uri, bytes: body.byteLength };
      continue;
    }
    const fetchedAt = record.warcDate ?? undefined;
    yield { kind: "page", uri, contentType: page, body, ...(fetchedAt ? { fetchedAt } : {}) };
  }
}

/** The HTML content type of a page record, or undefined (counted in `skips`) for anything else. */
function classify(record: WARCRecord, skips: WarcSkips): string | undefined {
  if (record.warcType === "resource") {
    const type = record.warcContentType ?? "";
    if (HTML_TYPE.test(type)) return type;
    skips.notHtml++;
    return undefined;
  }
  if (record.warcType !== "response") {
    skips.other++;
    return undefined;
  }
  const status = Number(record.httpHeaders?.statusCode ?? 0);
  if (status !== 200) {
    skips.notOk++;
    return undefined;
  }
  const type = record.httpHeaders?.headers.get("content-type") ?? "";
  if (HTML_TYPE.test(type)) return type;
  skips.notHtml++;
  return undefined;
}
