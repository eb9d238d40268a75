/**
 * Participant readings of particular trigger roles and frames: the inverse role ("received
 * weapons from Y") and the direct object of a meeting verb ("met the Chinese ambassador").
 */
import type { Token } from "../core/types.js";
import type { Hit } from "./find-hits.js";
import type { TriggerRule } from "./lexicon.js";
import type { Participants, SentenceView, Subject } from "./participants.js";
import type { RightMention } from "./right-mentions.js";
import { groupAt } from "./conjoined.js";

/** "met the Chinese ambassador": the mention right after a verb trigger, with no preposition. */
export function directObject(
  toks: readonly Token[],
  trig: Hit<TriggerRule>,
  r: RightMention,
): boolean {
  // "received his Brazilian counterpart" matched as one row: the guest is inside the trigger.
  if (r.m.tokenStart < trig.end && r.m.entity.code !== "") return true;
  if (r.prep !== "" || toks[trig.end - 1]?.pos !== "VERB") return false;
  for (let i = trig.end; i < r.m.tokenStart; i++)
    if (!["DET", "ADJ", "NUM"].includes(toks[i]?.pos ?? "")) return false;
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
