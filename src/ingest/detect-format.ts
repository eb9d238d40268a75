/**
 * Format detection: by file extension first, else by sniffing the decoded head of the input.
 */
import { extname } from "node:path";
import type { ConcreteFormat } from "./ingest-types.js";
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
]);

/** Returns what a file name's extension says about its format, if anything. */
export function formatFromExtension(file: string): ExtensionHint | undefined {
  return FORMAT_BY_EXTENSION.get(extname(file).toLowerCase());
}

/**
 * Settles the format from the hint and the start of the text (BOM already removed): a
 * `date YYYY-MM-DD` first line means `article`, a leading `{` means `jsonl`, anything else `txt`.
 */
export function sniffFormat(hint: ExtensionHint | undefined, head: string): ConcreteFormat {
  if (hint !== undefined && hint !== "txt-or-article") return hint;
  if (looksLikeArticleFormat(head)) return "article";
  if (hint === undefined && head.trimStart().startsWith("{")) return "jsonl";
  return "txt";
}
