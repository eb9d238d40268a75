/**
 * The timeline's data: stats rows (bucket x quad) folded into buckets with per-quad counts and
 * the summed intensity (cooperation minus conflict), gaps filled with empty buckets while the
 * axis stays small enough to draw, plus the date arithmetic of buckets and axis ticks.
 */
import type { StatsRow } from "../core/api-types.js";
import type { Bucket } from "../core/url-state.js";

/** One time bucket of the timeline. */
export interface TimelineBucket {
  /** The API's bucket name: YYYY-MM-DD (day; week: its Monday) or YYYY-MM. */
  readonly key: string;
  /** UTC milliseconds of its first day, and of the day after its last. */
  readonly start: number;
  readonly end: number;
  /** Events per quad class 1..4 (index 0..3). */
  readonly quads: readonly [number, number, number, number];
  readonly total: number;
  /** Summed intensity: cooperation counts up, conflict down. */
  readonly intensity: number;
}

/** The timeline of a stats series. */
export interface TimelineModel {
  readonly buckets: readonly TimelineBucket[];
  /** Events without a date (not drawn). */
  readonly undated: number;
  /** Every event of the series, undated included. */
  readonly total: number;
}

/** Beyond this many buckets empty ones are not added (they would be thinner than a pixel). */
export const MAX_FILLED = 2000;
const DAY_MS = 86_400_000;

/** UTC milliseconds of a calendar day (years below 100 included, unlike `Date.UTC`). */
export function utc(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
}

/** YYYY-MM-DD of UTC milliseconds. */
export function isoDay(t: number): string {
  const d = new Date(t);
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** First day of a bucket, in UTC milliseconds. */
export function bucketStart(key: string, by: Bucket): number {
  const [y, m, d] = key.split("-").map(Number) as [number, number, number | undefined];
  return by === "month" ? utc(y, m, 1) : utc(y, m, d ?? 1);
}

/** The day after a bucket's last day, in UTC milliseconds. */
export function bucketEnd(key: string, by: Bucket): number {
  const start = bucketStart(key, by);
  if (by === "day") return start + DAY_MS;
  if (by === "week") return start + 7 * DAY_MS;
  const d = new Date(start);
  return utc(d.getUTCFullYear(), d.getUTCMonth() + 2, 1);
}

/** The name of the bucket after this one. */
export function nextBucket(key: string, by: Bucket): string {
  const day = isoDay(bucketEnd(key, by));
  return by === "month" ? day.slice(0, 7) : day;
}

/** The inclusive day range of buckets `first`..`last`, as date filters. */
export function bucketRange(first: string, last: string, by: Bucket): { from: string; to: string } {
  return { from: isoDay(bucketStart(first, by)), to: isoDay(bucketEnd(last, by) - DAY_MS) };
}

/** Folds stats rows keyed by quad into timeline buckets. */
export function timelineModel(rows: readonly StatsRow[], by: Bucket): TimelineModel {
  const cells = new Map<string, { quads: [number, number, number, number]; intensity: number }>();
  let undated = 0;
  let total = 0;
  for (const r of rows) {
    total += r.events;
    if (r.bucket === "") {
      undated += r.events;
      continue;
    }
    const c = cells.get(r.bucket) ?? { quads: [0, 0, 0, 0], intensity: 0 };
    const q = Number(r.key);
    if (q >= 1 && q <= 4) c.quads[q - 1] = (c.quads[q - 1] ?? 0) + r.events;
    c.intensity += r.intensity;
    cells.set(r.bucket, c);
  }
  const keys = [...cells.keys()].sort();
  const filled = fillGaps(keys, by);
  const buckets = filled.map((key) => {
    const c = cells.get(key) ?? {
      quads: [0, 0, 0, 0] as [number, number, number, number],
      intensity: 0,
    };
    return {
      key,
      start: bucketStart(key, by),
      end: bucketEnd(key, by),
      quads: c.quads,
      total: c.quads[0] + c.quads[1] + c.quads[2] + c.quads[3],
      intensity: Math.round(c.intensity * 1000) / 1000,
    };
  });
  return { buckets, undated, total };
}

/** Every bucket from the first to the last key, or the keys alone when that would be too many. */
function fillGaps(keys: readonly string[], by: Bucket): string[] {
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (first === undefined || last === undefined) return [];
  const span = (bucketEnd(last, by) - bucketStart(first, by)) / DAY_MS;
  const perBucket = by === "day" ? 1 : by === "week" ? 7 : 28;
  if (span / perBucket > MAX_FILLED * 1.2) return [...keys];
  const out: string[] = [];
  for (let k = first; k <= last && out.length <= MAX_FILLED * 1.2; k = nextBucket(k, by))
    out.push(k);
  return out;
}

/** Round axis values from 0 to at least `max`: 0, step, 2 step... (at most ~5 intervals). */
export function niceTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * pow).find((s) => s >= raw) ?? 10 * pow;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/** Calendar ticks between two instants: years, months or days, at most about `count`. */
export function timeTicks(min: number, max: number, count: number): { t: number; label: string }[] {
  const days = (max - min) / DAY_MS;
  const years = days / 365.25;
  if (years >= count / 2) {
    const step = [1, 2, 5, 10, 20, 50, 100].find((s) => years / s <= count) ?? 100;
    const y0 = Math.ceil(new Date(min).getUTCFullYear() / step) * step;
    const out: { t: number; label: string }[] = [];
    for (let y = y0; utc(y, 1, 1) <= max; y += step)
      out.push({ t: utc(y, 1, 1), label: String(y) });
    return out.filter((x) => x.t >= min);
  }
  if (days >= count * 20) {
    const step = [1, 2, 3, 6].find((s) => days / 30.4 / s <= count) ?? 12;
    const out: { t: number; label: string }[] = [];
    const d = new Date(min);
    // utc() rolls months past 12 into the next year.
    for (let m = d.getUTCMonth() + 1; utc(d.getUTCFullYear(), m, 1) <= max; m += step) {
      const t = utc(d.getUTCFullYear(), m, 1);
      if (t >= min) out.push({ t, label: isoDay(t).slice(0, 7) });
    }
    return out;
  }
  const step = Math.max(1, Math.ceil(days / count));
  const out: { t: number; label: string }[] = [];
  for (let t = min; t <= max; t += step * DAY_MS) out.push({ t, label: isoDay(t).slice(5) });
  return out;
}
