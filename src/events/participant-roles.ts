/**
 * Participant readings of particular trigger roles and frames: the inverse role ("received
 * weapons from Y") and the direct object of a meeting verb ("met the Chinese ambassador").
 */
import type { Mention, Token } from "../core/types.js";
import type { Hit } from "./find-hits.js";
import type { TriggerRule } from "./lexicon.js";
import type { Participants, SentenceView, Subject } from "./participants.js";
import { LOCATIVE, TOPIC, prepBefore, type RightMention } from "./right-mentions.js";
import { groupAt, isPossessive, isPossessivePronoun, POSSESSIVE_DETERMINERS } from "./conjoined.js";

const OBJECT_OPENERS = new Set(["DET", "ADJ", "NUM"]);

/** True for a token that may open a noun phrase before its head: "the", "two", "senior", "his". */
function opensObject(t: Token | undefined): boolean {
  return t !== undefined && (OBJECT_OPENERS.has(t.pos) || POSSESSIVE_DETERMINERS.has(t.lower));
}

/**
 * "met with his Greek counterpart": the preposition before a possessive determiner governs the
 * phrase it opens; the phrase search stops at the pronoun and reports no preposition. Returns
 * undefined when that preposition makes the phrase a topic or a place, not a participant.
 */
export function throughPossessive(
  toks: readonly Token[],
  trig: Hit<TriggerRule>,
  r: RightMention,
): RightMention | undefined {
  if (r.prep !== "") return r;
  let j = r.m.tokenStart - 1;
  while (j >= trig.end && OBJECT_OPENERS.has(toks[j]?.pos ?? "")) j--;
  if (j < trig.end - 1 || !POSSESSIVE_DETERMINERS.has(toks[j]?.lower ?? "")) return r;
  const before = toks[j - 1];
  if (before === undefined || j - 1 < trig.start || before.pos !== "ADP") return r;
  const prep = before.lower;
  if (TOPIC.has(prep) || (LOCATIVE.has(prep) && j - 1 >= trig.end)) return undefined;
  return { m: r.m, prep };
}

/** "met the Chinese ambassador": the mention right after a verb trigger, with no preposition. */
export function directObject(
  toks: readonly Token[],
  trig: Hit<TriggerRule>,
  r: RightMention,
): boolean {
  // "received his Brazilian counterpart" matched as one row: the guest is inside the trigger.
  if (r.m.tokenStart < trig.end && r.m.entity.code !== "") return true;
  if (r.prep !== "" || toks[trig.end - 1]?.pos !== "VERB") return false;
  for (let i = trig.end; i < r.m.tokenStart; i++) if (!opensObject(toks[i])) return false;
  return r.m.tokenStart - trig.end <= 3;
}

/**
 * "Kurdish fighters received weapons from Washington": the subject is the recipient and the party
 * after the trigger's closing "from" is the actor; with no such party the giver is unknown.
 */
export function inverseParticipants(
  v: SentenceView,
  trig: Hit<TriggerRule>,
  right: readonly RightMention[],
  subject: Subject | undefined,
): Participants {
  const giver = right.find((r) => r.m.tokenStart - trig.end <= 2);
  return {
    actors: giver ? groupAt(v, giver.m, "right") : [],
    recipients: subject?.group ?? [],
    how: giver ? "inverse-from" : "inverse-no-giver",
    weak: !giver,
  };
}

/**
 * Words that open a descriptive aside after a name: an appositive ("Pakistan, a key U.S. ally,
 * ...") or a non-restrictive relative clause ("the Iraqi government, which backs Syria, ...").
 */
const APPOSITIVE_OPENERS = new Set(["a", "an", "the", "which", "who", "whose"]);
/** How far before its mention an appositive may open: "the militant group that rules Gaza". */
const APPOSITIVE_REACH = 10;
/** Words that make "X, the Y and Z" a list, not an appositive. */
const LIST_WORDS = new Set(["and", "or", "&"]);

/**
 * "Pakistan, a key U.S. ally in the region, has refused ...": a mention inside an appositive set
 * off by commas after another mention describes that mention, which is the clause's subject.
 * Returns the described mention, or undefined when `m` is in no such appositive before `trigStart`.
 */
export function appositiveHost(
  v: SentenceView,
  m: Mention,
  trigStart: number,
): Mention | undefined {
  const toks = v.doc.tokens;
  let close = -1;
  for (let i = m.tokenEnd; i < trigStart; i++) if (toks[i]?.text === ",") close = i;
  if (close < 0) return undefined;
  let open = m.tokenStart - 1;
  const floor = Math.max(v.s.firstToken, m.tokenStart - APPOSITIVE_REACH);
  while (open > floor && toks[open]?.text !== ",") open--;
  if (toks[open]?.text !== "," || !APPOSITIVE_OPENERS.has(toks[open + 1]?.lower ?? "")) return;
  for (let i = open + 1; i < close; i++) if (LIST_WORDS.has(toks[i]?.lower ?? "")) return;
  // "After talks with Iran, the Iraqi government, which ...": a name inside a phrase is no host.
  return v.mentions.find(
    (h) =>
      h.tokenEnd === open &&
      !h.modifierOnly &&
      h.entity.code !== "" &&
      h.kind !== "pronoun" &&
      prepBefore(toks, h.tokenStart, v.s.firstToken) === "",
  );
}

/**
 * "rejected a request by the OAS": after an active verb, a "by" phrase that follows the verb's
 * object noun names whose request (proposal, attack) it was, not who rejected it; that party is
 * the verb's recipient. Returns false for a passive or a noun trigger ("an attack by X").
 */
export function isObjectNounBy(
  toks: readonly Token[],
  trig: Hit<TriggerRule>,
  r: RightMention,
): boolean {
  if (r.prep !== "by" || toks[trig.start]?.pos !== "VERB") return false;
  let by = r.m.tokenStart - 1;
  while (by > trig.start && toks[by]?.lower !== "by") by--;
  // the by-phrase must close a noun phrase: "rejected a request by", "an offer of mediation by";
  // a trigger idiom ending in a preposition's noun ("set on fire by") is a passive, not an object
  if (toks[by - 1]?.pos !== "NOUN") return false;
  const idiom = by - 1 < trig.end && toks[by - 2]?.pos === "ADP";
  return by - 1 > trig.start && !idiom;
}

/** Prepositions that open a scene-setting phrase before the main clause: "During talks with X, Y". */
const FRONTING = new Set(["in", "during", "after", "following", "at", "before", "on"]);
/** How far into its sentence a fronted meeting noun may start: "In a telephone call with". */
const FRONT_REACH = 4;
/** How far after the meeting noun the comma closing the fronted phrase may come. */
const PHRASE_REACH = 12;
/** How far after that comma the main clause's subject may start: ", the Russian envoy". */
const SUBJECT_REACH = 3;

/**
 * "In a telephone call with his Malaysian counterpart, Singapore's defence minister said ...": a
 * meeting (CONSULT) noun in a fronted prepositional phrase has the main clause's subject as its other
 * party. Returns that subject's group, or undefined when the trigger opens no such phrase (a verb
 * before the comma, "After talks with Iran collapsed, ...", makes it a clause of its own).
 */
export function frontedSubject(v: SentenceView, trig: Hit<TriggerRule>): Mention[] | undefined {
  const toks = v.doc.tokens;
  const first = v.s.firstToken;
  // Only a meeting: "In a joint statement, X said" is the vehicle of the main clause's own act.
  if (trig.rule.type !== "CONSULT" || !FRONTING.has(toks[first]?.lower ?? "")) return undefined;
  if (trig.start <= first || trig.start - first > FRONT_REACH) return undefined;
  for (let i = first + 1; i < trig.start; i++) if (!opensObject(toks[i])) return undefined;
  const end = Math.min(v.s.endToken, trig.end + PHRASE_REACH);
  let comma = -1;
  for (let i = trig.end; i < end && comma < 0; i++) {
    const t = toks[i];
    if (t?.pos === "VERB" || t?.pos === "AUX") return undefined;
    if (t?.text === ",") comma = i;
  }
  if (comma < 0) return undefined;
  const m = v.mentions.find((x) => x.tokenStart > comma && !isPossessivePronoun(x));
  if (!m || m.tokenStart - comma > SUBJECT_REACH) return undefined;
  if (m.modifierOnly && !isPossessive(toks, m)) return undefined;
  for (let i = comma + 1; i < m.tokenStart; i++) if (!opensObject(toks[i])) return undefined;
  return groupAt(v, m, "right");
}
