/**
 * The mentions to the right of a trigger that may be its object or partner, each with the
 * preposition that introduces it, and the clause limits that bound the search.
 */
import type { Mention, Token } from "../core/types.js";
import type { Hit } from "./find-hits.js";
import type { TriggerRule } from "./lexicon.js";
import type { SentenceView } from "./participants.js";
import { isPossessive, isPossessivePronoun } from "./conjoined.js";

/** Prepositions of place: a country after them is where, not who. */
export const LOCATIVE = new Set([
  "in",
  "near",
  "inside",
  "outside",
  "across",
  "throughout",
  "into",
  "around",
]);
/** Prepositions that introduce a topic, not a participant. */
export const TOPIC = new Set([
  "about",
  "over",
  "regarding",
  "concerning",
  "amid",
  "despite",
  "than",
  "like",
]);
/** A mention to the right of a trigger, with the preposition that introduces it. */
export interface RightMention {
  readonly m: Mention;
  readonly prep: string;
}

/** The mentions after a trigger up to its clause end, with their prepositions. */
export function rightMentions(v: SentenceView, trig: Hit<TriggerRule>): RightMention[] {
  const toks = v.doc.tokens;
  const stop = clauseEndRight(v, trig.end);
  const out: RightMention[] = [];
  for (const m of v.mentions) {
    if (m.tokenStart <= trig.start || m.tokenStart >= stop) continue;
    if (
      m.modifierOnly &&
      !isPossessive(toks, m) &&
      !subjectAfterThat(toks, trig, m) &&
      !ownerOfObject(toks, trig, m)
    )
      continue;
    // "recalled its ambassador from X": a possessive pronoun, or a countryless role noun inside the
    // trigger's own words, belongs to the actor's side, not to the target.
    if (isPossessivePronoun(m) || (m.tokenEnd <= trig.end && m.entity.code === "")) continue;
    // The trigger's own last word may be the preposition ("met with", "fired at"): what follows
    // it is the trigger's target, never a place or a topic.
    const prep = prepBefore(toks, m.tokenStart, trig.start + 1);
    if (prep !== "" && m.tokenStart - trig.end <= 2 && toks[trig.end - 1]?.lower === prep) {
      out.push({ m, prep: prep === "on" ? "on-adjacent" : prep });
      continue;
    }
    if (TOPIC.has(prep)) continue;
    if (LOCATIVE.has(prep) && (m.kind === "country" || m.kind === "capital")) continue;
    if (prep === "on") {
      const adjacent = m.tokenStart - trig.end <= 2;
      if (!adjacent) continue;
      out.push({ m, prep: "on-adjacent" });
      continue;
    }
    out.push({ m, prep });
  }
  return out;
}

/**
 * "demanded that Kabul hand over ...": a country or capital name right after a trigger ending in
 * "that" opens the complement clause as its subject, even where the tagger read the next word as
 * a noun ("hand", "release") and the actor resolver took the name for a modifier.
 */
function subjectAfterThat(toks: readonly Token[], trig: Hit<TriggerRule>, m: Mention): boolean {
  return (
    m.tokenStart === trig.end &&
    toks[trig.end - 1]?.lower === "that" &&
    (m.kind === "country" || m.kind === "capital") &&
    toks[m.tokenStart]?.pos === "PROPN" &&
    // A plural noun after it ("that Chinese products") is what the name modifies.
    toks[m.tokenEnd]?.lower === toks[m.tokenEnd]?.lemma
  );
}

/**
 * "attacked Russian positions", "seized an Iranian tanker": a country word modifying the head of a
 * dyadic trigger's direct object names the owner of what was acted on, so it is the recipient.
 */
function ownerOfObject(toks: readonly Token[], trig: Hit<TriggerRule>, m: Mention): boolean {
  // A country word or an organisation's name ("rejected the OAS request") owns the object.
  if (m.kind !== "country" && m.kind !== "organisation") return false;
  const last = toks[trig.end - 1];
  // "fired mortars at Armenian positions": a trigger ending in its target's preposition.
  const targetPrep = last?.pos === "ADP" && TARGET_PREPS.has(last.lower);
  if (!targetPrep && trig.rule.role !== "dyadic" && trig.rule.role !== "transitive") return false;
  // "seized a British tanker" matched as one row: the owner modifies the trigger's own noun.
  if (m.tokenStart > trig.start && m.tokenEnd < trig.end) return true;
  if (last?.pos !== "VERB" && !targetPrep) return false;
  for (let i = trig.end; i < m.tokenStart; i++)
    if (!OBJECT_OPENERS.has(toks[i]?.pos ?? "")) return false;
  return m.tokenStart - trig.end <= 2;
}

const OBJECT_OPENERS = new Set(["DET", "NUM", "ADJ"]);
/** Prepositions that close a trigger before its target: "fired at", "cracked down on". */
const TARGET_PREPS = new Set(["at", "on", "against"]);

/** True when a verb stands between two tokens ("a resolution proposed by": "by" is proposed's agent). */
export function hasVerbBetween(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (toks[i]!.pos === "VERB") return true;
  return false;
}

/** The preposition (lower-cased) governing a mention, looking back over determiners, or "". */
export function prepBefore(toks: readonly Token[], i: number, floor: number): string {
  for (let j = i - 1; j >= Math.max(floor, i - 3); j--) {
    const t = toks[j]!;
    if (t.pos === "DET" || t.pos === "ADJ" || t.pos === "NUM" || t.lower === "'s") continue;
    if (isAttributiveParticiple(toks, j, i)) continue;
    return t.pos === "ADP" || t.lower === "between" || t.lower === "with" ? t.lower : "";
  }
  return "";
}

/**
 * "met with exiled dissidents", "freed the jailed activists": a participle right before the noun,
 * after a preposition or determiner, modifies it like an adjective.
 */
function isAttributiveParticiple(toks: readonly Token[], j: number, noun: number): boolean {
  const t = toks[j]!;
  if (j !== noun - 1 || t.pos !== "VERB" || !/(ed|en)$/.test(t.lower)) return false;
  const before = toks[j - 1]?.pos;
  return before === "ADP" || before === "DET";
}

/** First token index at or after `from` that ends the clause a trigger's object may come from. */
function clauseEndRight(v: SentenceView, from: number): number {
  const toks = v.doc.tokens;
  for (let i = from; i < v.s.endToken; i++) {
    const t = toks[i]!;
    if (t.text === ";" || t.lower === "while" || t.lower === "whereas" || t.lower === "but")
      return i;
    const sp = v.speech.find((x) => x.start === i);
    if (sp)
      return sp.speaker && sp.speaker.tokenEnd <= i && sp.speaker.tokenStart >= from
        ? sp.speaker.tokenStart
        : i;
  }
  return v.s.endToken;
}

/** The nearest word before token i that is not a determiner or adjective, lower-cased. */
export function wordBefore(toks: readonly Token[], i: number): string {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = toks[j]!;
    if (t.pos !== "DET" && t.pos !== "ADJ") return t.lower;
  }
  return "";
}
