import type { Token } from "../core/types.js";

/** One alternative of a pattern element: a word (lemma or lower-cased text), optionally with a POS tag. */
export interface WordAlt {
  readonly word: string;
  readonly pos?: string;
}

/**
 * A compiled word element: its alternatives, and the same as sets for matching. Elements may list
 * a hundred word forms ("provide|provides|..."), so a token is looked up, never compared in turn.
 */
export interface WordElement {
  readonly kind: "word";
  readonly alts: readonly WordAlt[];
  /** Words of the alternatives without a POS tag. */
  readonly anyPos: ReadonlySet<string>;
  /** POS tags allowed per word, for alternatives with one. */
  readonly byPos: ReadonlyMap<string, readonly string[]>;
  /**
   * Hyphenated alternatives as the tokens the tokenizer may split them into ("cease-fire" as
   * `cease` `-` `fire`), matched by lemma or text, any POS.
   */
  readonly splits: readonly (readonly string[])[];
}

/** A compiled pattern element. */
export type PatternElement =
  WordElement | { readonly kind: "any" } | { readonly kind: "gap"; readonly max: number };

/** A compiled token pattern (see data/events/README.md for the syntax). */
export interface TokenPattern {
  readonly source: string;
  readonly elements: readonly PatternElement[];
  /** Words that can start a match, for indexing. */
  readonly heads: readonly string[];
  /** Words the second token must be (lemma or text), when the second element is a word: a cheap prefilter. */
  readonly second?: ReadonlySet<string>;
}

const GAP_MAX = 4;

/** Compiles pattern text such as `call|urge on ... to` into elements; returns an error string when invalid. */
export function compilePattern(source: string): TokenPattern | string {
  const parts = source.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return "empty pattern";
  const elements: PatternElement[] = [];
  for (const p of parts) {
    if (p === "...") elements.push({ kind: "gap", max: GAP_MAX });
    else if (p === "_") elements.push({ kind: "any" });
    else {
      const alts = compileAlternatives(p);
      if (typeof alts === "string") return alts;
      elements.push(wordElement(alts));
    }
  }
  const first = elements[0];
  const last = elements[elements.length - 1];
  if (first?.kind !== "word") return "a pattern must start with a word";
  if (last?.kind === "gap") return "a pattern must not end with a gap";
  const next = elements[1];
  // A split head is followed by its own pieces, so the second-word prefilter would not hold.
  const second =
    next?.kind === "word" && first.splits.length === 0
      ? new Set([...next.alts.map((a) => a.word), ...next.splits.map((sp) => sp[0] ?? "")])
      : undefined;
  const heads = [...first.alts.map((a) => a.word), ...first.splits.map((sp) => sp[0] ?? "")];
  return { source, elements, heads, ...(second ? { second } : {}) };
}

/**
 * Reads `a|b|c/POS`: a POS tag on the last alternative applies to every alternative that has
 * none of its own, so word forms can be listed once ("back|backed|backing/VERB").
 */
function compileAlternatives(p: string): WordAlt[] | string {
  const raw = p.split("|").map((a) => a.split("/"));
  const shared =
    raw.length > 1 && raw.slice(0, -1).every((r) => r.length === 1)
      ? raw[raw.length - 1]?.[1]
      : undefined;
  const alts: WordAlt[] = [];
  for (const [word, own] of raw) {
    if (!word) return `bad element "${p}"`;
    const pos = own ?? shared;
    alts.push(
      pos ? { word: word.toLowerCase(), pos: pos.toUpperCase() } : { word: word.toLowerCase() },
    );
  }
  return alts;
}

function wordElement(alts: readonly WordAlt[]): WordElement {
  const anyPos = new Set<string>();
  const byPos = new Map<string, string[]>();
  for (const a of alts) {
    if (a.pos === undefined) anyPos.add(a.word);
    else byPos.set(a.word, [...(byPos.get(a.word) ?? []), a.pos]);
  }
  const splits = alts
    .map((a) => a.word.split("-"))
    .filter((pieces) => pieces.length > 1 && pieces.every((x) => x !== ""))
    .map((pieces) => pieces.flatMap((x, j) => (j === 0 ? [x] : ["-", x])));
  return { kind: "word", alts, anyPos, byPos, splits };
}

/** True when the token satisfies one of the element's alternatives (by lemma or text). */
function wordMatches(el: WordElement, t: Token): boolean {
  if (el.anyPos.has(t.lemma) || el.anyPos.has(t.lower)) return true;
  if (el.byPos.size === 0) return false;
  const tags = el.byPos.get(t.lemma) ?? el.byPos.get(t.lower);
  if (tags?.includes(t.pos)) return true;
  // Lemma and text may both be listed, each with its own tags.
  const other = t.lemma === t.lower ? undefined : el.byPos.get(t.lower);
  return other !== undefined && other !== tags && other.includes(t.pos);
}

/**
 * Matches a pattern at token `start`, never past `limit` (exclusive).
 * `barrier(i)` says a gap may not cross token i. Returns the exclusive end token, or -1.
 */
export function matchAt(
  p: TokenPattern,
  tokens: readonly Token[],
  start: number,
  limit: number,
  barrier: (i: number) => boolean,
): number {
  if (!secondFits(p, tokens, start, limit)) return -1;
  return step(p.elements, 0, tokens, start, limit, barrier);
}

/**
 * matchAt for a start token the pattern's PatternIndex gave as a candidate: a head without POS
 * tags has matched by being indexed, so only the rest of the pattern is checked.
 */
export function matchCandidate(
  p: TokenPattern,
  tokens: readonly Token[],
  start: number,
  limit: number,
  barrier: (i: number) => boolean,
): number {
  const head = p.elements[0];
  // A head with POS tags or split forms was only indexed by word: check it in full.
  if (head?.kind !== "word" || head.byPos.size > 0 || head.splits.length > 0)
    return matchAt(p, tokens, start, limit, barrier);
  if (!secondFits(p, tokens, start, limit)) return -1;
  return step(p.elements, 1, tokens, start + 1, limit, barrier);
}

/** The cheap prefilter: a fixed second word must follow the start token. */
function secondFits(
  p: TokenPattern,
  tokens: readonly Token[],
  start: number,
  limit: number,
): boolean {
  if (!p.second) return true;
  const next = tokens[start + 1];
  return (
    next !== undefined &&
    start + 1 < limit &&
    (p.second.has(next.lemma) || p.second.has(next.lower))
  );
}

function step(
  els: readonly PatternElement[],
  k: number,
  tokens: readonly Token[],
  i: number,
  limit: number,
  barrier: (i: number) => boolean,
): number {
  if (k === els.length) return i;
  const el = els[k]!;
  if (el.kind === "gap") {
    // Shortest gap first, so the match stays as tight as the text allows.
    for (let g = 0; g <= el.max && i + g < limit; g++) {
      if (g > 0 && barrier(i + g - 1)) break;
      const end = step(els, k + 1, tokens, i + g, limit, barrier);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= limit) return -1;
  if (el.kind === "any") return step(els, k + 1, tokens, i + 1, limit, barrier);
  if (wordMatches(el, tokens[i]!)) {
    const end = step(els, k + 1, tokens, i + 1, limit, barrier);
    if (end >= 0 || el.splits.length === 0) return end;
  }
  for (const pieces of el.splits) {
    if (!piecesAt(pieces, tokens, i, limit)) continue;
    const end = step(els, k + 1, tokens, i + pieces.length, limit, barrier);
    if (end >= 0) return end;
  }
  return -1;
}

/** True when tokens from `i` are the pieces of a split hyphenated word, by lemma or text. */
function piecesAt(
  pieces: readonly string[],
  tokens: readonly Token[],
  i: number,
  limit: number,
): boolean {
  if (i + pieces.length > limit) return false;
  for (let j = 0; j < pieces.length; j++) {
    const t = tokens[i + j]!;
    if (t.lemma !== pieces[j] && t.lower !== pieces[j]) return false;
  }
  return true;
}

const NONE: readonly never[] = [];

/** An index from head words to the items whose pattern can start there. */
export class PatternIndex<T extends { readonly pattern: TokenPattern }> {
  // A null-prototype object, not a Map: V8 internalizes a string the first time it is used as a
  // property key, so the six head lookups each token gets (lemma and text, three indexes) compare
  // pointers instead of characters.
  private readonly byHead: Record<string, T[] | undefined> = Object.create(null) as Record<
    string,
    T[] | undefined
  >;

  /** The indexed items, in the order given. */
  readonly items: readonly T[];

  constructor(items: readonly T[]) {
    this.items = items;
    for (const item of items) {
      for (const h of new Set(item.pattern.heads)) {
        const list = this.byHead[h];
        if (list) list.push(item);
        else this.byHead[h] = [item];
      }
    }
  }

  /** Merged lists for tokens whose lemma and text differ (by lemma, then text), built once. */
  private readonly merged = new Map<string, Map<string, readonly T[]>>();

  /** Items whose head may match this token (by lemma or lower-cased text). */
  candidates(t: Token): readonly T[] {
    const a = this.byHead[t.lemma];
    const b = t.lower === t.lemma ? undefined : this.byHead[t.lower];
    if (!b) return a ?? NONE;
    if (!a) return b;
    let byText = this.merged.get(t.lemma);
    if (!byText) {
      byText = new Map();
      this.merged.set(t.lemma, byText);
    }
    let m = byText.get(t.lower);
    if (!m) {
      m = [...a, ...b.filter((x) => !a.includes(x))];
      byText.set(t.lower, m);
    }
    return m;
  }
}
