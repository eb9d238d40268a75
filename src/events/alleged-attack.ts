/**
 * Alleged attacks: "Russia claimed that Ukrainian forces had shelled the town" reports Russia's
 * accusation of aggression against Ukraine (CAMEO 1123, PLOVER ACCUSE allege), not a shelling that
 * the sentence asserts. An `allegation` cue of cues.tsv ("claimed that", "alleged that") whose
 * speaker is one party and whose clause holds an attack by another becomes that accusation.
 */
import type { Mention, Token } from "../core/types.js";
import { sameEntity, type Speech } from "./attribution.js";
import { isBarrier, type Hit } from "./find-hits.js";
import type { TriggerRule } from "./lexicon.js";
import type { Participants } from "./participants.js";

/**
 * CAMEO code of the accusation per root of the alleged act: force (19, 20) is aggression (1123);
 * an assault (18: killing, torture, bombing by non-state groups) is a plain accusation (112).
 */
const ACCUSATION_CODES: ReadonlyMap<string, string> = new Map([
  ["18", "112"],
  ["19", "1123"],
  ["20", "1123"],
]);
/** How far after the cue the alleged act may start ("claimed that X had attacked Y and taken Z"). */
const REACH = 12;

/** An event rewritten as the accusation its allegation cue makes. */
export interface Accusation {
  readonly trigger: Hit<TriggerRule>;
  readonly participants: Participants;
}

/**
 * The accusation an alleged attack makes, or undefined when the act is no attack, no allegation
 * cue governs it, the cue has no speaker, the attacker is unknown, or the speaker claims its own act
 * ("Pakistan claimed that its jets bombed the camps" asserts the strike).
 */
export function allegedAttack(
  tokens: readonly Token[],
  trig: Hit<TriggerRule>,
  found: Participants,
  allegations: readonly Speech[],
): Accusation | undefined {
  const code = ACCUSATION_CODES.get(trig.rule.cameo.slice(0, 2));
  if (code === undefined || found.actors.length === 0) return undefined;
  const cue = governingCue(tokens, trig.start, allegations);
  const speaker = cue?.speaker;
  if (!cue || !speaker || found.actors.some((a) => isSameParty(speaker, a))) return undefined;
  const rule: TriggerRule = {
    ...trig.rule,
    id: `accuse-alleged-attack+${trig.rule.id}`,
    type: "ACCUSE",
    mode: "allege",
    context: ["military"],
    cameo: code,
    role: "dyadic",
  };
  return {
    // The evidence runs from the cue, so the cue itself does not read as the act's hedge.
    trigger: { rule, start: cue.start, end: trig.end },
    participants: {
      actors: [speaker],
      recipients: found.actors,
      how: "alleging-speaker",
      weak: false,
    },
  };
}

/** The nearest allegation cue ending before `start`, in the same clause and within reach. */
function governingCue(
  tokens: readonly Token[],
  start: number,
  allegations: readonly Speech[],
): Speech | undefined {
  let best: Speech | undefined;
  for (const a of allegations)
    if (a.end <= start && start - a.end <= REACH && (!best || a.end > best.end)) best = a;
  if (!best) return undefined;
  for (let i = best.end; i < start; i++) if (isBarrier(tokens[i])) return undefined;
  return best;
}

/** One party, or a party and its own country's forces ("Israel" and "Israeli jets"). */
function isSameParty(speaker: Mention, actor: Mention): boolean {
  return (
    sameEntity(speaker, actor) ||
    (speaker.entity.code !== "" && speaker.entity.code === actor.entity.code)
  );
}
