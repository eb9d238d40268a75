/**
 * Finds the speaker of a speech cue: the subject of the reporting verb ("Wang said", "the
 * minister, a former general, said", "Russia shelled the city and said"), the inverted subject
 * ("..., said Lavrov") or the party after "according to". General English clause structure only:
 * no gold sentence was used.
 */
import type { Mention, Token } from "../core/types.js";
import { prepBefore } from "./right-mentions.js";

/** A speech cue with the mention that speaks, when one could be found. */
export interface Speech {
  readonly start: number;
  readonly end: number;
  readonly speaker?: Mention;
}

/** A speech cue as the finder needs it. */
export interface SpeechCue {
  readonly start: number;
  readonly end: number;
  /** "according to", "quoted by": the speaker comes after the cue, never before it. */
  readonly speakerAfter?: boolean;
}

/**
 * Prepositions whose object names whom the head noun belongs to ("a spokesman for Hamas", "the
 * head of the UN agency", "officials from the ministry"): that object speaks for the subject.
 */
const AFFILIATION = new Set(["of", "for", "from"]);
/**
 * Prepositions whose object speaks when no mention heads the phrase ("a close aide to the prime
 * minister said", "a statement issued by the ministry said"), but not when one does ("the US
 * envoy to China said").
 */
const AGENTIVE = new Set(["to", "by"]);
/**
 * Words the tagger reads as prepositions that also open a clause ("after Moscow said"): the mention
 * after them may be that clause's subject.
 */
const CLAUSE_OPENERS = new Set([
  "after",
  "before",
  "since",
  "until",
  "as",
  "because",
  "while",
  "once",
  "than",
  "like",
  "that",
]);
/** Coordinators that join a second verb phrase to a clause ("shelled the city but said"). */
const COORDINATORS = new Set(["and", "but", "yet"]);
const WEEKDAYS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);
/** Longest appositive between a speaker and its verb ("Lavrov, Russia's top diplomat, said"). */
const MAX_APPOSITIVE = 10;

/**
 * Pairs each speech cue with its speaker: the subject of the verb on its left, found across
 * adverbs, an appositive or a coordinated verb phrase, skipping mentions that are the object of a
 * preposition ("in the Middle East"); else an inverted subject or the party after the cue.
 */
export function findSpeakers(
  cues: readonly SpeechCue[],
  mentions: readonly Mention[],
  toks: readonly Token[],
): Speech[] {
  // Called for every sentence with an event, mostly with no cue of the asked kind.
  if (cues.length === 0) return [];
  const ms = mentions.filter((m) => !m.modifierOnly);
  return cues.map((c) => {
    const speaker = c.speakerAfter ? mentionAfter(ms, c.end) : speakerOf(ms, toks, c);
    return speaker ? { start: c.start, end: c.end, speaker } : { start: c.start, end: c.end };
  });
}

/**
 * The speaker of a cue that is not "according to": an inverted subject, the subject on the left,
 * or for a noun cue ("a statement from the ministry") the mention after it. The mention after a
 * reporting verb is the subject of what is reported ("said Israel must withdraw"), no speaker.
 */
function speakerOf(
  ms: readonly Mention[],
  toks: readonly Token[],
  c: SpeechCue,
): Mention | undefined {
  const first = toks[c.start];
  if (first?.pos === "VERB" && first.lower.endsWith("ing") && toks[c.start - 1]?.text === ",")
    // ", saying ...": a participle clause shares the subject of the verb it follows ("he said,
    // noting ...") or else of the sentence's main clause.
    return participleSubject(ms, toks, c.start - 1);
  const left = inverted(ms, toks, c) ?? subjectBefore(ms, toks, c.start);
  if (left || hasVerb(toks, c)) return left;
  return mentionAfter(ms, c.end);
}

/** The subject of a participle clause that starts after the comma at `comma`. */
function participleSubject(
  ms: readonly Mention[],
  toks: readonly Token[],
  comma: number,
): Mention | undefined {
  const verb = toks[comma - 1]?.pos === "VERB" ? nearSubject(ms, toks, comma - 1) : undefined;
  return verb ?? clauseSubject(ms, toks, comma);
}

/** True when a cue holds a verb ("said", "officials said", "told reporters"). */
function hasVerb(toks: readonly Token[], c: SpeechCue): boolean {
  for (let i = c.start; i < c.end; i++) if (toks[i]?.pos === "VERB") return true;
  return false;
}

/** The first mention starting within two tokens after `end`. */
function mentionAfter(ms: readonly Mention[], end: number): Mention | undefined {
  return ms.find((m) => m.tokenStart >= end && m.tokenStart - end <= 2);
}

/**
 * "..., said Foreign Minister Lavrov.": after a comma or quote, a mention right after the verb that
 * ends the clause (punctuation, a preposition, "who") is its subject, not the start of a complement.
 */
function inverted(
  ms: readonly Mention[],
  toks: readonly Token[],
  c: SpeechCue,
): Mention | undefined {
  const prev = toks[c.start - 1];
  if (
    !prev ||
    !(prev.pos === "PUNCT" || prev.text === "," || /^['"\u2018-\u201d]+$/.test(prev.text))
  )
    return undefined;
  const m = ms.find((x) => x.tokenStart >= c.end && x.tokenStart - c.end <= 1);
  if (!m) return undefined;
  // "said police spokesman Petr Novak.": the rest of the noun phrase may follow the mention.
  let k = m.tokenEnd;
  while (k < m.tokenEnd + 4 && /^(NOUN|PROPN)$/.test(toks[k]?.pos ?? "")) k++;
  const next = toks[k];
  const ends =
    !next ||
    next.sentence !== prev.sentence ||
    next.pos === "PUNCT" ||
    next.pos === "ADP" ||
    next.lower === "who";
  return ends ? m : undefined;
}

/** Skips adverbs, auxiliaries and particles ("has also", "later") backwards from `i` (exclusive). */
function skipAdverbs(toks: readonly Token[], i: number): number {
  let j = i;
  while (j > i - 3 && /^(ADV|AUX|PART)$/.test(toks[j - 1]?.pos ?? "")) j--;
  return j;
}

/** True when a mention is the object of a preposition that does not name an affiliation. */
function isPrepObject(toks: readonly Token[], m: Mention): boolean {
  const prep = prepBefore(toks, m.tokenStart, 0);
  return prep !== "" && !AFFILIATION.has(prep) && !CLAUSE_OPENERS.has(prep);
}

/** The subject of the verb at `verb`, or undefined when none can be told apart. */
function subjectBefore(
  ms: readonly Mention[],
  toks: readonly Token[],
  verb: number,
): Mention | undefined {
  const j = skipAdverbs(toks, verb);
  const before = toks[j - 1];
  if (before && COORDINATORS.has(before.lower) && before.pos === "CCONJ")
    return clauseSubject(ms, toks, j - 1);
  if (before?.text === ",") {
    const app = appositionHead(ms, toks, j - 1);
    if (app) return app;
  }
  return nearSubject(ms, toks, verb);
}

/**
 * The mention ending within two tokens before `verb`; a prepositional object ("the envoy to
 * China said") hands over to the noun it modifies, which ends right before the preposition.
 */
function nearSubject(
  ms: readonly Mention[],
  toks: readonly Token[],
  verb: number,
): Mention | undefined {
  let near: Mention | undefined;
  for (const m of ms) if (m.tokenEnd <= verb && verb - m.tokenEnd <= 2) near = m;
  if (!near || !isPrepObject(toks, near)) return near;
  const prep = prepIndex(toks, near.tokenStart);
  const head = headBefore(ms, toks, prep);
  if (head || !AGENTIVE.has(toks[prep]!.lower)) return head;
  return near;
}

/**
 * The mention a prepositional phrase at `prep` modifies: it ends right before the preposition or
 * before a participle ("the Red Cross operating in the country said").
 */
function headBefore(
  ms: readonly Mention[],
  toks: readonly Token[],
  prep: number,
): Mention | undefined {
  const before = toks[prep - 1];
  const bound = before?.pos === "VERB" && /(ing|ed)$/.test(before.lower) ? prep - 1 : prep;
  const head = ms.find((m) => m.tokenEnd === bound);
  return head && !isPrepObject(toks, head) ? head : undefined;
}

/** Index of the preposition that governs the mention starting at `start`. */
function prepIndex(toks: readonly Token[], start: number): number {
  let j = start - 1;
  while (j > 0 && toks[j]!.pos !== "ADP" && toks[j]!.lower !== "with") j--;
  return j;
}

/**
 * "Lavrov, Russia's top diplomat, said": the mention that ends at the comma opening an appositive
 * or relative clause that closes at `comma`, right before the verb.
 */
function appositionHead(
  ms: readonly Mention[],
  toks: readonly Token[],
  comma: number,
): Mention | undefined {
  const sentence = toks[comma]!.sentence;
  for (let k = comma - 2; k >= Math.max(0, comma - MAX_APPOSITIVE); k--) {
    const t = toks[k]!;
    if (t.sentence !== sentence || t.text === ";") return undefined;
    if (t.text !== ",") continue;
    const head = ms.find((m) => m.tokenEnd === k);
    return head && !isPrepObject(toks, head) ? head : undefined;
  }
  return undefined;
}

/**
 * "Iran expanded its influence in the region, but said ...": the second verb of a coordination
 * shares the clause's subject, the first mention (not a prepositional object) that a verb follows.
 */
function clauseSubject(
  ms: readonly Mention[],
  toks: readonly Token[],
  coord: number,
): Mention | undefined {
  for (const m of ms) {
    if (m.tokenEnd > coord) break;
    if (isPrepObject(toks, m)) continue;
    if (verbBetween(toks, m.tokenStart)) return undefined;
    const v = toks[skipForward(toks, m.tokenEnd)];
    if (v?.pos === "VERB") return m;
  }
  return undefined;
}

/**
 * Skips adverbs, auxiliaries and a weekday ("has also", "on Thursday") forwards from `i`; not the
 * infinitive "to", whose verb has no subject of its own.
 */
function skipForward(toks: readonly Token[], i: number): number {
  let j = i;
  for (let n = 0; n < 4; n++) {
    const t = toks[j];
    if (t && (t.pos === "ADV" || t.pos === "AUX")) j++;
    else if (t?.lower === "on" && WEEKDAYS.has(toks[j + 1]?.lower ?? "")) j += 2;
    else if (t && WEEKDAYS.has(t.lower)) j++;
    else break;
  }
  return j;
}

/**
 * True when a verb comes before token `i` since the sentence start or the last comma: a mention
 * after the clause's verb is its object, not its subject.
 */
function verbBetween(toks: readonly Token[], i: number): boolean {
  const sentence = toks[i]!.sentence;
  for (let j = i - 1; j >= 0 && toks[j]!.sentence === sentence && toks[j]!.text !== ","; j--)
    if (toks[j]!.pos === "VERB") return true;
  return false;
}
