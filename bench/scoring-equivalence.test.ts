/**
 * Property test: on random cases and predictions, bench/scoring.ts reports the same numbers as
 * score.mjs's formulas, transcribed below line by line (nothing is imported from ../shared).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EventRecord, PloverType } from "../src/core/types.js";
import {
  scorePentaClass,
  scorePloverPool,
  scoreTriples,
  type GoldCase,
  type GoldEvent,
} from "./scoring.js";
import { ev, gold, type EventSpec } from "./test-events.js";

type ByCase = Map<string, EventRecord[]>;

// ---- transcription of score.mjs (same names, same expressions) ----
const V0: Record<string, string> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
  FIGHT: "ASSAULT",
  CRIME: "ASSAULT",
  CONSULT: "CONSULT",
};
const plover = (t: string): string => V0[t.toUpperCase()] ?? t.toUpperCase();
const cc = (code: string | null | undefined): string => {
  const s = (code ?? "").toString().toUpperCase().slice(0, 3);
  return s === "" || s === "---" ? "---" : s;
};
const penta = (cameo: string): string => {
  const r = Number(String(cameo ?? "").slice(0, 2));
  if (!r) return "0";
  if (r <= 2) return "0";
  if (r <= 5) return "1";
  if (r <= 8) return "2";
  if (r <= 13 || r === 16) return "3";
  return "4";
};
const f1 = (tp: number, fp: number, fn: number) => {
  const p = tp / (tp + fp || 1),
    r = tp / (tp + fn || 1);
  return { p: +p.toFixed(3), r: +r.toFixed(3), f1: +((2 * p * r) / (p + r || 1)).toFixed(3) };
};

function refPool(cases: GoldCase[], byCase: ByCase) {
  const pred = (c: GoldCase) => byCase.get(c.id) ?? [];
  const per: Record<string, { tp: number; fp: number; fn: number }> = {};
  const bump = (t: string, k: "tp" | "fp" | "fn") => {
    per[t] ??= { tp: 0, fp: 0, fn: 0 };
    per[t][k]++;
  };
  let anyHit = 0,
    top1 = 0;
  for (const c of cases) {
    const gold = new Set((c.events ?? []).map((e) => plover(e.code)));
    const es = pred(c)
      .map((e, i) => [e, i] as const)
      .sort((a, b) => (b[0].confidence ?? 0) - (a[0].confidence ?? 0) || a[1] - b[1]);
    const got = es.length ? plover(es[0]![0].event) : "NONE";
    if (gold.has(got)) {
      bump(got, "tp");
      top1++;
    } else {
      bump(got, "fp");
      for (const t of gold) bump(t, "fn");
    }
    if (pred(c).some((e) => gold.has(plover(e.event)))) anyHit++;
  }
  const goldTypes = Object.keys(per).filter((t) => t !== "NONE" && per[t]!.tp + per[t]!.fn > 0);
  const perType = Object.fromEntries(
    goldTypes.map((t) => [t, f1(per[t]!.tp, per[t]!.fp, per[t]!.fn).f1]),
  );
  const pc = cases.filter((c) => c.dataset === "plover-gsr");
  let hit = 0,
    n = 0;
  for (const c of pc)
    for (const g of c.events ?? []) {
      n++;
      const codes = (xs: EventRecord["actor"]) => xs.map((a) => cc(a.code));
      if (
        pred(c).some(
          (e) =>
            plover(e.event) === plover(g.code) &&
            (codes(e.actor).includes(cc(g.source)) || codes(e.recipient).includes(cc(g.source))),
        )
      )
        hit++;
    }
  return {
    macro_f1: +(goldTypes.reduce((a, t) => a + perType[t]!, 0) / (goldTypes.length || 1)).toFixed(
      3,
    ),
    top1_accuracy: +(top1 / (cases.length || 1)).toFixed(3),
    recall_any: +(anyHit / (cases.length || 1)).toFixed(3),
    per_type: perType,
    type_and_actor_recall: +(hit / (n || 1)).toFixed(3),
  };
}

function refPenta(cases: GoldCase[], byCase: ByCase) {
  let right = 0;
  const conf: Record<string, number> = {};
  for (const c of cases) {
    const es = (byCase.get(c.id) ?? [])
      .slice()
      .sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0));
    const got = es.length ? penta(es[0]!.cameo) : "0";
    const gold = c.events![0]!.code;
    if (got === gold) right++;
    conf[`${gold}->${got}`] = (conf[`${gold}->${got}`] ?? 0) + 1;
  }
  return { accuracy: +(right / (cases.length || 1)).toFixed(3), confusion: conf };
}

function refTriples(cases: GoldCase[], byCase: ByCase, full: boolean) {
  let tp = 0,
    fp = 0,
    fn = 0,
    exact = 0;
  for (const c of cases) {
    const key = (s: string, t: string, code: string) =>
      full ? `${s}|${t}|${code}` : `${cc(s)}|${cc(t)}|${String(code).slice(0, 2)}`;
    const gold = new Set(
      (c.events ?? []).map((e) => key(e.source ?? "---", e.target ?? "---", e.code)),
    );
    const got = new Set<string>();
    for (const e of byCase.get(c.id) ?? []) {
      const fullCode = (a: EventRecord["actor"][number]) =>
        a.code_full ?? `${a.code ?? "---"}${(a.sector ?? [])[0] ?? ""}`;
      const A = (e.actor ?? []).map((a) => (full ? fullCode(a) : a.code));
      const R = (e.recipient ?? []).map((a) => (full ? fullCode(a) : a.code));
      if (R.length) for (const a of A) for (const r of R) got.add(key(a, r, e.cameo));
      else if (A.length > 1)
        for (const a of A)
          for (const r of A) {
            if (a !== r) got.add(key(a, r, e.cameo));
          }
      else for (const a of A) got.add(key(a, "---", e.cameo));
    }
    let t = 0;
    for (const g of gold) if (got.has(g)) t++;
    tp += t;
    fn += gold.size - t;
    fp += got.size - t;
    if (gold.size === got.size && t === gold.size) exact++;
  }
  return { ...f1(tp, fp, fn), records_exact: +(exact / (cases.length || 1)).toFixed(3) };
}
// ---- end of transcription ----

const TYPES: PloverType[] = ["AGREE", "CONSULT", "REQUEST", "ACCUSE", "PROTEST", "ASSAULT"];
const GOLD_TYPES = [...TYPES, "DEMAND", "FIGHT", "DISAPPROVE"];
const CODES = ["USA", "USAGOV", "RUS", "---", "ARN"];
const CAMEOS = [
  "010",
  "036",
  "040",
  "042",
  "057",
  "084",
  "112",
  "145",
  "160",
  "190",
  "193",
  "19",
  "",
];

const entityArb = fc.record({
  code: fc.constantFrom(...CODES),
  sector: fc.constantFrom([], ["GOV"], ["MIL", "GOV"]),
});
const eventArb = fc.record({
  event: fc.constantFrom(...TYPES),
  confidence: fc.constantFrom(0.3, 0.5, 0.9),
  cameo: fc.constantFrom(...CAMEOS),
  actor: fc.array(entityArb, { maxLength: 3 }),
  recipient: fc.array(entityArb, { maxLength: 2 }),
});
const goldEventArb = fc.record({
  code: fc.constantFrom(...GOLD_TYPES, ...CAMEOS.filter(Boolean), "0", "1", "2", "3", "4"),
  source: fc.option(fc.constantFrom(...CODES), { nil: null }),
  target: fc.option(fc.constantFrom(...CODES), { nil: null }),
});
const caseArb = fc.record({
  dataset: fc.constantFrom("plover-gsr", "ngec-synthetic"),
  events: fc.array(goldEventArb, { minLength: 1, maxLength: 3 }),
  preds: fc.array(eventArb, { maxLength: 4 }),
});

interface RandomCase {
  readonly dataset: string;
  readonly events: readonly GoldEvent[];
  readonly preds: readonly EventSpec[];
}

function build(rows: readonly RandomCase[]): { cases: GoldCase[]; byCase: ByCase } {
  const cases = rows.map((r, i) => gold(`c${i}`, r.events, { dataset: r.dataset }));
  const byCase: ByCase = new Map(rows.map((r, i) => [`c${i}`, r.preds.map((p) => ev(`c${i}`, p))]));
  return { cases, byCase };
}

describe("equivalence with score.mjs's formulas", () => {
  const rowsArb = fc.array(caseArb, { maxLength: 25 });

  it("PLOVER pool", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { cases, byCase } = build(rows);
        const mine = scorePloverPool(cases, byCase, { withActorRecall: true });
        const ref = refPool(cases, byCase);
        expect({ ...ref, per_type: Object.entries(ref.per_type) }).toEqual({
          macro_f1: mine.macro_f1,
          top1_accuracy: mine.top1_accuracy,
          recall_any: mine.recall_any,
          per_type: Object.entries(mine.per_type),
          type_and_actor_recall: mine.type_and_actor_recall,
        });
      }),
    );
  });

  it("5-way class", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { cases, byCase } = build(rows);
        const mine = scorePentaClass(cases, byCase);
        expect(refPenta(cases, byCase)).toEqual({
          accuracy: mine.accuracy,
          confusion: mine.confusion,
        });
      }),
    );
  });

  it.each([false, true])("triples (full codes: %s)", (full) => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const { cases, byCase } = build(rows);
        const mine = scoreTriples(cases, byCase, { full });
        expect(refTriples(cases, byCase, full)).toEqual({
          p: mine.p,
          r: mine.r,
          f1: mine.f1,
          records_exact: mine.records_exact,
        });
      }),
    );
  });
});
