import type { Modality, PloverType } from "../core/types.js";
import {
  complementModeFor,
  defaultComplementModes,
  type ComplementMode,
} from "./complement-mode.js";
import type { Hit } from "./find-hits.js";
import type { CueRule, PloverRewrite, TriggerRule } from "./lexicon.js";

/** The type, mode, CAMEO code and modality of an event after PLOVER's rewrite rules. */
export interface Rewritten {
  readonly type: PloverType;
  readonly mode: string;
  readonly cameo: string;
  readonly modality: Modality;
  /** Id of the rewrite rule that fired, if any. */
  readonly rewrite?: string;
}

/**
 * Applies the first matching rewrite of plover-rules.tsv (future CONSULT is AGREE, ...). The new
 * type takes the mode complement-modes.tsv gives its act ("would expel the diplomats" is THREATEN
 * expel, CAMEO 136), because PLOVER's threat modes record what is threatened: the trigger's act.
 */
export function applyRewrites(
  rules: readonly PloverRewrite[],
  t: TriggerRule,
  modality: Modality,
  modes: readonly ComplementMode[] = defaultComplementModes(),
): Rewritten {
  const r = rules.find((x) => x.whenType === t.type && x.whenModality === modality);
  if (!r) return { type: t.type, mode: t.mode, cameo: t.cameo, modality };
  const row = complementModeFor(modes, r.thenType, t);
  return {
    type: r.thenType,
    mode: row?.mode ?? "",
    cameo: row?.cameo || r.thenCameo,
    modality: r.thenModality,
    rewrite: r.id,
  };
}

/** The contexts of an event: the trigger's own plus those the sentence's keywords imply. */
export function contextsOf(t: TriggerRule, hits: readonly Hit<CueRule>[]): string[] {
  const set = new Set(t.context);
  for (const h of hits) if (h.rule.context) set.add(h.rule.context);
  return [...set].sort();
}

/** Facts that raise or lower how sure the coder is of an event. */
export interface ConfidenceFacts {
  readonly hasActor: boolean;
  readonly weak: boolean;
  readonly modality: Modality;
  readonly sentence: number;
  /** The trigger is an event noun in a prepositional phrase ("after talks"): setting, not news. */
  readonly background?: boolean;
  /** The trigger stands in a subordinate clause ("resigned after being accused"): setting, not news. */
  readonly subordinate?: boolean;
  /** A CONSULT with one party and no partner ("the cabinet met"): an internal meeting. */
  readonly partnerless?: boolean;
}

/**
 * Why these factors: an event with no actor or only a fallback actor is less useful; negated and
 * hypothetical events are less certain to have happened; the lede of a wire story states its main
 * event, so earlier sentences get a small bonus (it also ranks the article's main event first).
 */
const MODALITY_FACTOR: Readonly<Record<Modality, number>> = {
  asserted: 1,
  future: 0.85,
  historical: 0.8,
  hypothetical: 0.6,
  negated: 0.5,
};

/** Confidence kept by an event noun that only sets the scene ("after talks with the rebels, ..."). */
const BACKGROUND_FACTOR = 0.7;

/** Confidence kept by an event in a subordinate clause: a sentence's main clause states its news. */
const SUBORDINATE_FACTOR = 0.8;

/**
 * Confidence kept by a CONSULT with a single party: PLOVER's CONSULT is a meeting between actors, so
 * "the cabinet met and decided to ..." reports the decision; the meeting ranks below it.
 */
const PARTNERLESS_FACTOR = 0.7;

/** Bodies whose own meeting is a consultation among their members (PLOVER mode multilateral). */
const MULTILATERAL_CODES: ReadonlySet<string> = new Set(["IGO", "UNO", "EUR"]);

/**
 * True when a CONSULT has exactly one party, no recipient, and that party is no multilateral body
 * nor the trigger a multilateral forum: nobody to consult with was found.
 */
export function isPartnerlessConsult(
  type: PloverType,
  mode: string,
  actorCodes: readonly string[],
  recipients: number,
): boolean {
  if (type !== "CONSULT" || mode === "multilateral") return false;
  const [only] = actorCodes;
  return actorCodes.length === 1 && recipients === 0 && !MULTILATERAL_CODES.has(only ?? "");
}

/** Share of the remaining doubt the first sentences remove: the lede states a wire's main event. */
const LEDE_WEIGHT: readonly number[] = [0.8, 0.4];

/** Combines a trigger's base confidence with the facts of its event into [0, 1]. */
export function scoreConfidence(base: number, f: ConfidenceFacts): number {
  let c = base * MODALITY_FACTOR[f.modality];
  if (f.background) c *= BACKGROUND_FACTOR;
  else if (f.subordinate) c *= SUBORDINATE_FACTOR;
  if (f.partnerless) c *= PARTNERLESS_FACTOR;
  if (!f.hasActor) c *= 0.75;
  else if (f.weak) c *= 0.9;
  // The lede closes part of the gap to certainty, so events keep their order within a sentence.
  const lede = LEDE_WEIGHT[f.sentence] ?? 0;
  return Math.max(0.01, Math.min(0.99, 1 - (1 - c) * (1 - lede)));
}

/**
 * How much the statistical model's belief in an event's type counts against the rules' own
 * confidence. The rules decide what the event is and who takes part; the model only says how
 * likely the sentence is to report an event of that type, which ranks competing readings.
 */
export const MODEL_WEIGHT = 0.5;

/** Blends a rule confidence with the model's probability of the event's type in its sentence. */
export function blendWithModel(confidence: number, typeProb: number): number {
  const c = (1 - MODEL_WEIGHT) * confidence + MODEL_WEIGHT * typeProb;
  return Math.max(0.01, Math.min(0.99, Math.round(c * 1000) / 1000));
}
