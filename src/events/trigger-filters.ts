/**
 * Filters that tell a trigger match from an event the sentence reports: words inside actor
 * names, participles used as adjectives, and scene-setting event nouns.
 */
import type { Doc, Mention, Sentence } from "../core/types.js";
import type { Hit } from "./find-hits.js";
import type { TriggerRule } from "./lexicon.js";

/**
 * "the exiled leaders", "two jailed activists": a participle used as an adjective describes a
 * noun; the jailing or exiling is background, not the event the sentence reports.
 */
export function isAttributiveParticiple(doc: Doc, s: Sentence, t: Hit<TriggerRule>): boolean {
  if (t.end !== t.start + 1) return false;
  const head = doc.tokens[t.start]!;
  if (!/(ed|en)$/.test(head.lower)) return false;
  const before = t.start > s.firstToken ? doc.tokens[t.start - 1] : undefined;
  const after = doc.tokens[t.start + 1];
  const opensPhrase =
    before === undefined ||
    ["DET", "NUM", "ADJ", "ADP", "VERB"].includes(before.pos) ||
    POSSESSIVE_DETS.has(before.lower);
  return (
    opensPhrase &&
    after !== undefined &&
    t.start + 1 < s.endToken &&
    ["NOUN", "PROPN", "ADJ"].includes(after.pos)
  );
}

const POSSESSIVE_DETS = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/** Prepositions that put an event noun in the background ("after talks with ...", "during a visit"). */
const BACKGROUND_PREPS = new Set([
  "after",
  "following",
  "during",
  "amid",
  "since",
  "before",
  "despite",
  "in",
  "at",
  "over",
  "about",
  "behind",
  "by",
]);

const SCENE_CONJ = new Set(["after", "before", "since", "while", "when", "following", "despite"]);

/**
 * True when a noun trigger sits in a prepositional phrase: such a noun usually names an event
 * already known (the setting, the cause, the topic), not the one the sentence is about.
 */
export function isBackgroundNoun(doc: Doc, t: Hit<TriggerRule>): boolean {
  const head = doc.tokens[t.start];
  if (!head) return false;
  // "After meeting the rebels, ..." / "before visiting Kyiv": a gerund clause sets the scene too.
  if (head.lower.endsWith("ing") && SCENE_CONJ.has(doc.tokens[t.start - 1]?.lower ?? ""))
    return true;
  if (head.pos !== "NOUN" && head.pos !== "PROPN") return false;
  for (let j = t.start - 1; j >= Math.max(0, t.start - 4); j--) {
    const tok = doc.tokens[j]!;
    if (["DET", "ADJ", "NUM", "NOUN", "PROPN"].includes(tok.pos) || tok.text === "-") continue;
    return tok.pos === "ADP" && BACKGROUND_PREPS.has(tok.lower);
  }
  return false;
}

/** True when the trigger lies wholly inside an actor phrase ("Human Rights Watch"). */
export function insideMention(t: Hit<TriggerRule>, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => t.start >= m.tokenStart && t.end <= m.tokenEnd);
}
