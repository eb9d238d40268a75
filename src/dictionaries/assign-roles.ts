import type { ActorGroup } from "./group-actors.js";
import type { Word } from "./word-stream.js";

/** Words after which a group starts a clause (so it can be a subject). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ",",
  ";",
  ":",
  "--",
  "and",
  "but",
  "or",
  "while",
  "whereas",
  "that",
  "neither",
  "either",
  "both",
]);
/** Words a subject may be preceded by inside its own phrase ("the", "old foes"). */
const PHRASE_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "NOUN"]);
const PREPOSITIONS: ReadonlySet<string> = new Set([
  "of",
  "in",
  "with",
  "by",
  "from",
  "to",
  "at",
  "on",
  "for",
  "against",
  "about",
  "over",
  "into",
  "toward",
  "towards",
  "between",
  "among",
  "near",
  "than",
  "like",
]);
const BE: ReadonlySet<string> = new Set([
  "was",
  "were",
  "been",
  "being",
  "is",
  "are",
  "be",
  "am",
  "'s",
]);
const NEGATORS: ReadonlySet<string> = new Set(["not", "n't", "never", "no longer"]);

/**
 * The subject of the verb at word `v`: the last actor group before it that opens a clause
 * (sentence start, or after a comma or conjunction, ignoring its own determiners and adjectives),
 * else the first group before it not governed by a preposition.
 */
export function subjectBefore(
  words: readonly Word[],
  groups: readonly ActorGroup[],
  v: number,
): ActorGroup | undefined {
  let opener: ActorGroup | undefined;
  let fallback: ActorGroup | undefined;
  for (const g of groups) {
    if (g.end > v) break;
    const before = precedingWord(words, g.start);
    if (before && PREPOSITIONS.has(before.text)) continue;
    fallback ??= g;
    if (!before || CLAUSE_OPENERS.has(before.text)) opener = g;
  }
  return opener ?? fallback;
}

/** The word before a phrase, skipping the phrase's own determiners, adjectives and nouns. */
function precedingWord(words: readonly Word[], start: number): Word | undefined {
  for (let p = start - 1; p >= 0; p--) {
    const w = words[p] as Word;
    if (w.punct || !PHRASE_POS.has(w.pos) || PREPOSITIONS.has(w.text) || CLAUSE_OPENERS.has(w.text))
      return w;
  }
  return undefined;
}

/** The first actor group starting at or after word `from`, other than `not`. */
export function groupAfter(
  groups: readonly ActorGroup[],
  from: number,
  not?: ActorGroup,
): ActorGroup | undefined {
  return groups.find((g) => g.start >= from && g !== not);
}

/** The agent of a passive verb: the group after "by" within a few words, else the first group after. */
export function passiveAgent(
  words: readonly Word[],
  groups: readonly ActorGroup[],
  vEnd: number,
): ActorGroup | undefined {
  for (let p = vEnd; p < Math.min(words.length, vEnd + 4); p++) {
    if ((words[p] as Word).text !== "by") continue;
    const g = groupAfter(groups, p + 1);
    if (g) return g;
  }
  return groupAfter(groups, vEnd);
}

/** True when the verb at `v` follows a form of "be" (adverbs between allowed): passive voice. */
export function isPassive(words: readonly Word[], v: number): boolean {
  const verb = words[v];
  if (!verb || !/(ed|en|wn|n|t)$/.test(verb.text)) return false;
  for (let p = v - 1; p >= 0 && p >= v - 4; p--) {
    const w = words[p] as Word;
    if (BE.has(w.text)) return true;
    if (w.pos !== "ADV" && w.text !== "and") return false;
  }
  return false;
}

/** True when a negator sits among the few words right before the verb (its auxiliaries). */
export function isNegated(
  words: readonly Word[],
  v: number,
  used: readonly (readonly [number, number])[],
): boolean {
  for (let p = v - 1; p >= 0 && p >= v - 3; p--) {
    const w = words[p] as Word;
    if (w.punct) return false;
    if (NEGATORS.has(w.text) && !used.some(([a, b]) => p >= a && p < b)) return true;
  }
  return false;
}
