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
    // "As talks between the two sides resumed, ...": the noun is the subject of a scene-setting clause.
    if (CLAUSE_CONJ.has(tok.lower) && (tok.pos === "SCONJ" || tok.pos === "ADP"))
      return tok.lower !== "as" || !NOT_CLAUSE_AS.has(doc.tokens[j - 1]?.lower ?? "");
    if (tok.lower === "of") return isToldOf(doc, j);
    return tok.pos === "ADP" && BACKGROUND_PREPS.has(tok.lower);
  }
  return false;
}

/** Conjunctions whose clause sets the scene for the main one ("as talks resumed", "while protests went on"). */
const CLAUSE_CONJ = new Set(["as", "while", "whilst", "when", "until", "once", ...SCENE_CONJ]);

/** Verbs whose "of" phrase is what was said: "told reporters of a commitment to ...", "spoke of a threat". */
const TELL_LEMMAS = new Set(["tell", "speak", "talk", "inform", "brief", "remind", "write"]);

/**
 * True when the "of" at j closes a telling verb's phrase: the noun after it is the topic of the
 * speech, not an event the sentence reports (the speaker's own act is the speech verb's clause).
 */
function isToldOf(doc: Doc, j: number): boolean {
  for (let i = j - 1; i >= Math.max(0, j - 8); i--) {
    const tok = doc.tokens[i]!;
    if (CLAUSE_BREAKS.has(tok.text)) return false;
    if (tok.pos === "VERB" || tok.pos === "AUX") return TELL_LEMMAS.has(tok.lemma);
  }
  return false;
}

/** Words that open an adverbial or relative clause: what follows them, up to the clause break, is
 * the setting or a description of a participant, not the event the sentence reports. */
const SUBORDINATORS = new Set([
  "after",
  "following",
  "as",
  "since",
  "while",
  "whilst",
  "when",
  "whenever",
  "before",
  "until",
  "because",
  "although",
  "though",
  "amid",
  "despite",
  "who",
  "whom",
  "whose",
  "which",
  "where",
]);
/** "as well as", "such as", "so as to" are no clause openers. */
const NOT_CLAUSE_AS = new Set(["as", "well", "such", "so", "same", "known", "serve", "served"]);
const CLAUSE_BREAKS = new Set([",", ";", ":", "--", "\u2014", "(", ")"]);

/**
 * True when the trigger stands in a subordinate clause ("resigned after being accused of fraud",
 * "an attack that killed 16 people", "As the army shelled the town, rebels declared a truce"):
 * the clause opener is found before the trigger with no clause break between. A relative clause
 * inside the subject ("Rebels who seized the town declared a truce") ends at its own verb, so a
 * later verb is the main one.
 */
export function isSubordinateClause(doc: Doc, s: Sentence, t: Hit<TriggerRule>): boolean {
  if (isReducedRelative(doc, s, t)) return true;
  let verbs = 0;
  for (let j = t.start - 1; j >= s.firstToken; j--) {
    const tok = doc.tokens[j]!;
    if (CLAUSE_BREAKS.has(tok.text)) return false;
    if (opensClause(doc, j)) return verbs === 0 || !inSubject(doc, s, j);
    if (tok.pos === "VERB") verbs++;
  }
  return false;
}

/**
 * "rebels accused of shelling the town", "an activist detained by police": a participle right
 * after a noun and right before "of" or "by" describes that noun (a reduced relative clause).
 */
function isReducedRelative(doc: Doc, s: Sentence, t: Hit<TriggerRule>): boolean {
  const head = doc.tokens[t.start]!;
  if (head.pos !== "VERB" || !/(ed|en)$/.test(head.lower) || t.start <= s.firstToken) return false;
  const before = doc.tokens[t.start - 1]!.pos;
  const after = doc.tokens[t.start + 1]?.lower ?? "";
  return (before === "NOUN" || before === "PROPN") && (after === "of" || after === "by");
}

function opensClause(doc: Doc, j: number): boolean {
  const tok = doc.tokens[j]!;
  const prev = doc.tokens[j - 1]?.lower ?? "";
  if (tok.lower === "that") return tok.pos === "PRON";
  if (!SUBORDINATORS.has(tok.lower)) return false;
  return tok.lower !== "as" || !NOT_CLAUSE_AS.has(prev);
}

/** True when no verb precedes token j in its sentence: a clause there modifies the subject. */
function inSubject(doc: Doc, s: Sentence, j: number): boolean {
  for (let i = s.firstToken; i < j; i++) if (doc.tokens[i]!.pos === "VERB") return false;
  return true;
}

/** True when the trigger lies wholly inside an actor phrase ("Human Rights Watch"). */
export function insideMention(t: Hit<unknown>, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => t.start >= m.tokenStart && t.end <= m.tokenEnd);
}
