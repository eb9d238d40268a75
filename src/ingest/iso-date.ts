/**
 * Date checks ingest needs: a strict YYYY-MM-DD validator and a cheap "does the text open with a
 * wire dateline" test (the annotate stage does the real dateline parsing).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Rule `dateline-start`: a place of capitalised words (short lower-case particles allowed, as in
 * "Rio de Janeiro"), optionally ", Region", a comma, then month and day or day and month
 * ("BEIJING, Nov. 1", "Kyiv, September 12", "LONDON, 1 March").
 */
const PLACE = "[A-Z][A-Za-z.'-]*(?: (?:[A-Z][A-Za-z.'-]*|[a-z]{1,3})){0,5}";
const DATELINE_START = new RegExp(
  `^\\s*${PLACE}(?:, ${PLACE})?, (?:[A-Z][a-z]{2,8}\\.? \\d{1,2}\\b|\\d{1,2} [A-Z][a-z]{2,8}\\b)`,
);

/** How many leading characters `startsWithDateline` looks at. */
const DATELINE_WINDOW = 200;

/** Tells whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Tells whether a body opens with something shaped like a dated wire dateline. */
export function startsWithDateline(text: string): boolean {
  return DATELINE_START.test(text.slice(0, DATELINE_WINDOW));
}
