import type { DateGranularity } from "../core/types.js";
import { DedupError } from "./dedup-error.js";
import type { DedupMention } from "./dedup-types.js";

/**
 * How a mention is dated. `precise`: a day the text states; `fallback`: the article's reference
 * date, used because the text gives none (`evidence.date` absent); then coarser text dates.
 */
export type DateKind = "precise" | "fallback" | "week" | "month" | "year" | "none";

/** Date kinds from most to least specific: the order clusters are built in. */
export const DATE_KINDS: readonly DateKind[] = [
  "precise",
  "fallback",
  "week",
  "month",
  "year",
  "none",
];

/** What clustering needs to know about one mention: its date interval and its place. */
export interface Footprint {
  readonly mention: DedupMention;
  readonly kind: DateKind;
  /** Build order: date kind first, then placed before unplaced (2 * kind index + 0|1). */
  readonly tier: number;
  /** Nominal date as an inclusive range of day numbers; -/+Infinity when undated. */
  readonly lo: number;
  readonly hi: number;
  /** Country of the event's place, only when the text places the event (not the dateline). */
  readonly country: string | undefined;
}

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const YEAR_RE = /^(\d{4})$/;

/** Parsed dates by value, granularity and stated-ness; one per clustering call. */
export type DateCache = Map<string, DateRange>;

/** Reads a mention's date kind, day interval and place (`cache` saves re-parsing shared dates). */
export function footprintOf(m: DedupMention, cache?: DateCache): Footprint {
  const r = m.record;
  const stated = r.evidence.date !== undefined;
  const key = `${r.date ?? ""}|${r.date_granularity ?? ""}|${stated ? 1 : 0}`;
  let range = cache?.get(key);
  if (range === undefined) {
    range = dateOf(r.id, r.date, r.date_granularity, stated);
    cache?.set(key, range);
  }
  const { kind, lo, hi } = range;
  const country = r.location?.source === "event" ? r.location.country : undefined;
  const placed = country !== undefined && country !== "";
  const tier = DATE_KINDS.indexOf(kind) * 2 + (placed ? 0 : 1);
  return { mention: m, kind, tier, lo, hi, country: placed ? country : undefined };
}

/** True for kinds dated to one day, where the type's date window applies. */
export function isDayLevel(k: DateKind): boolean {
  return k === "precise" || k === "fallback";
}

/** Day number (days since 1970-01-01) of a YYYY-MM-DD string, or NaN when it is not one. */
export function dayNumber(value: string): number {
  const m = DAY_RE.exec(value);
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 2023-02-30 over into March; such a value is not a real day.
  return new Date(t).getUTCDate() === d && mo >= 1 && mo <= 12 ? t / DAY_MS : NaN;
}

/** Day strings already made: every event id and date needs one, and few days recur often. */
const DAY_STRINGS = new Map<number, string>();
const MAX_DAY_STRINGS = 20_000;

/** YYYY-MM-DD of a day number. */
export function dayString(day: number): string {
  let s = DAY_STRINGS.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (DAY_STRINGS.size >= MAX_DAY_STRINGS) DAY_STRINGS.clear();
    DAY_STRINGS.set(day, s);
  }
  return s;
}

/** A mention's date as a kind and an inclusive range of day numbers. */
export interface DateRange {
  readonly kind: DateKind;
  readonly lo: number;
  readonly hi: number;
}

function dateOf(
  id: string,
  value: string | undefined,
  g: DateGranularity | undefined,
  stated: boolean,
): DateRange {
  if (value === undefined) return { kind: "none", lo: -Infinity, hi: Infinity };
  const granularity = g ?? inferGranularity(value);
  const range = rangeOf(value, granularity);
  if (range === undefined) {
    throw new DedupError(
      "dedup-bad-date",
      `record ${id}: date "${value}" is not a valid ${granularity ?? "date"}`,
    );
  }
  const kind: DateKind =
    granularity === "day" ? (stated ? "precise" : "fallback") : (granularity as DateKind);
  return { kind, lo: range[0], hi: range[1] };
}

function inferGranularity(value: string): DateGranularity | undefined {
  if (DAY_RE.test(value)) return "day";
  if (MONTH_RE.test(value)) return "month";
  return YEAR_RE.test(value) ? "year" : undefined;
}

function rangeOf(value: string, g: DateGranularity | undefined): [number, number] | undefined {
  if (g === "day" || g === "week") {
    const d = dayNumber(value);
    if (Number.isNaN(d)) return undefined;
    return [d, g === "week" ? d + 6 : d];
  }
  if (g === "month") {
    const m = MONTH_RE.exec(value);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return undefined;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return [Date.UTC(y, mo - 1, 1) / DAY_MS, Date.UTC(y, mo, 1) / DAY_MS - 1];
  }
  if (g === "year" && YEAR_RE.test(value)) {
    const y = Number(value);
    return [Date.UTC(y, 0, 1) / DAY_MS, Date.UTC(y + 1, 0, 1) / DAY_MS - 1];
  }
  return undefined;
}
