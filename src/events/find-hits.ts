import type { Doc, Sentence, Token } from "../core/types.js";
import type { CueRule, TriggerRule } from "./lexicon.js";
import { matchCandidate, type PatternIndex, type TokenPattern } from "./token-pattern.js";

/** A pattern match: token range [start, end) and the rule that matched. */
export interface Hit<R> {
  readonly rule: R;
  readonly start: number;
  readonly end: number;
}

/**
 * Tokens a pattern gap may not run over: sentence punctuation, commas, and words that open a new
 * clause ("declared that the curfew ..." must not read as "declare ... curfew").
 */
const GAP_BARRIERS = new Set([
  ".",
  ";",
  ":",
  "!",
  "?",
  ",",
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "because",
  "although",
  "while",
  "but",
  "after",
  "before",
  "when",
  "if",
]);

/** True when a pattern gap may not run over this token. */
export function isBarrier(t: Token | undefined): boolean {
  return t === undefined || GAP_BARRIERS.has(t.lower) || t.lemma === "say";
}

/** All matches of the index's patterns in a sentence (overlaps allowed). */
export function findHits<R extends { readonly pattern: TokenPattern }>(
  doc: Doc,
  s: Sentence,
  index: PatternIndex<R>,
): Hit<R>[] {
  const hits: Hit<R>[] = [];
  const tokens = doc.tokens;
  const barrier = (i: number): boolean => isBarrier(tokens[i]);
  for (let i = s.firstToken; i < s.endToken; i++) {
    const rules = index.candidates(tokens[i]!);
    for (let k = 0; k < rules.length; k++) {
      const rule = rules[k]!;
      const end = matchCandidate(rule.pattern, tokens, i, s.endToken, barrier);
      if (end > i) hits.push({ rule, start: i, end });
    }
  }
  return hits;
}

/**
 * Keeps the best non-overlapping trigger matches: longer matches first, then higher confidence,
 * so "call for" wins over "call" and "opened fire" over "fire".
 */
export function selectTriggers(hits: readonly Hit<TriggerRule>[]): Hit<TriggerRule>[] {
  const ranked = [...hits].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      b.rule.confidence - a.rule.confidence ||
      a.start - b.start,
  );
  const taken: Hit<TriggerRule>[] = [];
  for (const h of ranked) {
    if (taken.some((t) => h.start < t.end && t.start < h.end)) continue;
    taken.push(h);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Cue matches of one kind, in text order. */
export function cuesOfKind(hits: readonly Hit<CueRule>[], kind: CueRule["kind"]): Hit<CueRule>[] {
  return hits.filter((h) => h.rule.kind === kind);
}
