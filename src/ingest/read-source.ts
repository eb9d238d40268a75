/**
 * Reads one source (a path, a stream or a fetched URL): checks size, unwraps gzip, sniffs binary
 * data and format on the head, then hands the bytes to the reader of their format (jsonl and WARC
 * streamed, the others read whole within the size limit). Operating-system failures become
 * `unreadable` issues and corrupt gzip data `bad-gzip`; anything else propagates.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import type { DocIssue, Origin } from "../core/types.js";
import type { FetchSettings } from "../sources/http-fetch.js";
import { ChunkReader } from "./chunk-reader.js";
import { decodeBytes, detectBom, HEAD_BYTES, looksBinary } from "./decode-text.js";
import {
  formatFromExtension,
  isGzipName,
  looksLikeWarc,
  sniffFormat,
  type ExtensionHint,
} from "./detect-format.js";
import type { RunState } from "./finish-article.js";
import { gunzipReader, isGzipData, isZlibError } from "./gzip-stream.js";
import { ingestIssue } from "./ingest-issues.js";
import type { ConcreteFormat, IngestItem } from "./ingest-types.js";
import { unreadable, type Source } from "./list-sources.js";
import { readDocument } from "./read-document.js";
import { readJsonl } from "./read-jsonl.js";

/** Per-run settings of the readers, after option validation. */
export interface ReadSettings {
  /** Forced format, or undefined to detect per input. */
  readonly format: ConcreteFormat | undefined;
  readonly maxBytes: number;
  /** HTTP settings for URL inputs and linked pages (`maxBytes` included). */
  readonly http: FetchSettings;
  readonly fetchLinked: boolean;
  readonly skipEntry: ((entryHash: string) => boolean) | undefined;
}

/** An input opened for reading: its bytes, and what is known before reading them. */
export interface Opened {
  readonly reader: ChunkReader;
  readonly origin: Origin;
  readonly hint: ExtensionHint | undefined;
  /** Size from `stat` for regular files (undefined for streams and compressed data). */
  readonly size: number | undefined;
  /** How many gzip layers were already removed. */
  readonly gzipDepth: number;
}

/** gzip inside gzip is legitimate once (a `.gz` of a `.warc.gz`); deeper is a zip bomb pattern. */
const MAX_GZIP_DEPTH = 2;

/**
 * The feed, HTML and WARC readers, loaded on first use: their parsers (fast-xml-parser, linkedom,
 * Readability, warcio) take a quarter of a second to load, which plain-text runs and every
 * `dyad ... --help` should not pay.
 */
async function webReaders(): Promise<{
  readonly readFeed: typeof import("./read-feed.js").readFeed;
  readonly readHtml: typeof import("./read-html.js").readHtml;
  readonly readWarc: typeof import("./read-warc.js").readWarc;
}> {
  const [feed, html, warc] = await Promise.all([
    import("./read-feed.js"),
    import("./read-html.js"),
    import("./read-warc.js"),
  ]);
  return { readFeed: feed.readFeed, readHtml: html.readHtml, readWarc: warc.readWarc };
}

/** Yields the articles and issues of one source. */
export async function* readSource(
  source: Source,
  settings: ReadSettings,
  state: RunState,
): AsyncGenerator<IngestItem> {
  const file = source.kind === "path" ? source.path : source.name;
  try {
    if (source.kind === "path") yield* readPath(source.path, settings, state);
    else {
      const reader = new ChunkReader(source.stream);
      yield* readOpened(
        { reader, origin: { file }, hint: undefined, size: undefined, gzipDepth: 0 },
        settings,
        state,
      );
    }
  } catch (error) {
    yield { kind: "issue", issue: readFailure(file, error) };
  }
}

/** The issue for an error thrown while reading: corrupt gzip, or an operating-system failure. */
export function readFailure(file: string, error: unknown): DocIssue {
  if (isZlibError(error)) {
    const message = `gzip data is corrupt or truncated (${error.message}); the rest is not read`;
    return ingestIssue("bad-gzip", message, { file });
  }
  return unreadable(file, error);
}

/**
 * Stats a path first so empty and oversized files are reported without reading them. Regular
 * files are read synchronously: the pipeline consumes one document at a time, so async I/O buys
 * no overlap here, and `statSync` + `readFileSync` cost ~20 us against ~100-250 us for the
 * promise API (measured on 3 KB files), a real share of the ~1 ms per-article budget.
 */
async function* readPath(
  path: string,
  settings: ReadSettings,
  state: RunState,
): AsyncGenerator<IngestItem> {
  const origin: Origin = { file: path };
  const info = statSync(path);
  // FIFOs and devices (e.g. `<(zcat x.gz)`) have no meaningful size: stream them.
  const size = info.isFile() ? info.size : undefined;
  const gzip = isGzipName(path);
  const format = settings.format ?? formatFromExtension(path);
  if (size === 0) {
    yield { kind: "issue", issue: ingestIssue("empty-file", "file is empty (0 bytes)", origin) };
    return;
  }
  // Streamed formats are checked per line or record, and compressed sizes say nothing, so only
  // a file that can be neither is rejected on its size alone.
  const streamed = gzip || format === undefined || format === "jsonl" || format === "warc";
  if (size !== undefined && size > settings.maxBytes && !streamed) {
    yield tooLarge(origin, size, settings.maxBytes);
    return;
  }
  const chunks =
    size !== undefined && size <= settings.maxBytes ? [readFileSync(path)] : createReadStream(path);
  yield* readOpened(
    {
      reader: new ChunkReader(chunks),
      origin,
      hint: format,
      size: gzip ? undefined : size,
      gzipDepth: 0,
    },
    settings,
    state,
  );
}

/** Reads an opened source: gzip and head checks, then the reader of its format. */
export async function* readOpened(
  input: Opened,
  settings: ReadSettings,
  state: RunState,
): AsyncGenerator<IngestItem> {
  const { reader, origin } = input;
  try {
    const head = await reader.peek(HEAD_BYTES);
    if (head.length === 0) {
      yield issueItem(ingestIssue("empty-file", "input is empty (0 bytes)", origin));
      return;
    }
    if (isGzipData(head) && input.gzipDepth < MAX_GZIP_DEPTH) {
      yield* readOpened(ungzipped(input), settings, state);
      return;
    }
    // WARC files hold binary payloads (images, gzip), so they skip the binary sniffing.
    if (input.hint === "warc" || (input.hint === undefined && looksLikeWarc(head))) {
      yield* (await webReaders()).readWarc(reader.chunks(), origin, settings, state);
      return;
    }
    if (looksBinary(head)) {
      const message = "looks like a binary file (NUL or control bytes)";
      yield issueItem(ingestIssue("binary-file", message, origin));
      return;
    }
    yield* readFormat(
      input,
      sniffFormat(input.hint, decodeBytes(head).text),
      head,
      settings,
      state,
    );
  } finally {
    await reader.close();
  }
}

/** The same input with one gzip layer removed (streamed). */
function ungzipped(input: Opened): Opened {
  return {
    ...input,
    reader: gunzipReader(input.reader),
    size: undefined,
    gzipDepth: input.gzipDepth + 1,
  };
}

/** Hands a text input to the reader of its format. */
async function* readFormat(
  input: Opened,
  format: ConcreteFormat,
  head: Buffer,
  settings: ReadSettings,
  state: RunState,
): AsyncGenerator<IngestItem> {
  const { reader, origin, size } = input;
  if (format === "jsonl") {
    const bom = detectBom(head);
    if (bom !== undefined && bom.encoding !== "utf-8") yield notUtf8Jsonl(origin, bom.encoding);
    else yield* readJsonl(reader.chunks(), origin.file, settings.maxBytes, state);
    return;
  }
  const bytes =
    size !== undefined && size > settings.maxBytes
      ? undefined
      : await reader.readAll(settings.maxBytes);
  if (bytes === undefined) yield tooLarge(origin, size, settings.maxBytes);
  else if (format === "feed") yield* (await webReaders()).readFeed(bytes, origin, settings, state);
  else if (format === "html") yield* (await webReaders()).readHtml(bytes, origin, state);
  else if (format === "warc")
    yield* (await webReaders()).readWarc([bytes], origin, settings, state);
  else yield* readDocument(bytes, format, origin, state);
}

function issueItem(issue: DocIssue): IngestItem {
  return { kind: "issue", issue };
}

function notUtf8Jsonl(origin: Origin, encoding: string): IngestItem {
  const message = `jsonl must be UTF-8, this input has a ${encoding} byte-order mark`;
  return issueItem(ingestIssue("unsupported-encoding", message, origin));
}

/** The `too-large` issue of a whole document. */
export function tooLarge(origin: Origin, size: number | undefined, maxBytes: number): IngestItem {
  const what = size === undefined ? "more than" : `${size} bytes, over`;
  const message = `document is ${what} the ${maxBytes}-byte limit (maxBytes); not read`;
  return issueItem(ingestIssue("too-large", message, origin));
}
