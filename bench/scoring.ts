/**
 * Scoring of dyad's events against the shared gold sets, exactly as
 * `/work/shared/tools/score.mjs` computes it (see `/work/shared/data/SCORING.md`), plus per-type
 * tables, confusion counts and error tallies that score.mjs does not print.
 * The entry point of the bench's scoring: re-exports the basics and the triple scorer.
 */
import type { EventRecord } from "../src/core/types.js";
import { ErrorTally, type ErrorCount } from "./error-tally.js";
import {
  ClassCounter,
  bumpConfusion,
  countryCode,
  pentaClass,
  ploverV2,
  round3,
  topEvent,
  type ClassScore,
  type Confusion,
  type GoldCase,
  type Predictions,
} from "./scoring-basics.js";

export * from "./scoring-basics.js";
export * from "./triple-scoring.js";

/** Result of a single-label type task (the PLOVER pool, or a label-mapped set). */
export interface TypeScore {
  readonly cases: number;
  readonly events_out: number;
  readonly macro_f1: number;
  readonly top1_accuracy: number;
  readonly recall_any: number;
  /** Gold types only, F1 (score.mjs's `per_type`). */
  readonly per_type: Record<string, number>;
  /** Every type seen as gold or prediction (NONE only when it is a gold label): counts and P/R/F1. */
  readonly per_type_detail: Record<string, ClassScore>;
  readonly confusion: Confusion;
  /** Cases where dyad wrote no event. */
  readonly no_event_cases: number;
  readonly errors: readonly ErrorCount[];
}

/** One case of a single-label task: its gold types and, optionally, other accepted types. */
export interface LabelItem {
  readonly id: string;
  readonly gold: readonly string[];
  /** Types also counted correct (credited to the first gold type); empty in score.mjs's tasks. */
  readonly accept?: readonly string[];
}

/** Scores single-label items: top event type vs gold types, per score.mjs's PLOVER branch. */
export function scoreTypeLabels(
  items: readonly LabelItem[],
  preds: Predictions,
  tally: ErrorTally = new ErrorTally(),
): TypeScore {
  const counter = new ClassCounter();
  const confusion: Confusion = {};
  let top1 = 0;
  let anyHit = 0;
  let noEvent = 0;
  let eventsOut = 0;
  for (const item of items) {
    const es = preds.get(item.id) ?? [];
    eventsOut += es.length;
    const gold = new Set(item.gold);
    const top = topEvent(es);
    const got = top === undefined ? "NONE" : ploverV2(top.event);
    if (top === undefined) noEvent++;
    const credited = gold.has(got) ? got : item.accept?.includes(got) ? item.gold[0] : undefined;
    if (credited !== undefined) {
      counter.bump(credited, "tp");
      top1++;
      bumpConfusion(confusion, credited, credited);
    } else {
      counter.bump(got, "fp");
      for (const t of gold) {
        counter.bump(t, "fn");
        bumpConfusion(confusion, t, got);
        tally.add(got === "NONE" ? `missed:${t}` : `wrong-type:${t}->${got}`);
      }
      if (gold.size === 0) tally.add(`spurious-event:${got}`);
    }
    const accepted = (t: string): boolean => gold.has(t) || (item.accept?.includes(t) ?? false);
    if (es.some((e) => accepted(ploverV2(e.event)))) anyHit++;
  }
  return typeScoreFrom(
    counter,
    { items: items.length, top1, anyHit, noEvent, eventsOut },
    confusion,
    tally,
  );
}

function typeScoreFrom(
  counter: ClassCounter,
  n: { items: number; top1: number; anyHit: number; noEvent: number; eventsOut: number },
  confusion: Confusion,
  tally: ErrorTally,
): TypeScore {
  const scores = counter.scores();
  const goldTypes = scores.filter(([t, s]) => t !== "NONE" && s.tp + s.fn > 0);
  // NONE is listed only where it is a gold label (mapped sets): as a prediction it is no_event_cases
  const all = scores.filter(([t, s]) => t !== "NONE" || s.tp + s.fn > 0);
  // score.mjs averages the already-rounded per-type F1s, summed in first-seen order
  const sum = goldTypes.reduce((a, [, s]) => a + s.f1, 0);
  return {
    cases: n.items,
    events_out: n.eventsOut,
    macro_f1: round3(sum / (goldTypes.length || 1)),
    top1_accuracy: round3(n.top1 / (n.items || 1)),
    recall_any: round3(n.anyHit / (n.items || 1)),
    per_type: Object.fromEntries(goldTypes.map(([t, s]) => [t, s.f1])),
    per_type_detail: Object.fromEntries(all),
    confusion,
    no_event_cases: n.noEvent,
    errors: tally.top(20),
  };
}

/** Scores the PLOVER pool (plover-gsr + ngec-synthetic) as score.mjs does. */
export function scorePloverPool(
  cases: readonly GoldCase[],
  preds: Predictions,
  opts: { readonly withActorRecall: boolean },
): TypeScore & { readonly type_and_actor_recall?: number } {
  const items = cases.map((c) => ({
    id: c.id,
    gold: (c.events ?? []).map((e) => ploverV2(e.code)),
  }));
  if (!opts.withActorRecall) return scoreTypeLabels(items, preds);
  // actor errors go into the same tally so the top-20 list ranks them against type errors
  const tally = new ErrorTally();
  const plover = cases.filter((c) => c.dataset === "plover-gsr");
  const recall = typeAndActorRecall(plover, preds, tally);
  return { ...scoreTypeLabels(items, preds, tally), type_and_actor_recall: recall };
}

/** Share of gold events matched by an event of the same type whose actor or recipient has the gold source country. */
export function typeAndActorRecall(
  cases: readonly GoldCase[],
  preds: Predictions,
  tally?: ErrorTally,
): number {
  let hit = 0;
  let n = 0;
  for (const c of cases) {
    const es = preds.get(c.id) ?? [];
    for (const g of c.events ?? []) {
      n++;
      const type = ploverV2(g.code);
      const src = countryCode(g.source);
      const sameType = es.filter((e) => ploverV2(e.event) === type);
      const has = (xs: EventRecord["actor"]): boolean =>
        xs.some((a) => countryCode(a.code) === src);
      if (sameType.some((e) => has(e.actor) || has(e.recipient))) hit++;
      else if (sameType.length > 0) {
        tally?.add(
          sameType.every((e) => e.actor.length === 0) ? "missed-actor" : "wrong-actor-country",
        );
      }
    }
  }
  return round3(hit / (n || 1));
}

/** Result of the 5-way CAMEO class task (conflibert-cameo). */
export interface PentaScore {
  readonly cases: number;
  readonly events_out: number;
  readonly accuracy: number;
  /** `gold->predicted` -> count, as score.mjs prints it. */
  readonly confusion: Record<string, number>;
  readonly per_class: Record<string, ClassScore>;
  readonly errors: readonly ErrorCount[];
}

/** Scores the 5-way class of each case's top event against `events[0].code`. */
export function scorePentaClass(cases: readonly GoldCase[], preds: Predictions): PentaScore {
  let right = 0;
  let eventsOut = 0;
  const confusion: Record<string, number> = {};
  const counter = new ClassCounter();
  const tally = new ErrorTally();
  for (const c of cases) {
    const es = preds.get(c.id) ?? [];
    eventsOut += es.length;
    const top = topEvent(es);
    const got = top === undefined ? "0" : pentaClass(top.cameo);
    const gold = c.events?.[0]?.code ?? "0";
    confusion[`${gold}->${got}`] = (confusion[`${gold}->${got}`] ?? 0) + 1;
    if (got === gold) {
      right++;
      counter.bump(gold, "tp");
    } else {
      counter.bump(got, "fp");
      counter.bump(gold, "fn");
      tally.add(top === undefined ? `missed:${gold}` : `wrong-type:${gold}->${got}`);
    }
  }
  const perClass = Object.fromEntries(counter.scores().sort(([a], [b]) => a.localeCompare(b)));
  return {
    cases: cases.length,
    events_out: eventsOut,
    accuracy: round3(right / (cases.length || 1)),
    confusion,
    per_class: perClass,
    errors: tally.top(20),
  };
}
