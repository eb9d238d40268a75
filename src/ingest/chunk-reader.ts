/**
 * A byte stream with look-ahead: ingest peeks at the head of an input to sniff its format and
 * detect binary data, then either streams the rest (jsonl) or collects it up to a size limit.
 */

/** Wraps a stream of byte (or string) chunks so its head can be inspected before it is consumed. */
export class ChunkReader {
  private readonly iterator: AsyncIterator<unknown>;
  private readonly pending: Buffer[] = [];
  private pendingBytes = 0;
  private done = false;

  constructor(source: AsyncIterable<unknown> | Iterable<unknown>) {
    this.iterator =
      Symbol.asyncIterator in source
        ? source[Symbol.asyncIterator]()
        : toAsync(source[Symbol.iterator]());
  }

  /** Returns up to `n` leading bytes without consuming them (fewer only at end of stream). */
  async peek(n: number): Promise<Buffer> {
    while (this.pendingBytes < n && (await this.pull())) {
      // pull() appends to pending
    }
    const head =
      this.pending.length === 1
        ? (this.pending[0] ?? Buffer.alloc(0))
        : Buffer.concat(this.pending);
    return head.subarray(0, n);
  }

  /** Collects the whole stream; undefined as soon as it exceeds `limit` bytes (the rest is not read). */
  async readAll(limit: number): Promise<Buffer | undefined> {
    while (this.pendingBytes <= limit && (await this.pull())) {
      // pull() appends to pending
    }
    return this.pendingBytes > limit ? undefined : Buffer.concat(this.pending);
  }

  /** Yields every remaining chunk, starting with the peeked ones. */
  async *chunks(): AsyncGenerator<Buffer> {
    while (this.pending.length > 0 || (await this.pull())) {
      const chunk = this.pending.shift();
      if (chunk === undefined) continue;
      this.pendingBytes -= chunk.length;
      yield chunk;
    }
  }

  /** Stops reading and releases the underlying stream (safe to call twice). */
  async close(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await this.iterator.return?.();
  }

  private async pull(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.iterator.next();
    if (next.done === true) {
      this.done = true;
      return false;
    }
    const chunk = toBuffer(next.value);
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    return true;
  }
}

/** Streams opened with an encoding yield strings; ingest works on bytes. */
function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (typeof value === "string") return Buffer.from(value, "utf8");
  throw new TypeError(`stream yielded a ${typeof value}, expected bytes`);
}

function toAsync(iterator: Iterator<unknown>): AsyncIterator<unknown> {
  return {
    next: () => Promise.resolve(iterator.next()),
    return: (value?: unknown) => Promise.resolve(iterator.return?.(value) ?? { done: true, value }),
  };
}
