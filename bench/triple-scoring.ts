/**
 * Dyadic CAMEO triple scoring (petr2-gsr, and the PETRARCH / TABARI suites) as score.mjs does it.
 */
import type { EventRecord } from "../src/core/types.js";
import { ErrorTally, classifyTripleErrors, type ErrorCount } from "./error-tally.js";
import {
  countryCode,
  prf,
  round3,
  type GoldCase,
  type Predictions,
  type Prf,
} from "./scoring-basics.js";

/** Result of a dyadic triple task (petr2-gsr, petr-unittest, tabari-validation). */
export interface TripleScore extends Prf {
  readonly cases: number;
  readonly events_out: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly records_exact: number;
  readonly errors: readonly ErrorCount[];
}

/**
 * Triple key for scoring. `full`: full actor codes and full CAMEO code (the suites);
 * else country codes and the CAMEO root (petr2-gsr).
 */
export function tripleKey(s: string, t: string, code: string, full: boolean): string {
  return full ? `${s}|${t}|${code}` : `${countryCode(s)}|${countryCode(t)}|${code.slice(0, 2)}`;
}

/** The actor code a suite compares: `code_full`, else `code` + first sector (ARN + GOV = ARNGOV). */
export function fullActorCode(a: EventRecord["actor"][number]): string {
  return a.code_full ?? `${a.code}${a.sector[0] ?? ""}`;
}

/** The gold triple set of one case. */
export function goldTriples(c: GoldCase, full: boolean): Set<string> {
  return new Set(
    (c.events ?? []).map((e) => tripleKey(e.source ?? "---", e.target ?? "---", e.code, full)),
  );
}

/** The predicted triple set of one case: actor x recipient, else ordered actor pairs, else (actor, ---). */
export function predictedTriples(events: readonly EventRecord[], full: boolean): Set<string> {
  const got = new Set<string>();
  for (const e of events) {
    const A = e.actor.map((a) => (full ? fullActorCode(a) : a.code));
    const R = e.recipient.map((a) => (full ? fullActorCode(a) : a.code));
    if (R.length > 0) for (const a of A) for (const r of R) got.add(tripleKey(a, r, e.cameo, full));
    else if (A.length > 1) {
      for (const a of A) for (const r of A) if (a !== r) got.add(tripleKey(a, r, e.cameo, full));
    } else for (const a of A) got.add(tripleKey(a, "---", e.cameo, full));
  }
  return got;
}

/** Scores triples: micro P/R/F1 and the share of records whose triple set equals the gold set. */
export function scoreTriples(
  cases: readonly GoldCase[],
  preds: Predictions,
  opts: { readonly full: boolean },
): TripleScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  let eventsOut = 0;
  const tally = new ErrorTally();
  for (const c of cases) {
    const es = preds.get(c.id) ?? [];
    eventsOut += es.length;
    const gold = goldTriples(c, opts.full);
    const got = predictedTriples(es, opts.full);
    let t = 0;
    for (const g of gold) if (got.has(g)) t++;
    tp += t;
    fn += gold.size - t;
    fp += got.size - t;
    if (gold.size === got.size && t === gold.size) exact++;
    classifyTripleErrors(gold, got, opts.full, tally);
  }
  return {
    cases: cases.length,
    events_out: eventsOut,
    tp,
    fp,
    fn,
    ...prf(tp, fp, fn),
    records_exact: round3(exact / (cases.length || 1)),
    errors: tally.top(20),
  };
}
