/**
 * Event nouns in a background phrase ("after the museum shooting", "behind the chemical
 * attacks"): the noun names a happening the sentence refers to, and the subject of the clause's
 * own verb is not its doer.
 */
import type { Mention, Token } from "../core/types.js";
import type { Hit } from "./find-hits.js";
import type { TriggerRule } from "./lexicon.js";

/**
 * Prepositions after which an event noun is not the clause subject's act: time ("after", "since"),
 * cause ("frayed by an initial threat"), involvement ("behind"), topic ("over", "about").
 * "during" and "over" are left out: "police fired tear gas during a protest" is mixed, and "drove
 * over land mines" is a place. Bare "in" is the subject's own act ("resigned in protest").
 */
const SUBJECTLESS_PREPS = new Set([
  "after",
  "following",
  "since",
  "before",
  "behind",
  "by",
  "amid",
  "despite",
  "about",
]);

/** Words before "in" that make the subject take part ("took part in the strike"). */
const TAKES_PART = new Set(["part", "participate", "engage", "involve", "join", "role", "lead"]);

/** Words of the noun phrase between the preposition and the event noun ("the first such"). */
const NOUN_PHRASE = new Set(["DET", "ADJ", "ADV", "NUM", "NOUN", "PROPN"]);

/**
 * True when a noun trigger sits in a background phrase, so the clause subject on its left is not
 * its actor. "in" counts only before a determiner: "in the 1994 genocide", not "in protest".
 */
export function isSubjectlessNoun(
  toks: readonly Token[],
  t: Hit<TriggerRule>,
  mentions: readonly Mention[],
): boolean {
  let h = t.start;
  // "the chemical attacks": the trigger's own adjectives come before its noun.
  while (h < t.end - 1 && toks[h]!.pos === "ADJ") h++;
  if (!isNounHead(toks[h]!, toks[h - 1]) || opensClause(toks, h, t.end)) return false;
  let sawDet = false;
  for (let j = t.start - 1; j >= Math.max(0, t.start - 5); j--) {
    const tok = toks[j]!;
    // The tagger reads some ordinals as adverbs ("the first/ADV such attack").
    if (NOUN_PHRASE.has(tok.pos) || tok.text === "-") {
      sawDet ||= tok.pos === "DET";
      continue;
    }
    if (tok.pos !== "ADP" && tok.pos !== "SCONJ") return false;
    // "after gang members shot/NOUN dead": an actor phrase before the noun is a clause subject.
    if (mentions.some((m) => !m.modifierOnly && m.tokenEnd > j && m.tokenEnd <= t.start))
      return false;
    // "thousands gathered in a protest": people in a protest are its protesters.
    if (tok.lower === "in")
      return sawDet && t.rule.type !== "PROTEST" && !TAKES_PART.has(toks[j - 1]?.lemma ?? "");
    return SUBJECTLESS_PREPS.has(tok.lower);
  }
  return false;
}

/** A noun, or a gerund the tagger read as a verb inside a noun phrase ("the museum shooting"). */
function isNounHead(head: Token, before: Token | undefined): boolean {
  if (head.pos === "NOUN" || head.pos === "PROPN") return true;
  return (
    head.pos === "VERB" &&
    head.lower.endsWith("ing") &&
    (before?.pos === "DET" || before?.pos === "NOUN" || before?.pos === "ADJ")
  );
}

/**
 * "after two bombs exploded", "after rockets fired from ... hit": a noun followed by its own verb
 * is the subject of a clause, which has its own subject rules.
 */
function opensClause(toks: readonly Token[], head: number, end: number): boolean {
  for (let i = head + 1; i < end + 3; i++) {
    const pos = toks[i]?.pos;
    // "a threat to boycott": an infinitive completes the noun, it opens no clause.
    if ((pos === "VERB" || pos === "AUX") && toks[i - 1]?.lower !== "to") return true;
    // "gang members shot/NOUN dead": an adjective after the head shows a mis-tagged verb.
    if (i < end && pos === "ADJ") return true;
    if (i >= end && pos !== "ADV") return false;
  }
  return false;
}
