/**
 * Parser of the `article` format: a header line `date YYYY-MM-DD <headline>`, blank line(s),
 * then the body. The body is returned as a slice of the input, untouched, so evidence offsets
 * into it are offsets into the file's body as written.
 */

/** Header line: optional leading whitespace, `date`, a date-shaped token, optional headline. */
const HEADER = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+([^\n]*))?[ \t\r]*(?:\n|$)/i;

/** Whitespace-only line (without its newline). */
const BLANK_LINE = /^[ \t\r\f\v]*$/;

/** A parsed `article` document; `date` is as written and still needs calendar validation. */
export interface ArticleParts {
  readonly date: string;
  readonly title?: string;
  /** Offset of the body in the input text. */
  readonly bodyStart: number;
  /** True when the header line does not start at the first character (leading whitespace). */
  readonly indented: boolean;
  readonly body: string;
}

/** Tells whether text opens like an `article` document (used for content sniffing). */
export function looksLikeArticleFormat(text: string): boolean {
  return HEADER.test(text);
}

/** Splits an `article` document into header fields and body; undefined when the header is missing. */
export function parseArticleFormat(text: string): ArticleParts | undefined {
  const header = HEADER.exec(text);
  if (header === null) return undefined;
  const date = header[1] ?? "";
  const title = (header[2] ?? "").trim();
  const bodyStart = skipBlankLines(text, header[0].length);
  const body = text.slice(bodyStart);
  const indented = /^\s/.test(text);
  return title === ""
    ? { date, bodyStart, body, indented }
    : { date, title, bodyStart, body, indented };
}

/** Returns the offset of the first line at or after `from` that is not whitespace-only. */
function skipBlankLines(text: string, from: number): number {
  let pos = from;
  while (pos < text.length) {
    const newline = text.indexOf("\n", pos);
    const lineEnd = newline === -1 ? text.length : newline;
    if (!BLANK_LINE.test(text.slice(pos, lineEnd))) return pos;
    pos = newline === -1 ? text.length : newline + 1;
  }
  return pos;
}
