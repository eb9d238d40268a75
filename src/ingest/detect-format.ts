/**
 * Format detection: by file extension first (looking through a `.gz` suffix), else by sniffing the
 * decoded head of the input.
 */
import { extname } from "node:path";
import { rootElement } from "../sources/split-feed.js";
import type { ConcreteFormat, InputFormat } from "./ingest-types.js";
import { looksLikeArticleFormat } from "./parse-article-format.js";

/**
 * What an extension says: a format, or `txt-or-article` for `.txt`, because article-format files
 * are commonly saved as `.txt` (the project's own sample is); the header line decides.
 */
export type ExtensionHint = ConcreteFormat | "txt-or-article";

/** Extension (lower-case, with dot) to format hint; anything else is sniffed. */
const FORMAT_BY_EXTENSION: ReadonlyMap<string, ExtensionHint> = new Map([
  [".article", "article"],
  [".txt", "txt-or-article"],
  [".jsonl", "jsonl"],
  [".ndjson", "jsonl"],
  [".rss", "feed"],
  [".atom", "feed"],
  [".xml", "feed"],
  [".html", "html"],
  [".htm", "html"],
  [".xhtml", "html"],
  [".warc", "warc"],
]);

const FEED_ROOTS: ReadonlySet<string> = new Set(["rss", "rdf:RDF", "feed"]);
const HTML_ROOTS: ReadonlySet<string> = new Set(["html", "head", "body"]);

/** Tells whether a file name ends in `.gz` (gzip-compressed; the name before it tells the format). */
export function isGzipName(file: string): boolean {
  return extname(file).toLowerCase() === ".gz";
}

/** Returns what a file name's extension says about its format (through `.gz`), if anything. */
export function formatFromExtension(file: string): ExtensionHint | undefined {
  const name = isGzipName(file) ? file.slice(0, -3) : file;
  return FORMAT_BY_EXTENSION.get(extname(name).toLowerCase());
}

/** Maps a forced `--input-format` to the concrete format (`rss`/`atom` are `feed`); undefined for auto. */
export function forcedFormat(format: InputFormat): ConcreteFormat | undefined {
  if (format === "auto") return undefined;
  return format === "rss" || format === "atom" ? "feed" : format;
}

/** Format named by an HTTP Content-Type, when it names one. */
export function formatFromContentType(contentType: string | undefined): ExtensionHint | undefined {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (/^application\/(rss|atom|rdf)\+xml$|^(application|text)\/xml$/.test(type)) return "feed";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "application/warc") return "warc";
  if (type === "application/x-ndjson" || type === "application/jsonl") return "jsonl";
  return undefined;
}

/** Tells whether the head of an input is a WARC file (`WARC/1.0`, `WARC/1.1`). */
export function looksLikeWarc(head: Uint8Array): boolean {
  return (
    Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 5)).toString("latin1") ===
    "WARC/"
  );
}

/**
 * Settles the format from the hint and the start of the text (BOM already removed): a feed or
 * HTML root element means `feed` or `html`, a `date YYYY-MM-DD` first line `article`, a leading
 * `{` `jsonl`, anything else `txt`.
 */
export function sniffFormat(hint: ExtensionHint | undefined, head: string): ConcreteFormat {
  if (hint !== undefined && hint !== "txt-or-article") return hint;
  if (looksLikeArticleFormat(head)) return "article";
  if (hint !== undefined) return "txt";
  const start = head.trimStart();
  if (start.startsWith("<")) {
    const root = rootElement(start);
    if (root !== undefined && FEED_ROOTS.has(root)) return "feed";
    if (
      /^<!doctype html/i.test(start) ||
      (root !== undefined && HTML_ROOTS.has(root.toLowerCase()))
    )
      return "html";
  }
  if (start.startsWith("{")) return "jsonl";
  return "txt";
}
