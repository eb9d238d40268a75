/**
 * Counts the articles a run will read, before reading them, so the progress bar can show a
 * percentage and an ETA: one per file, one per line of jsonl files. Unknown (undefined) when stdin
 * is read or some input is a stream.
 */
import { createReadStream } from "node:fs";
import { formatFromExtension } from "../ingest/detect-format.js";
import type { InputFormat } from "../ingest/ingest-types.js";
import { listSources, STDIN_NAME } from "../ingest/list-sources.js";

/** Number of articles the inputs hold (jsonl lines counted, blank ones included), or undefined. */
export async function countArticles(
  inputs: readonly string[],
  format: InputFormat = "auto",
): Promise<number | undefined> {
  if (inputs.length === 0 || inputs.includes(STDIN_NAME)) return undefined;
  let total = 0;
  const noStdin = (): NodeJS.ReadableStream => {
    throw new Error("unreachable: stdin is not among the inputs");
  };
  for await (const source of listSources(inputs, noStdin)) {
    if ("severity" in source) continue;
    if (source.kind === "stream") return undefined;
    const jsonl =
      format === "jsonl" || (format === "auto" && formatFromExtension(source.path) === "jsonl");
    total += jsonl ? await countLines(source.path) : 1;
  }
  return total;
}

/** Lines in a file (a last line without a newline counts); unreadable files count 0 (ingest reports them). */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines++;
      if (chunk.length > 0) last = chunk[chunk.length - 1] ?? 0x0a;
    }
  } catch {
    // The ingest run itself reports the unreadable file as a DocIssue; the count only guides the bar.
    return lines;
  }
  return last === 0x0a ? lines : lines + 1;
}
