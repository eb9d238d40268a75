/**
 * The building blocks of score.mjs's scoring (see `/work/shared/data/SCORING.md`): gold shapes,
 * case filtering, rounding, P/R/F1, the v0->v2 PLOVER map, the 5-way class and top-event choice.
 */
import type { EventRecord } from "../src/core/types.js";

/** One gold event as written in a dataset's `cases.jsonl` (only the fields scoring reads). */
export interface GoldEvent {
  readonly source?: string | null;
  readonly target?: string | null;
  readonly code: string;
  readonly scheme?: string;
}

/** One gold case (common schema of `/work/shared/data/<dataset>/cases.jsonl`). */
export interface GoldCase {
  readonly id: string;
  readonly dataset?: string;
  readonly text: string;
  readonly date?: string;
  readonly lang?: string;
  readonly events?: readonly GoldEvent[];
}

/** Predicted events per case id (a case with no entry has no events). */
export type Predictions = ReadonlyMap<string, readonly EventRecord[]>;

/** Precision, recall and F1, each rounded to 3 decimals. */
export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
}

/** Raw counts of one class with their rounded precision/recall/F1. */
export interface ClassScore extends Prf {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Gold type -> predicted type -> number of cases. */
export type Confusion = Record<string, Record<string, number>>;

// PLOVER 0.x names in older gold -> v2.0 types (score.mjs's V0 table).
const V0: Readonly<Record<string, string>> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
  FIGHT: "ASSAULT",
  CRIME: "ASSAULT",
  CONSULT: "CONSULT",
};

/** Keeps the cases score.mjs scores: English (`lang` absent counts as en) with `events` defined. */
export function scorableCases(cases: readonly GoldCase[]): GoldCase[] {
  return cases.filter((c) => (c.lang ?? "en") === "en" && c.events !== undefined);
}

/** Rounds to 3 decimals the way score.mjs does (`+x.toFixed(3)`). */
export function round3(x: number): number {
  return +x.toFixed(3);
}

/** Precision/recall/F1 from counts; an empty denominator counts as 1, as in score.mjs. */
export function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p: round3(p), r: round3(r), f1: round3((2 * p * r) / (p + r || 1)) };
}

/** Maps a PLOVER type name (v0 or v2, any case) to its v2.0 name. */
export function ploverV2(code: string): string {
  const up = code.toUpperCase();
  return V0[up] ?? up;
}

/** First three letters of an actor code, upper-cased; empty or `---` is `---`. */
export function countryCode(code: string | null | undefined): string {
  const s = (code ?? "").toUpperCase().slice(0, 3);
  return s === "" || s === "---" ? "---" : s;
}

/** The 5-way CAMEO class of a CAMEO code: 01-02 0, 03-05 1, 06-08 2, 09-13 and 16 3, else 4; none 0. */
export function pentaClass(cameo: string | undefined): string {
  const r = Number((cameo ?? "").slice(0, 2));
  if (!r || r <= 2) return "0";
  if (r <= 5) return "1";
  if (r <= 8) return "2";
  if (r <= 13 || r === 16) return "3";
  return "4";
}

/** The event a single-label task reads: highest confidence, ties broken by output order. */
export function topEvent(events: readonly EventRecord[]): EventRecord | undefined {
  let best: EventRecord | undefined;
  for (const e of events) if (best === undefined || e.confidence > best.confidence) best = e;
  return best;
}

/** Counts per class in first-seen order (score.mjs sums per-type F1 in that order). */
export class ClassCounter {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  /** Adds one to the `kind` count of class `cls`. */
  bump(cls: string, kind: "tp" | "fp" | "fn"): void {
    this.row(cls)[kind]++;
  }

  /** Registers `cls` with zero counts, so it is listed (in this order) even if never seen. */
  ensure(cls: string): void {
    this.row(cls);
  }

  private row(cls: string): { tp: number; fp: number; fn: number } {
    let c = this.counts.get(cls);
    if (c === undefined) this.counts.set(cls, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }

  /** Per-class counts and rounded P/R/F1, in first-seen order. */
  scores(): Array<[string, ClassScore]> {
    return [...this.counts].map(([k, c]) => [k, { ...c, ...prf(c.tp, c.fp, c.fn) }]);
  }
}

/** Adds one case to a confusion table. */
export function bumpConfusion(confusion: Confusion, gold: string, got: string): void {
  const row = (confusion[gold] ??= {});
  row[got] = (row[got] ?? 0) + 1;
}
