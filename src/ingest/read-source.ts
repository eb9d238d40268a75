/**
 * Reads one source (a path or a stream): checks size, sniffs binary data and format on the head,
 * then hands the bytes to the jsonl streamer or the whole-document reader. Operating-system
 * failures become `unreadable` issues; anything else propagates.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import type { Origin } from "../core/types.js";
import { ChunkReader } from "./chunk-reader.js";
import { decodeBytes, detectBom, HEAD_BYTES, looksBinary } from "./decode-text.js";
import { formatFromExtension, sniffFormat, type ExtensionHint } from "./detect-format.js";
import type { RunState } from "./finish-article.js";
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
      const opened = {
        reader: new ChunkReader(source.stream),
        origin: { file },
        hint: undefined,
        size: undefined,
      };
      yield* readOpened(opened, settings, state);
    }
  } catch (error) {
    yield { kind: "issue", issue: unreadable(file, error) };
  }
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
  const format = settings.format ?? formatFromExtension(path);
  if (size === 0) {
    yield { kind: "issue", issue: ingestIssue("empty-file", "file is empty (0 bytes)", origin) };
    return;
  }
  // jsonl is checked line by line, so only a file that cannot be jsonl is rejected on size alone.
  if (
    size !== undefined &&
    size > settings.maxBytes &&
    format !== undefined &&
    format !== "jsonl"
  ) {
    yield tooLarge(origin, size, settings.maxBytes);
    return;
  }
  const chunks =
    size !== undefined && size <= settings.maxBytes ? [readFileSync(path)] : createReadStream(path);
  yield* readOpened(
    { reader: new ChunkReader(chunks), origin, hint: format, size },
    settings,
    state,
  );
}

/** An input opened for reading: its bytes, and what is known before reading them. */
interface Opened {
  readonly reader: ChunkReader;
  readonly origin: Origin;
  readonly hint: ExtensionHint | undefined;
  /** Size from `stat` for regular files. */
  readonly size: number | undefined;
}

/** Reads an opened source: head checks, then jsonl streaming or a size-capped whole read. */
async function* readOpened(
  input: Opened,
  settings: ReadSettings,
  state: RunState,
): AsyncGenerator<IngestItem> {
  const { reader, origin, size } = input;
  try {
    const head = await reader.peek(HEAD_BYTES);
    const headIssue = checkHead(head, origin);
    if (headIssue !== undefined) {
      yield headIssue;
      return;
    }
    const format = sniffFormat(input.hint, decodeBytes(head).text);
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
    else yield* readDocument(bytes, format, origin, state);
  } finally {
    await reader.close();
  }
}

function checkHead(head: Buffer, origin: Origin): IngestItem | undefined {
  if (head.length === 0)
    return { kind: "issue", issue: ingestIssue("empty-file", "input is empty (0 bytes)", origin) };
  if (!looksBinary(head)) return undefined;
  return {
    kind: "issue",
    issue: ingestIssue("binary-file", "looks like a binary file (NUL or control bytes)", origin),
  };
}

function notUtf8Jsonl(origin: Origin, encoding: string): IngestItem {
  const message = `jsonl must be UTF-8, this input has a ${encoding} byte-order mark`;
  return { kind: "issue", issue: ingestIssue("unsupported-encoding", message, origin) };
}

function tooLarge(origin: Origin, size: number | undefined, maxBytes: number): IngestItem {
  const what = size === undefined ? "more than" : `${size} bytes, over`;
  const message = `document is ${what} the ${maxBytes}-byte limit (maxBytes); not read`;
  return { kind: "issue", issue: ingestIssue("too-large", message, origin) };
}
