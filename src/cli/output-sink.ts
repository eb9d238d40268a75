/**
 * Where a command's output goes (stdout, or a file with `--out`), written with backpressure so a
 * large export streams in bounded memory.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { UsageError } from "../core/errors.js";

/** A text sink that waits when the stream's buffer is full. */
export interface OutputSink {
  write(text: string): Promise<void>;
  /** Flushes and closes a file (stdout stays open). */
  close(): Promise<void>;
}

/** Opens stdout, or the file `out` (created or truncated). */
export async function openSink(out?: string): Promise<OutputSink> {
  const stream = out === undefined ? process.stdout : createWriteStream(out);
  if (out !== undefined) {
    try {
      await once(stream, "open");
    } catch (cause) {
      throw new UsageError(`cannot write ${out}`, { cause });
    }
  }
  return {
    async write(text) {
      if (text !== "" && !stream.write(text)) await once(stream, "drain");
    },
    async close() {
      if (out === undefined) return;
      stream.end();
      await once(stream, "finish");
    },
  };
}
