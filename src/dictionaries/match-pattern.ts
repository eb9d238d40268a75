import type { DictWord, PatternElement, VerbPattern } from "./dictionary-types.js";
import type { ActorGroup } from "./group-actors.js";
import { matchPhrase } from "./phrase-index.js";
import { wordMatches } from "./dictionary-words.js";
import type { Word } from "./word-stream.js";

/** Sentence context a pattern is matched in. */
export interface MatchContext {
  readonly words: readonly Word[];
  readonly groups: readonly ActorGroup[];
  /** The group starting at each word, if any. */
  readonly groupAt: readonly (ActorGroup | undefined)[];
  /** Every word of the sentence and its forms without regular endings, for a fast pre-check. */
  readonly vocabulary: ReadonlySet<string>;
}

const ENDINGS = /(?:'s|ies|es|s|ed|d|ing|en)$/;

/** The sentence vocabulary used by `couldMatch`. */
export function vocabularyOf(words: readonly Word[]): Set<string> {
  const v = new Set<string>();
  for (const w of words) {
    v.add(w.text);
    const bare = w.text.replace(ENDINGS, "");
    v.add(bare);
    v.add(`${bare}e`);
    v.add(`${bare}y`);
  }
  return v;
}

/** False when a literal word the pattern needs is absent from the sentence (cheap rejection). */
export function couldMatch(p: VerbPattern, vocabulary: ReadonlySet<string>): boolean {
  let req = required.get(p);
  if (!req) {
    req = [...p.upper, ...p.lower].flatMap((el) =>
      el.kind === "word" && el.word.mode !== "stem" ? [el.word.text] : [],
    );
    required.set(p, req);
  }
  for (const w of req) if (!vocabulary.has(w)) return false;
  return true;
}

const required = new WeakMap<VerbPattern, readonly string[]>();

/** What a matched pattern fixed: source, target or compound groups, and the words it used. */
export interface PatternBinding {
  readonly source?: ActorGroup;
  readonly target?: ActorGroup;
  readonly compound?: ActorGroup;
  /** Word ranges matched by the pattern's literal words. */
  readonly used: readonly (readonly [number, number])[];
}

const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);

interface Cursor {
  pos: number;
  joined: boolean;
  bind: {
    source?: ActorGroup;
    target?: ActorGroup;
    compound?: ActorGroup;
    used: [number, number][];
  };
}

/**
 * Matches a verb pattern around the verb at words [vStart, vEnd): elements after `*` left to
 * right from the verb, elements before it right to left. Gaps between elements are allowed
 * unless they are joined; actor marks take the next (previous) actor group.
 */
export function matchPattern(
  p: VerbPattern,
  ctx: MatchContext,
  vStart: number,
  vEnd: number,
): PatternBinding | undefined {
  if (!couldMatch(p, ctx.vocabulary)) return undefined;
  const up: Cursor = { pos: vEnd, joined: p.verbJoined ?? false, bind: { used: [] } };
  for (const el of p.upper) if (!forward(el, ctx, up)) return undefined;
  const down: Cursor = { pos: vStart, joined: false, bind: up.bind };
  for (const el of p.lower) if (!backward(el, ctx, down)) return undefined;
  return up.bind;
}

function forward(el: PatternElement, ctx: MatchContext, c: Cursor): boolean {
  // Joined elements may only be separated by an article ("(ON RESOLUTION)" ~ "on a resolution").
  const limit = !c.joined
    ? ctx.words.length
    : ARTICLES.has(ctx.words[c.pos]?.text ?? "")
      ? c.pos + 2
      : c.pos + 1;
  for (let p = c.pos; p < limit && p < ctx.words.length; p++) {
    const end = elementAt(el, ctx, p);
    if (end === undefined) continue;
    record(el, ctx, c, p, end);
    c.pos = end;
    c.joined = joinedOf(el);
    return true;
  }
  return false;
}

function backward(el: PatternElement, ctx: MatchContext, c: Cursor): boolean {
  const joined = joinedOf(el);
  for (let p = c.pos - 1; p >= 0; p--) {
    const end = elementAt(el, ctx, p);
    if (end === undefined) continue;
    if (joined && end !== c.pos && !(end === c.pos - 1 && ARTICLES.has(ctx.words[end]?.text ?? "")))
      continue;
    if (end > c.pos) continue;
    record(el, ctx, c, p, end);
    c.pos = p;
    return true;
  }
  return false;
}

function joinedOf(el: PatternElement): boolean {
  return el.kind === "word" ? el.word.joined : el.joined;
}

/** End of `el` when it matches starting at word p. */
function elementAt(el: PatternElement, ctx: MatchContext, p: number): number | undefined {
  const w = ctx.words[p];
  if (!w) return undefined;
  if (el.kind === "word") return !w.punct && wordMatches(el.word, w.text) ? p + 1 : undefined;
  if (el.kind === "set") return longestOption(el.options, ctx.words, p);
  return ctx.groupAt[p]?.end;
}

function longestOption(
  options: readonly (readonly DictWord[])[],
  words: readonly Word[],
  p: number,
): number | undefined {
  let best: number | undefined;
  for (const o of options) {
    const e = matchPhrase(o, words, p, words.length);
    if (e !== undefined && (best === undefined || e > best)) best = e;
  }
  return best;
}

function record(el: PatternElement, ctx: MatchContext, c: Cursor, p: number, end: number): void {
  const g = ctx.groupAt[p];
  if (el.kind === "source" && g) c.bind.source = g;
  else if (el.kind === "target" && g) c.bind.target = g;
  else if (el.kind === "compound" && g) c.bind.compound = g;
  else if (el.kind === "word" || el.kind === "set") c.bind.used.push([p, end]);
}

/** Number of elements, the pattern's specificity (longer patterns are tried first). */
export function patternSize(p: VerbPattern): number {
  return p.lower.length + p.upper.length;
}
