import * as chrono from "chrono-node";
import type { DateGranularity, Sentence, Span, TimeExpression, Token } from "../core/types.js";
import { dateWords } from "./date-words.js";
import { resolveChrono, type Resolved, type ResolveContext } from "./resolve-date.js";
import { dayNumber } from "./date-math.js";

/** Days before the reference date after which an expression counts as `past` (historical). */
export const PAST_DAYS = 30;

/**
 * Without a reference date, chrono runs against these two instants and only expressions that
 * resolve identically under both are kept: that is exactly the absolute ones ("March 3, 2021").
 */
const PROBE_REFS = [dayNumber(2001, 3, 15) ?? 0, dayNumber(2017, 8, 20) ?? 0];

const MS_PER_DAY = 86_400_000;

/** One token holding a year with a period word: "mid-2019", "early-2020". */
const MID_YEAR = /^(early|mid|late)-(19|20)\d\d$/;

/** Tags before a time unit that make it a date cue: "last week", "two years", "recent months". */
const UNIT_LEAD_POS = new Set(["DET", "NUM", "ADJ"]);

/** What a word says about a date nearby: one lookup per token instead of one per word list. */
type CueKind = "cue" | "unit" | "name";
let cueKinds: ReadonlyMap<string, CueKind> | undefined;

function cueKindOf(lower: string): CueKind | undefined {
  if (!cueKinds) {
    const dw = dateWords();
    const m = new Map<string, CueKind>();
    // Abbreviated names may end in a full stop ("Nov.", "Wed.").
    for (const w of [...dw.months.keys(), ...dw.weekdays.keys()])
      m.set(w, "name").set(`${w}.`, "name");
    for (const w of dw.unitCues) m.set(w, "unit");
    for (const w of dw.cues) m.set(w, "cue");
    cueKinds = m;
  }
  return cueKinds.get(lower);
}

/** True when token i may start a date expression; cheap, so chrono only sees promising windows. */
function isDateCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    // A bare year is read by bareYears, not chrono; "2019-03-05" and "2019/20" still need chrono.
    return t.text.length > 4 && /^(1[89]|20)\d\d/.test(t.text);
  }
  const kind = cueKindOf(t.lower);
  if (kind === "cue") return true;
  if (kind === "unit") {
    const prev = tokens[i - 1];
    // "last"/"next" are mistagged before a possessive ("last year's invasion"): trust the word too.
    return (
      prev !== undefined &&
      (UNIT_LEAD_POS.has(prev.pos) || dateWords().spanModifiers.has(prev.lower))
    );
  }
  // Month and weekday names only count capitalised: "may", "march" are usually verbs.
  if (kind === "name") return c >= 65 && c <= 90;
  const last = t.text.charCodeAt(t.text.length - 1);
  return last >= 48 && last <= 57 && MID_YEAR.test(t.lower);
}

/** Tokens of context chrono sees on each side of a cue: longer than any date phrase we read. */
const WINDOW_PAD = 5;

/**
 * Token windows [first, end) around the date cues of a sentence, merged when they overlap.
 * chrono's cost grows with the text it scans, so it gets these windows, not whole sentences.
 */
function cueWindows(tokens: readonly Token[], s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (!isDateCue(tokens, i)) continue;
    const first = Math.max(s.firstToken, i - WINDOW_PAD);
    const end = Math.min(s.endToken, i + WINDOW_PAD + 1);
    const last = out[out.length - 1];
    if (last && first <= last[1]) last[1] = end;
    else out.push([first, end]);
  }
  return out;
}

/** A resolved expression at a character range of the sentence text. */
interface Found extends Resolved {
  readonly index: number;
  readonly length: number;
}

function chronoRef(day: number): chrono.ParsingReference {
  return { instant: new Date(day * MS_PER_DAY + MS_PER_DAY / 2), timezone: 0 };
}

function runChrono(sentText: string, ref: number, ctx: (index: number) => ResolveContext): Found[] {
  const out: Found[] = [];
  for (const r of chrono.parse(sentText, chronoRef(ref), { forwardDate: false })) {
    const res = resolveChrono(r, ref, ctx(r.index));
    // chrono sometimes takes a trailing space, comma or dash ("Nov. 1 ", "on Wednesday,"): spans stay tight.
    const length = r.text.replace(/[\s,;:\-–—]+$/u, "").length;
    if (res && length > 0) out.push({ ...res, index: r.index, length });
  }
  return out;
}

/** Runs chrono on one sentence; without a reference date keeps only ref-independent results. */
function chronoDates(
  sentText: string,
  ref: number | undefined,
  ctx: (index: number) => ResolveContext,
): Found[] {
  if (ref !== undefined) return runChrono(sentText, ref, ctx);
  const [a = 0, b = 0] = PROBE_REFS;
  const key = (f: Found): string => `${f.index}:${f.length}:${f.value}:${f.granularity}`;
  const second = new Set(runChrono(sentText, b, ctx).map(key));
  return runChrono(sentText, a, ctx).filter((f) => second.has(key(f)));
}

/** Clause punctuation: a future auxiliary beyond it does not govern the date. */
const CLAUSE_BREAKS = new Set([",", ";", ":", "(", ")"]);
/** How far back (tokens) a future auxiliary may stand from the date it governs. */
const FUTURE_WINDOW = 10;

/**
 * Rule `date-future-aux`: true when a future auxiliary (date-words.tsv, kind `future`) stands before
 * `tokenIndex` in the same clause, at most FUTURE_WINDOW tokens back ("will meet ... on Friday").
 */
function futureBefore(tokens: readonly Token[], s: Sentence, tokenIndex: number): boolean {
  const fut = dateWords().future;
  for (let i = tokenIndex - 1; i >= Math.max(s.firstToken, tokenIndex - FUTURE_WINDOW); i--) {
    const w = tokens[i]?.lower ?? "";
    if (fut.has(w)) return true;
    if (CLAUSE_BREAKS.has(w)) return false;
  }
  return false;
}

function contextAt(tokens: readonly Token[], s: Sentence, charIndex: number): ResolveContext {
  const first = (): number => {
    let i = s.firstToken;
    while (i < s.endToken && (tokens[i]?.start ?? Infinity) < charIndex) i++;
    return i;
  };
  return {
    isFuture: () => futureBefore(tokens, s, first()),
    wordsBefore: () => {
      const i = first();
      return tokens.slice(Math.max(s.firstToken, i - 2), i).map((t) => t.lower);
    },
  };
}

/**
 * Bare years the chrono English parser does not read: "in 2019", "since 2014", "mid-2019".
 * Rule `year-lead`: a 4-digit year 1900-2099 right after a year-lead word of date-words.tsv.
 */
function bareYears(
  tokens: readonly Token[],
  s: Sentence,
  taken: (start: number, end: number) => boolean,
): Token[] {
  const leads = dateWords().yearLeads;
  const out: Token[] = [];
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = tokens[i];
    if (!t || t.text.length < 4) continue;
    // Cheap first-character tests keep the regexes off the ordinary words of every sentence.
    const c = t.text.charCodeAt(0);
    const digit = c >= 48 && c <= 57;
    if (!digit && t.text.indexOf("-") < 0) continue;
    const lead = tokens[i - 1];
    const plain =
      digit && /^(19|20)\d\d$/.test(t.text) && i > s.firstToken && leads.has(lead?.lower ?? "");
    if ((plain || MID_YEAR.test(t.lower)) && !taken(t.start, t.end)) out.push(t);
  }
  return out;
}

function expression(
  text: string,
  start: number,
  end: number,
  sentence: number,
  r: Resolved,
  ref: number | undefined,
): TimeExpression {
  const span: Span = { start, end, text: text.slice(start, end) };
  const past = ref !== undefined && r.endDay < ref - PAST_DAYS;
  return { span, sentence, value: r.value, granularity: r.granularity, past };
}

function yearOf(t: Token): Resolved {
  const y = Number(t.text.slice(-4));
  const granularity: DateGranularity = "year";
  return { value: String(y), granularity, endDay: dayNumber(y, 12, 31) ?? 0 };
}

/**
 * Finds and resolves the date expressions of a document, sentence by sentence, against the
 * reference day (a day number, see date-math.ts). Expressions inside `skip` (the dateline) are
 * left out; without a reference day only absolute expressions are kept.
 */
export function findDates(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  ref: number | undefined,
  skip?: Span,
): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const s of sentences) {
    const windows = cueWindows(tokens, s);
    const spans: [number, number][] = [];
    const taken = (a: number, b: number): boolean =>
      spans.some(([x, y]) => a < y && x < b) ||
      (skip !== undefined && a < skip.end && skip.start < b);
    for (const [first, end] of windows) {
      const from = tokens[first]?.start ?? s.start;
      const to = tokens[end - 1]?.end ?? s.end;
      for (const f of chronoDates(text.slice(from, to), ref, (index) =>
        contextAt(tokens, s, from + index),
      )) {
        const start = from + f.index;
        if (taken(start, start + f.length)) continue;
        spans.push([start, start + f.length]);
        out.push(expression(text, start, start + f.length, s.index, f, ref));
      }
    }
    for (const t of bareYears(tokens, s, taken))
      out.push(expression(text, t.start, t.end, s.index, yearOf(t), ref));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
