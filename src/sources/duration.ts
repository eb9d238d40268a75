/**
 * Durations as the CLI takes them: `500ms`, `30s`, `10m`, `2h`, or a bare number of seconds.
 */
import { UsageError } from "../core/errors.js";

const UNIT_MS: ReadonlyMap<string, number> = new Map([
  ["ms", 1],
  ["s", 1000],
  ["", 1000],
  ["m", 60_000],
  ["h", 3_600_000],
]);

/** Parses a duration flag into milliseconds; a malformed or out-of-range value is a UsageError. */
export function parseDuration(flag: string, value: string, minMs: number, maxMs: number): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|)\s*$/i.exec(value);
  const unit = UNIT_MS.get((match?.[2] ?? "").toLowerCase());
  const ms = match === null || unit === undefined ? NaN : Math.round(Number(match[1]) * unit);
  if (!Number.isFinite(ms) || ms < minMs || ms > maxMs) {
    throw new UsageError(
      `${flag} must be a duration such as 30s, 10m or 1h, between ${minMs} ms and ${maxMs / 3_600_000} h; got ${JSON.stringify(value)}`,
    );
  }
  return ms;
}
