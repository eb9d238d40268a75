import type { ParsedResult } from "chrono-node";
import type { DateGranularity } from "../core/types.js";
import { dateWords, type DateWords } from "./date-words.js";
import {
  dayNumber,
  formatDay,
  formatMonth,
  lastDayOfMonth,
  mondayOf,
  nearestWeekday,
  ymd,
} from "./date-math.js";

/** A resolved date: its value at its granularity, and the last day it covers (for `past`). */
export interface Resolved {
  readonly value: string;
  readonly granularity: DateGranularity;
  readonly endDay: number;
}

/** What the resolver may ask about the text around an expression. */
export interface ResolveContext {
  /** True when the expression sits after a future auxiliary ("talks will resume on Friday"). */
  readonly isFuture: () => boolean;
  /** The lower-cased words right before the expression in its sentence, nearest last (at most two). */
  readonly wordsBefore: () => readonly string[];
}

/** Year-less dates further ahead of the reference day than this are taken as last year's. */
const AHEAD_DAYS = 62;

const atDay = (day: number): Resolved => ({
  value: formatDay(day),
  granularity: "day",
  endDay: day,
});
const atWeek = (day: number): Resolved => {
  const monday = mondayOf(day);
  return { value: formatDay(monday), granularity: "week", endDay: monday + 6 };
};
const atMonth = (y: number, m: number): Resolved => ({
  value: formatMonth(y, m),
  granularity: "month",
  endDay: lastDayOfMonth(y, m),
});
const atYear = (y: number): Resolved => ({
  value: String(y).padStart(4, "0"),
  granularity: "year",
  endDay: lastDayOfMonth(y, 12),
});

/** Words of the expression, as written and lower-cased. */
interface Words {
  readonly raw: readonly string[];
  readonly lower: readonly string[];
  has(w: string): boolean;
  some(set: ReadonlySet<string> | ReadonlyMap<string, number>): boolean;
}

function wordsOf(text: string): Words {
  const raw = text.split(/[^\p{L}']+/u).filter((w) => w !== "");
  const lower = raw.map((w) => w.toLowerCase());
  return {
    raw,
    lower,
    has: (w) => lower.includes(w),
    some: (set) => lower.some((w) => set.has(w)),
  };
}

/**
 * Rejects chrono matches that are not dates in news text: rule `date-anaphoric` ("two days later":
 * relative to another event), `date-now` ("now"), `date-lowercase-month` ("protesters march"),
 * `date-weekday-abbrev` (a lone "Sun" or "Sat"), `date-duration` ("for three days", "the past 18
 * months"), `date-stretch` ("over the past year"), `date-subday` ("in seven minutes"),
 * `date-slash-no-year` ("9/11").
 */
function rejected(r: ParsedResult, w: Words, dw: DateWords, ctx: ResolveContext): boolean {
  if (w.some(dw.anaphoric) || w.some(dw.subdayUnits) || r.start.tags().has("casualReference/now"))
    return true;
  if (
    dw.durationLeads.has(w.lower[0] ?? "") ||
    (w.some(dw.spanModifiers) && w.some(dw.pluralUnits)) ||
    isStretch(w, dw, ctx)
  )
    return true;
  if (w.raw.some((x) => dw.months.has(x) && x === x.toLowerCase())) return true;
  if (r.start.tags().has("parser/SlashDateFormatParser") && !r.start.isCertain("year")) return true;
  const weekdayOnly = r.start.isCertain("weekday") && !r.start.isCertain("day");
  return weekdayOnly && !w.some(dw.weekdays) && !w.has("weekend");
}

/**
 * Rule `date-stretch`: "over the past year", "during the last month" name the stretch of time up to
 * now (the work of the past year), not a date in the past; "last year" alone is one. Only looking
 * back: "in the next month" still dates a future act.
 */
function isStretch(w: Words, dw: DateWords, ctx: ResolveContext): boolean {
  // chrono may or may not take the article into the expression
  const words = [...ctx.wordsBefore(), ...w.lower];
  const at = words.findIndex((x) => dw.stretchModifiers.has(x));
  return at >= 2 && words[at - 1] === "the" && dw.stretchLeads.has(words[at - 2] ?? "");
}

/** Vague quantities ("a few days ago") are coarsened one step: day -> week -> month -> year. */
function vague(day: number, w: Words): Resolved {
  const { y, m } = ymd(day);
  if (w.has("year") || w.has("years") || w.has("month") || w.has("months")) return atYear(y);
  if (w.has("week") || w.has("weeks")) return atMonth(y, m);
  return atWeek(day);
}

/** Chrono picks the nearest year for "March 3"; news mostly looks back, so lean to the past. */
function leanPast(day: number, r: ParsedResult, ref: number, ctx: ResolveContext): number {
  if (r.start.isCertain("year") || day <= ref + AHEAD_DAYS || ctx.isFuture()) return day;
  const { y, m, d } = ymd(day);
  return dayNumber(y - 1, m, d) ?? day;
}

function resolveWeekday(
  r: ParsedResult,
  w: Words,
  ref: number,
  ctx: ResolveContext,
): Resolved | undefined {
  const weekend = w.has("weekend");
  if (w.some(dateWords().modifiers)) {
    const day = dayNumber(
      r.start.get("year") ?? 0,
      r.start.get("month") ?? 0,
      r.start.get("day") ?? 0,
    );
    if (day === undefined) return undefined;
    return weekend ? atWeek(day) : atDay(day);
  }
  // Rule `date-bare-weekday`: "on Wednesday" is the latest such day on or before the reference day,
  // or the next one on or after it after a future auxiliary.
  const day = nearestWeekday(ref, weekend ? 6 : (r.start.get("weekday") ?? 0), ctx.isFuture());
  return weekend ? atWeek(day) : atDay(day);
}

/**
 * Turns one chrono result into a value at the granularity the text supports: a day only when the
 * text gives a day (or a weekday), never an invented one. Undefined: not a usable date.
 */
export function resolveChrono(
  r: ParsedResult,
  ref: number,
  ctx: ResolveContext,
): Resolved | undefined {
  const dw = dateWords();
  const w = wordsOf(r.text);
  if (rejected(r, w, dw, ctx)) return undefined;
  const c = r.start;
  const y = c.get("year") ?? 0;
  const m = c.get("month") ?? 1;
  if (c.isCertain("day")) {
    const parsed = dayNumber(y, m, c.get("day") ?? 1);
    if (parsed === undefined) return undefined;
    const day = leanPast(parsed, r, ref, ctx);
    if (w.some(dw.vague)) return vague(day, w);
    const weekly = (w.has("week") || w.has("weeks")) && !w.some(dw.weekdays);
    return weekly ? atWeek(day) : atDay(day);
  }
  if (c.isCertain("weekday")) return resolveWeekday(r, w, ref, ctx);
  if (c.isCertain("month")) {
    const first = leanPast(dayNumber(y, m, 1) ?? ref, r, ref, ctx);
    return w.some(dw.vague) ? atYear(y) : atMonth(ymd(first).y, m);
  }
  if (c.isCertain("year")) return atYear(y);
  // "this morning", "last night" without a day: the reference day ("that night" is anaphoric).
  if (w.some(dw.modifiers) && [...c.tags()].some((t) => t.startsWith("casualReference/")))
    return atDay(ref);
  if (w.has("week")) return atWeek(ref);
  return undefined;
}
