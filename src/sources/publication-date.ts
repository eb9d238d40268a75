/**
 * Publication dates as feeds and pages write them: ISO 8601 (`2024-05-14T16:42:00-05:00`, Atom,
 * JSON-LD, meta tags), RFC 822 (`Tue, 14 May 2024 21:42:00 GMT`, RSS `pubDate`) and the
 * `May 14, 2024` of visible `<time>` text. The day is the one **as written**: a timestamp is not
 * converted to UTC, because the publisher's local day is the day its dateline and "on Tuesday"
 * refer to.
 */
import { isIsoDate } from "../ingest/iso-date.js";

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ].flatMap((name, i) => [
    [name, i + 1],
    [name.slice(0, 3), i + 1],
  ]),
);
// "Sept" is common enough in wire copy to deserve its own entry.
const MONTH_ALIASES: ReadonlyMap<string, number> = new Map([...MONTHS, ["sept", 9]]);

/** Rule `date-iso-8601`: a date part YYYY-MM-DD, then the end, `T` or a space. */
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/;
/** Rule `date-rfc-822`: optional weekday, day, month name, 2- or 4-digit year. */
const RFC_822 = /^\s*(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}|\d{2})\b/;
/** Rule `date-month-day-year`: month name, day, comma, 4-digit year. */
const MONTH_DAY_YEAR = /^\s*(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/;

/** Turns a machine or visible publication date into YYYY-MM-DD; undefined when not one. */
export function publicationDate(raw: string): string | undefined {
  const iso = ISO.exec(raw);
  if (iso !== null) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = RFC_822.exec(raw);
  if (rfc !== null) {
    const month = MONTH_ALIASES.get((rfc[2] ?? "").toLowerCase());
    return month === undefined ? undefined : checked(fullYear(rfc[3] ?? ""), month, Number(rfc[1]));
  }
  const mdy = MONTH_DAY_YEAR.exec(raw);
  if (mdy !== null) {
    const month = MONTH_ALIASES.get((mdy[1] ?? "").toLowerCase());
    return month === undefined ? undefined : checked(Number(mdy[3]), month, Number(mdy[2]));
  }
  return undefined;
}

/** RFC 822 allows 2-digit years; RFC 2822 reads 00-49 as 20xx and 50-99 as 19xx. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

function checked(year: number, month: number, day: number): string | undefined {
  const value = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isIsoDate(value) ? value : undefined;
}
