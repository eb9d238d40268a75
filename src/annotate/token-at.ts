/**
 * Character offset to token index, by binary search over the document's tokens (they are sorted
 * by offset and do not overlap), for stages that hold spans and need the tokens under them.
 */
import type { Token } from "../core/types.js";

/** Index of the first token starting at or after character `offset` (`tokens.length` if none). */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token index range [first, end) of the tokens overlapping the character range [start, end). */
export function tokensOverlapping(
  tokens: readonly Token[],
  start: number,
  end: number,
): readonly [number, number] {
  let first = firstTokenFrom(tokens, start);
  if (first > 0 && tokens[first - 1]!.end > start) first--;
  let last = first;
  while (last < tokens.length && tokens[last]!.start < end) last++;
  return [first, last];
}
