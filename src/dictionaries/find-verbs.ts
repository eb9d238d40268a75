import type { VerbEntry } from "./dictionary-types.js";
import type { PhraseIndex } from "./phrase-index.js";
import type { Word } from "./word-stream.js";

/** A dictionary verb found in a sentence, with every entry that lists the matched form. */
export interface VerbHit {
  readonly start: number;
  readonly end: number;
  readonly entries: readonly VerbEntry[];
  /** Tagged as an auxiliary ("will", "should"): ambiguous, see the coder. */
  readonly aux: boolean;
}

/** Words after which a dictionary verb form is read as a noun ("an attack", "its visit"). */
const NOUN_MARKERS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "its",
  "their",
  "his",
  "her",
  "our",
  "my",
  "your",
  "'s",
  "this",
  "these",
  "those",
  "of",
  "for",
  "with",
  "by",
  "in",
  "on",
  "at",
  "from",
  "into",
  "against",
  "about",
  "over",
  "between",
]);

/**
 * Finds dictionary verbs left to right (longest form first), skipping words inside actor or agent
 * phrases, words read as nouns (after a determiner, possessive or preposition) and capitalised
 * words inside a sentence that is not written in capitals (names, not verbs).
 */
export function findVerbs(
  words: readonly Word[],
  index: PhraseIndex<VerbEntry>,
  taken: readonly boolean[],
): VerbHit[] {
  const out: VerbHit[] = [];
  const allCaps = words.every((w) => w.punct || w.cap);
  for (let i = 0; i < words.length; i++) {
    if (taken[i] || !looksVerbal(words, i, allCaps)) continue;
    const ms = index.matchesAt(words, i);
    const best = ms[0];
    if (!best) continue;
    const entries = ms
      .filter((m) => m.size === best.size && m.end === best.end)
      .map((m) => m.value);
    out.push({
      start: i,
      end: best.end,
      entries: [...new Set(entries)],
      aux: words[i]?.pos === "AUX",
    });
    i = best.end - 1;
  }
  return out;
}

function looksVerbal(words: readonly Word[], i: number, allCaps: boolean): boolean {
  const w = words[i];
  if (!w || w.punct) return false;
  if (w.cap && i > 0 && !allCaps) return false;
  const prev = words[i - 1];
  return !(prev && NOUN_MARKERS.has(prev.text));
}
