/**
 * Streaming line splitter for jsonl: cuts byte chunks at LF without ever holding more than one
 * line (capped at a size limit) in memory, so a huge file or a runaway line cannot exhaust memory.
 */

/** One line of input: its 1-based number and bytes (without the LF), or `tooLong` past the cap. */
export type Line =
  | { readonly line: number; readonly bytes: Buffer; readonly tooLong: false }
  | { readonly line: number; readonly byteLength: number; readonly tooLong: true };

const LF = 0x0a;

/** Splits byte chunks into lines; lines longer than `maxBytes` are reported, not buffered. */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  maxBytes: number,
): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let lineNo = 1;
  const finish = (): Line => {
    const line: Line =
      length > maxBytes
        ? { line: lineNo, byteLength: length, tooLong: true }
        : {
            line: lineNo,
            bytes: parts.length === 1 ? (parts[0] ?? Buffer.alloc(0)) : Buffer.concat(parts),
            tooLong: false,
          };
    parts = [];
    length = 0;
    lineNo++;
    return line;
  };
  for await (const chunk of chunks) {
    let pos = 0;
    while (pos < chunk.length) {
      const lf = chunk.indexOf(LF, pos);
      const end = lf === -1 ? chunk.length : lf;
      length += end - pos;
      // Past the cap the line is only counted, never kept.
      if (length <= maxBytes) parts.push(chunk.subarray(pos, end));
      else parts = [];
      if (lf === -1) break;
      yield finish();
      pos = lf + 1;
    }
  }
  if (length > 0 || parts.length > 0) yield finish();
}
