/**
 * Passive voice around a trigger: "were arrested by police", and reduced passives such as
 * "ten soldiers killed in ..." or "a resolution proposed by ...".
 */
import type { Token } from "../core/types.js";
import type { Hit } from "./find-hits.js";
import type { TriggerRule } from "./lexicon.js";

const AUX_PASSIVE = new Set(["be", "get"]);

/**
 * Passive voice: a participle after "be"/"get" ("were arrested"), or a reduced passive right after
 * a noun with no object following ("ten soldiers killed in Ukraine", "civilians imprisoned for ...").
 */
export function isPassive(
  toks: readonly Token[],
  trig: Hit<TriggerRule>,
): "full" | "reduced" | false {
  const head = toks[trig.start]!;
  if (head.pos !== "VERB" || head.lower === head.lemma || head.lower.endsWith("ing")) return false;
  for (let j = trig.start - 1; j >= Math.max(0, trig.start - 3); j--) {
    const t = toks[j]!;
    if (t.pos === "ADV" || t.lower === "not" || t.lower === "n't") continue;
    if (AUX_PASSIVE.has(t.lemma) || (t.lemma === "have" && toks[j + 1]?.lower === "been"))
      return "full";
    if (t.lemma === "and" || t.text === ",") continue; // "were killed and wounded"
    return isReducedPassive(toks, trig, t) ? "reduced" : false;
  }
  return false;
}

/**
 * "There were ten soldiers killed in ...": a participle after a noun is passive only when the
 * clause already has its finite "be" before that noun; otherwise "the minister resigned on
 * Friday" would read as passive.
 */
function isReducedPassive(toks: readonly Token[], trig: Hit<TriggerRule>, before: Token): boolean {
  if (trig.end !== trig.start + 1 || !(before.pos === "NOUN" || before.pos === "PROPN"))
    return false;
  if (!/(ed|en|wn)$/.test(toks[trig.start]!.lower)) return false;
  const after = toks[trig.end];
  if (after?.lower === "by") return true;
  // "Turkey warned that relations may be suspended": "that" opens the verb's complement clause,
  // whose finite verb says nothing of a reduced relative.
  if (
    (after?.pos === "ADP" || after?.pos === "SCONJ") &&
    after.lower !== "that" &&
    finiteVerbFollows(toks, trig.end)
  )
    return true;
  if (!(
    after === undefined ||
    after.pos === "PUNCT" ||
    (after.pos === "ADP" && after.lower !== "of")
  ))
    return false;
  for (let j = before.i - 1; j >= Math.max(0, before.i - 8); j--) {
    const t = toks[j]!;
    if (t.text === "," || t.text === ";" || t.pos === "VERB") return false;
    if (t.lemma === "be") return true;
  }
  return false;
}

/** Finite auxiliaries and modals: the main verb of a subject that a participle only describes. */
const FINITE = new Set(
  "is are was were will would has have had can could may might should must".split(" "),
);
/** How far after a participle phrase the clause's own finite verb is looked for. */
const FINITE_REACH = 15;

/**
 * "Officials accused of fraud were arrested", "the men jailed for spying will be freed": a finite
 * verb after the participle's phrase (before any comma) shows the participle describes the noun.
 */
function finiteVerbFollows(toks: readonly Token[], from: number): boolean {
  for (let i = from; i < Math.min(toks.length, from + FINITE_REACH); i++) {
    const t = toks[i]!;
    if (t.pos === "PUNCT") return false;
    if (t.pos === "VERB" && !/(ed|ing)$/.test(t.lower)) return false;
    if (t.pos === "AUX" && FINITE.has(t.lower)) return true;
  }
  return false;
}

/** How far after an event noun the "by" of its clause's passive verb may come, in tokens. */
const NOUN_PASSIVE_REACH = 8;

/**
 * "Evidence against Iran was presented by Israel", "the attack was carried out by rebels": an event
 * noun that is the subject of a full passive has that passive's "by" phrase as its doer. True when
 * the only verb between the noun trigger and the mention at `agentStart` is a participle after
 * "be", followed by "by" (adverbs and particles may sit between), and no other trigger sits there.
 */
export function isNounPassiveAgent(
  toks: readonly Token[],
  trig: Hit<TriggerRule>,
  agentStart: number,
  triggers: readonly Hit<TriggerRule>[],
): boolean {
  if (agentStart - trig.end > NOUN_PASSIVE_REACH) return false;
  // "The attack was condemned by France": a passive verb that is an event of its own has the
  // "by" agent for that event (the condemnation), not for the noun.
  if (triggers.some((t) => t !== trig && t.start >= trig.end && t.start < agentStart)) return false;
  // A capitalised first word of a sentence may be tagged as a proper noun ("Evidence against ...").
  if (!toks.slice(trig.start, trig.end).some((t) => t.pos === "NOUN" || t.pos === "PROPN"))
    return false;
  let verbs = 0;
  let passive = false;
  for (let i = trig.end; i < agentStart; i++) {
    const t = toks[i]!;
    if (t.pos !== "VERB") continue;
    verbs++;
    const aux = toks[i - 1];
    passive = aux !== undefined && AUX_PASSIVE.has(aux.lemma) && /(ed|en|wn|ut)$/.test(t.lower);
  }
  return verbs === 1 && passive;
}

/**
 * "a mortar bomb was fired at the town": an event noun that is the subject of a full passive
 * (its agent left out). True when "be" and a participle follow the trigger (adverbs may sit between).
 */
export function isNounPassiveSubject(toks: readonly Token[], trig: Hit<TriggerRule>): boolean {
  if (!toks.slice(trig.start, trig.end).some((t) => t.pos === "NOUN" || t.pos === "PROPN"))
    return false;
  let i = trig.end;
  // "a mortar bomb was fired": the noun phrase may go on after the trigger's own words.
  while (toks[i]?.pos === "ADV" || toks[i]?.pos === "NOUN") i++;
  if (!AUX_PASSIVE.has(toks[i]?.lemma ?? "")) return false;
  i++;
  while (toks[i]?.pos === "ADV" || toks[i]?.lower === "been") i++;
  const v = toks[i];
  return v?.pos === "VERB" && /(ed|en|wn|ut)$/.test(v.lower);
}
