/**
 * Guards ingest applies to every document before it reaches the annotator: overlong tokens are
 * blanked (wink-nlp's tokenizer is super-linear in token length) and publication dates in the
 * future are recognised (a clock or metadata error, which would shift every relative date).
 */

/**
 * Rule `long-token-blank`: a run of more than this many characters without whitespace is replaced
 * by as many spaces. Measured: wink-nlp takes ~0.25 s on a 16,000-character token, ~1.3 s on
 * 32,000 and ~5 s on 33,000 characters of `ab-ab-...`, so a 1 MB token would stall ingest for
 * hours; news prose never has tokens this long (URLs are the longest, rarely over 200).
 */
export const MAX_TOKEN_CHARS = 256;

/**
 * Rule `future-date`: a publication date more than this many days after the current UTC day is
 * not believed (time zones put honest dates at most one day ahead).
 */
export const FUTURE_DATE_SLACK_DAYS = 2;

/** Result of blanking: the new text, how many runs were blanked and the longest one's length. */
export interface Blanked {
  readonly text: string;
  readonly runs: number;
  readonly longest: number;
}

/**
 * Replaces every whitespace-free run longer than {@link MAX_TOKEN_CHARS} with spaces, keeping the
 * text's length (so offsets of everything else stay valid); undefined when there is none.
 */
export function blankLongTokens(text: string): Blanked | undefined {
  let parts: string[] | undefined;
  let copied = 0;
  let runs = 0;
  let longest = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) continue;
    const length = i - runStart;
    if (length > MAX_TOKEN_CHARS) {
      parts ??= [];
      parts.push(text.slice(copied, runStart), " ".repeat(length));
      copied = i;
      runs++;
      longest = Math.max(longest, length);
    }
    runStart = i + 1;
  }
  if (parts === undefined) return undefined;
  parts.push(text.slice(copied));
  return { text: parts.join(""), runs, longest };
}

/** Whitespace as JavaScript's `\s` defines it (what the tokenizer splits on). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Tells whether a YYYY-MM-DD date lies more than {@link FUTURE_DATE_SLACK_DAYS} after `now`'s UTC day. */
export function isFutureDate(date: string, now: Date): boolean {
  const limit = new Date(now.getTime() + FUTURE_DATE_SLACK_DAYS * 86_400_000);
  return date > limit.toISOString().slice(0, 10);
}
