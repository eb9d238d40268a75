/**
 * Scoring of the gold sets whose labels are not PLOVER (CASE 2021 task 2, IndiaPoliceEvents),
 * through the label maps in `label-maps.ts`.
 */
import type { EventRecord } from "../src/core/types.js";
import { ErrorTally, type ErrorCount } from "./error-tally.js";
import {
  CASE2021_TO_PLOVER,
  IPE_TO_PLOVER,
  type CaseLabelRow,
  type IpeLabelRow,
} from "./label-maps.js";
import {
  ClassCounter,
  round3,
  scoreTypeLabels,
  type ClassScore,
  type GoldCase,
  type LabelItem,
  type Predictions,
  type TypeScore,
} from "./scoring.js";

/** A label-mapped single-label score, with the cases left out and why. */
export interface MappedTypeScore extends TypeScore {
  /** Gold label -> number of cases not scored (no PLOVER reading, or label missing from the map). */
  readonly unscored: Record<string, number>;
}

/** Scores CASE 2021 task 2 as a single-label PLOVER task through `rows` (default: the shipped map). */
export function scoreCase2021(
  cases: readonly GoldCase[],
  preds: Predictions,
  rows: readonly CaseLabelRow[] = CASE2021_TO_PLOVER,
): MappedTypeScore {
  const byLabel = new Map(rows.map((r) => [r.label, r]));
  const items: LabelItem[] = [];
  const unscored: Record<string, number> = {};
  for (const c of cases) {
    const label = c.events?.[0]?.code ?? "";
    const r = byLabel.get(label);
    if (r?.plover === null || r === undefined) {
      unscored[label] = (unscored[label] ?? 0) + 1;
      continue;
    }
    items.push({ id: c.id, gold: [r.plover], accept: r.accept });
  }
  return { ...scoreTypeLabels(items, preds), unscored };
}

/** A multi-label sentence detection score (IndiaPoliceEvents). */
export interface DetectionScore {
  readonly cases: number;
  readonly events_out: number;
  /** Share of sentences whose predicted set of scored labels equals the gold set. */
  readonly accuracy: number;
  readonly macro_f1: number;
  readonly per_label: Record<string, ClassScore>;
  readonly errors: readonly ErrorCount[];
}

/** True when `e` makes label `r` predicted. */
export function matchesLabel(e: EventRecord, r: IpeLabelRow): boolean {
  if (!r.types.includes(e.event)) return false;
  if (
    r.actorSectors.length &&
    !e.actor.some((a) => a.sector.some((s) => r.actorSectors.includes(s)))
  )
    return false;
  if (r.modes.length === 0 && r.cameoPrefixes.length === 0) return true;
  return (
    r.modes.some((m) => e.mode.includes(m)) || r.cameoPrefixes.some((p) => e.cameo.startsWith(p))
  );
}

/** Scores sentence labels as independent yes/no detections through `rows` (default: the IPE map). */
export function scoreDetection(
  cases: readonly GoldCase[],
  preds: Predictions,
  rows: readonly IpeLabelRow[] = IPE_TO_PLOVER,
): DetectionScore {
  const scored = rows.filter((r) => r.types.length > 0);
  const counter = new ClassCounter();
  for (const r of scored) counter.ensure(r.label);
  const tally = new ErrorTally();
  let exact = 0;
  let eventsOut = 0;
  for (const c of cases) {
    const es = preds.get(c.id) ?? [];
    eventsOut += es.length;
    const gold = new Set((c.events ?? []).map((e) => e.code));
    let allRight = true;
    for (const r of scored) {
      const want = gold.has(r.label);
      const got = es.some((e) => matchesLabel(e, r));
      if (want && got) counter.bump(r.label, "tp");
      else if (want !== got) {
        allRight = false;
        counter.bump(r.label, want ? "fn" : "fp");
        tally.add(want ? `missed:${r.label}` : `spurious-event:${r.label}`);
      }
    }
    if (allRight) exact++;
  }
  const perLabel = counter.scores();
  const f1s = perLabel.map(([, s]) => s.f1);
  return {
    cases: cases.length,
    events_out: eventsOut,
    accuracy: round3(exact / (cases.length || 1)),
    macro_f1: round3(f1s.reduce((a, b) => a + b, 0) / (f1s.length || 1)),
    per_label: Object.fromEntries(perLabel),
    errors: tally.top(20),
  };
}
