/**
 * gzip decompression of an input as a stream (memory stays bounded whatever the size), and
 * recognition of the errors zlib raises on corrupt or truncated data.
 */
import { Readable, pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import { ChunkReader } from "./chunk-reader.js";

/** Tells whether bytes start with the gzip magic number. */
export function isGzipData(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** A reader of the decompressed bytes of `reader` (which it consumes). */
export function gunzipReader(reader: ChunkReader): ChunkReader {
  const gunzip = createGunzip();
  // Errors of either side reach the consumer through the gunzip stream's iterator, so the
  // pipeline callback has nothing left to report.
  pipeline(Readable.from(reader.chunks()), gunzip, () => undefined);
  return new ChunkReader(gunzip);
}

/** Tells whether an error comes from zlib (corrupt or truncated compressed data). */
export function isZlibError(error: unknown): error is Error & { code: string } {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("Z_");
}
