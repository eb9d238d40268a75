import type { Mention, Token } from "../core/types.js";
import type { Hit } from "./find-hits.js";
import type { TriggerRule } from "./lexicon.js";

/**
 * "Syrian rebels engaged Filipino peacekeepers in a firefight": an event noun in an `in`/`into`
 * phrase after a verb and its object takes the verb's subject as actor and its object as recipient.
 * Returns the two mentions, or undefined when the sentence has no such frame.
 */
export function nounInVerbFrame(
  toks: readonly Token[],
  mentions: readonly Mention[],
  trig: Hit<TriggerRule>,
): { readonly subject: Mention; readonly object: Mention } | undefined {
  // The trigger may open with an adjective ("heavy clashes"); its head is its last word.
  if (toks[trig.end - 1]?.pos !== "NOUN") return undefined;
  let j = trig.start - 1;
  while (j >= 0 && ["DET", "ADJ", "NUM"].includes(toks[j]!.pos)) j--;
  if (!FRAME_PREPS.has(toks[j]?.lower ?? "")) return undefined;
  const object = mentions.find((m) => m.tokenEnd === j && !m.modifierOnly);
  if (!object) return undefined;
  let v = object.tokenStart - 1;
  while (v >= 0 && toks[v]!.pos === "DET") v--;
  if (toks[v]?.pos !== "VERB") return undefined;
  const subject = [...mentions]
    .reverse()
    .find((m) => m.tokenEnd <= v && v - m.tokenEnd <= 2 && !m.modifierOnly);
  return subject ? { subject, object } : undefined;
}

const FRAME_PREPS = new Set(["in", "into"]);

/**
 * The owner named in a passive subject ("The Russian building was demolished"): when a passive has
 * no actor-like subject, a country modifying the damaged thing is the recipient.
 */
export function passiveOwner(
  toks: readonly Token[],
  mentions: readonly Mention[],
  trig: Hit<TriggerRule>,
): Mention | undefined {
  let owner: Mention | undefined;
  for (const m of mentions) {
    if (m.tokenEnd > trig.start) break;
    if (!m.modifierOnly) return undefined;
    owner = m;
  }
  if (!owner) return undefined;
  for (let i = owner.tokenEnd; i < trig.start; i++)
    if ([",", ";", "and", "that", "which"].includes(toks[i]!.lower)) return undefined;
  return owner;
}
