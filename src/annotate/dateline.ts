import type { Dateline, Span } from "../core/types.js";
import { dayNumber, formatDay, latestOnOrBefore, parseIsoDay } from "./date-math.js";
import { monthOf } from "./date-words.js";

/** Datelines sit at the very start of the body; nothing past this many characters is examined. */
const PREFIX = 240;

const WORD = String.raw`[\p{Lu}][\p{L}.'’-]*`;
const NAME = String.raw`${WORD}(?: ${WORD}){0,3}`;
const sep = (name: string): string => String.raw`(?<${name}>--|[-—–:])(?=\s|$)`;
/**
 * CITY[, Region...][, DATE][.] [(Agency) | /Agency/] [separator]. DATE is "Nov. 1", "March 3, 2023"
 * or "12 May 2023"; the separator is --, -, —, – or a colon.
 */
const DATELINE = new RegExp(
  String.raw`^\s*(?<place>${NAME})(?<regions>(?:, ${NAME})*?)` +
    String.raw`(?:,? (?:(?<mon>\p{L}{3,9})\.? (?<day>\d{1,2})(?:, (?<year>\d{4}))?|(?<day2>\d{1,2}) (?<mon2>\p{L}{3,9})\.?(?: (?<year2>\d{4}))?))?\.?` +
    String.raw`(?:(?: ?\((?<agency>[^()\n]{1,40})\)| ?/(?<agency2>[^/\n]{1,40})/)\.?(?: ?${sep("sep")})?| ?${sep("sep2")})`,
  "du",
);

type Groups = Partial<Record<string, string>>;
type Indices = Partial<Record<string, [number, number]>>;

/**
 * Finds a wire dateline at the start of `text` ("BEIJING, Nov. 1 (Xinhua) --") and resolves its
 * date. It needs an agency or a separator; a place not in upper case needs an agency plus a
 * separator or a date.
 * A date without a year takes the latest such month/day on or before the publication date plus
 * one day (wires file shortly before the publication date, sometimes across a time zone).
 */
export function parseDateline(text: string, publicationDate?: string): Dateline | undefined {
  // Leading whitespace (a blanked-out header) does not count against the dateline's window.
  const lead = Math.max(0, text.search(/\S/));
  const m = DATELINE.exec(text.slice(0, lead + PREFIX));
  const g: Groups | undefined = m?.groups;
  const ix: Indices | undefined = m?.indices?.groups;
  if (!m || !g || !ix || !ix["place"]) return undefined;
  const place = g["place"] ?? "";
  const agency = (g["agency"] ?? g["agency2"])?.trim();
  const upper = place === place.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(place);
  // Title-case openings ("The President (Biden) said") are datelines only with agency and sep or date.
  if (!upper && !(agency && (g["sep"] || g["sep2"] || g["mon"] || g["mon2"]))) return undefined;
  const start = ix["place"][0];
  const end = m.index + m[0].length;
  const date = datelineDate(text, g, ix, publicationDate);
  if (date === null) return undefined;
  return {
    span: span(text, start, end),
    place: span(text, ix["place"][0], ix["place"][1]),
    ...(date ? { date } : {}),
    ...(agency ? { agency } : {}),
  };
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The dateline's date: undefined when it has none or it cannot be dated; null when the "month" is not one. */
function datelineDate(
  text: string,
  g: Groups,
  ix: Indices,
  pub: string | undefined,
): Dateline["date"] | null {
  const monWord = g["mon"] ?? g["mon2"];
  if (monWord === undefined) return undefined;
  const month = monthOf(monWord);
  if (month === undefined) return null;
  const day = Number(g["day"] ?? g["day2"]);
  const yearText = g["year"] ?? g["year2"];
  const first = ix["mon"] ?? ix["day2"];
  const last = ix["year"] ?? ix["year2"] ?? ix["day"] ?? ix["mon2"];
  if (!first || !last) return undefined;
  let resolved: number | undefined;
  if (yearText !== undefined) resolved = dayNumber(Number(yearText), month, day);
  else {
    const pubDay = parseIsoDay(pub);
    resolved = pubDay === undefined ? undefined : latestOnOrBefore(month, day, pubDay + 1);
  }
  if (resolved === undefined) return undefined;
  return { span: span(text, first[0], last[1]), value: formatDay(resolved) };
}
