import type { DictWord } from "./dictionary-types.js";
import { lookupKeys, wordMatches } from "./dictionary-words.js";
import type { Word } from "./word-stream.js";

/** Most words a space (not `_`) in a TABARI phrase may skip. */
const MAX_GAP = 3;

const QUOTES: ReadonlySet<string> = new Set(['"', "'", "``", "''", "“", "”"]);

const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);

/** A phrase match: the word range [start, end) it covers. */
export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
  /** Number of dictionary words matched (longer wins). */
  readonly size: number;
}

/** Phrases keyed by their first word, for lookup at each text position. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<
    string,
    { words: readonly DictWord[]; value: T; order: number }[]
  >();
  private count = 0;
  /** False while every first word matches exactly: then only the whole text word is looked up. */
  private prefixes = false;

  /** Adds a phrase with the value it stands for; earlier phrases win ties. */
  add(words: readonly DictWord[], value: T): void {
    const first = words[0];
    if (!first) return;
    if (first.mode !== "exact") this.prefixes = true;
    let list = this.byFirst.get(first.text);
    if (!list) this.byFirst.set(first.text, (list = []));
    list.push({ words, value, order: this.count++ });
  }

  /** Every phrase matching at word `i` (any length), longest first, then dictionary order. */
  matchesAt(words: readonly Word[], i: number, end = words.length): PhraseMatch<T>[] {
    const w = words[i];
    if (!w || w.punct) return [];
    const found: (PhraseMatch<T> & { order: number })[] = [];
    for (const key of this.prefixes ? lookupKeys(w.text) : [w.text]) {
      for (const c of this.byFirst.get(key) ?? []) {
        const e = matchPhrase(c.words, words, i, end);
        if (e !== undefined)
          found.push({ start: i, end: e, value: c.value, size: c.words.length, order: c.order });
      }
    }
    return found.sort((a, b) => b.size - a.size || a.order - b.order);
  }

  /** The best phrase matching at word `i`, if any. */
  bestAt(words: readonly Word[], i: number, end = words.length): PhraseMatch<T> | undefined {
    return this.matchesAt(words, i, end)[0];
  }
}

/** Matches `phrase` starting at word `i`; returns the end index, or undefined. */
export function matchPhrase(
  phrase: readonly DictWord[],
  words: readonly Word[],
  i: number,
  end: number,
): number | undefined {
  let pos = i;
  for (let k = 0; k < phrase.length; k++) {
    const dw = phrase[k];
    if (!dw) return undefined;
    const maxGap = k === 0 ? 0 : phrase[k - 1]?.joined ? 1 : MAX_GAP;
    let hit = -1;
    for (let p = pos; p <= pos + maxGap && p < end; p++) {
      const w = words[p];
      if (!w || (w.punct && p > pos && !QUOTES.has(w.text))) break;
      if (!w.punct && wordMatches(dw, w.text)) {
        hit = p;
        break;
      }
      // Joined words may only be separated by an article ("on a resolution").
      if (phrase[k - 1]?.joined && !ARTICLES.has(w.text)) break;
    }
    if (hit < 0) return undefined;
    pos = hit + 1;
  }
  return pos;
}
