/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so date logic never depends on
 * the machine's time zone.
 */

const MS_PER_DAY = 86_400_000;

/** Returns the day number of a calendar date, or undefined when it does not exist (Feb 30). */
export function dayNumber(y: number, m: number, d: number): number | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** Parses "YYYY-MM-DD" into a day number; undefined for anything else. */
export function parseIsoDay(s: string | undefined): number | undefined {
  const m = s === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Returns year, month (1-12) and day of a day number. */
export function ymd(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const pad = (n: number, w: number): string => String(n).padStart(w, "0");

/** Formats a day number as YYYY-MM-DD. */
export function formatDay(day: number): string {
  const { y, m, d } = ymd(day);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Formats a month as YYYY-MM. */
export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

/** Day of the week of a day number: 0 Sunday .. 6 Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Returns the Monday of the ISO week holding `day`. */
export function mondayOf(day: number): number {
  return day - ((weekday(day) + 6) % 7);
}

/** Returns the last day of a month. */
export function lastDayOfMonth(y: number, m: number): number {
  return Math.round(Date.UTC(y, m, 0) / MS_PER_DAY);
}

/** Returns the most recent day with weekday `wd` on or before `day` (or on or after, when `forward`). */
export function nearestWeekday(day: number, wd: number, forward: boolean): number {
  const delta = forward ? (wd - weekday(day) + 7) % 7 : -((weekday(day) - wd + 7) % 7);
  return day + delta;
}

/**
 * Resolves a month/day without a year to the most recent such date on or before `limit`
 * (undefined when the month/day never exists, e.g. Feb 30; Feb 29 looks back up to 8 years).
 */
export function latestOnOrBefore(m: number, d: number, limit: number): number | undefined {
  const { y } = ymd(limit);
  for (let year = y; year > y - 8; year--) {
    const day = dayNumber(year, m, d);
    if (day !== undefined && day <= limit) return day;
  }
  return undefined;
}
