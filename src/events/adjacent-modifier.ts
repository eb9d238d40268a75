/**
 * Actors named inside a noun trigger's own phrase: the modifier right before the event noun.
 */
import type { Mention, Token } from "../core/types.js";
import type { Hit } from "./find-hits.js";
import type { TriggerRule } from "./lexicon.js";
import type { SentenceView } from "./participants.js";

/**
 * The actor named right before a noun trigger: a modifier-only mention ("Israeli airstrikes") or a
 * forces noun compounded with it ("police firing").
 */
export function adjacentModifier(v: SentenceView, trig: Hit<TriggerRule>): Mention | undefined {
  const toks = v.doc.tokens;
  for (const m of v.mentions) {
    if (m.tokenEnd > trig.start) break;
    const gap = trig.start - m.tokenEnd;
    if (gap > 1) continue;
    if (gap === 1 && toks[m.tokenEnd]?.pos !== "ADJ") continue;
    if (m.modifierOnly || (gap === 0 && isCompoundAgent(toks, m, trig))) return m;
  }
  return undefined;
}

/** Sectors whose noun before an event noun names who did it: "police firing", "army shelling". */
const AGENT_SECTORS = new Set(["COP", "MIL", "REB"]);

/**
 * "police firing", "rebel attacks": a forces noun compounded with an event noun is its agent. Other
 * nouns in that slot are as often the target or place ("the embassy attack"), so only forces count.
 */
function isCompoundAgent(toks: readonly Token[], m: Mention, trig: Hit<TriggerRule>): boolean {
  const head = toks[trig.start];
  // The tagger reads some event nouns after a noun as gerunds ("army shelling") and a sentence's
  // first word as a proper noun ("Rebel attacks").
  const eventNoun = head?.pos === "NOUN" || (head?.pos === "VERB" && head.lower.endsWith("ing"));
  const modifier = toks[m.tokenEnd - 1]?.pos;
  return (
    eventNoun &&
    (modifier === "NOUN" || modifier === "PROPN") &&
    m.entity.sector.some((s) => AGENT_SECTORS.has(s))
  );
}
