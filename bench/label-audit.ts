/**
 * The team's audit of a gold set's labels (bench/audits/*.tsv): for a sample of cases, our own
 * PLOVER 2.0 reading of the text next to the label. It tells how much of a score gap is the
 * labels' (a label the text does not support) and how a careful human reading scores on the same
 * metric, so dyad's figure can be read against that ceiling.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readTsv } from "../src/core/read-tsv.js";
import { ClassCounter, ploverV2, round3, topEvent, type Predictions } from "./scoring-basics.js";

/** One audited case. */
export interface AuditRow {
  readonly id: string;
  readonly label: string;
  /** The auditor's type for the text's main event, or NONE. */
  readonly main: string;
  /** Does the first paragraph report an event of the label's type? */
  readonly firstPar: boolean;
  /** Does the text report one anywhere? */
  readonly anywhere: boolean;
}

/** The audit's figures over the audited cases that are in the scored run. */
export interface AuditScore {
  readonly cases: number;
  readonly label_supported_first_par: number;
  readonly label_supported_anywhere: number;
  /** The auditor's main-event reading scored as a prediction: macro F1 over labels, top-1. */
  readonly reading_macro_f1: number;
  readonly reading_top1: number;
  /** dyad's top event on the same cases. */
  readonly dyad_macro_f1: number;
  readonly dyad_top1: number;
  /** Share of cases where dyad's top type is the auditor's main type. */
  readonly dyad_agrees_reading: number;
}

const AUDIT_DIR = join(dirname(fileURLToPath(import.meta.url)), "audits");

/** Reads an audit TSV (id, label, main, first_par, anywhere, note); [] when the file is absent. */
export function loadAudit(name: string, dir: string = AUDIT_DIR): AuditRow[] {
  const file = join(dir, name);
  if (!existsSync(file)) return [];
  return readTsv(file, ["id", "label", "main", "first_par", "anywhere"]).map((r) => ({
    id: r.cells["id"] ?? "",
    label: ploverV2(r.cells["label"] ?? ""),
    main: ploverV2(r.cells["main"] ?? ""),
    firstPar: r.cells["first_par"] === "yes",
    anywhere: r.cells["anywhere"] === "yes",
  }));
}

/** Scores the audit against dyad's predictions, on the audited cases present in `scored`. */
export function scoreAudit(
  rows: readonly AuditRow[],
  preds: Predictions,
  scored: ReadonlySet<string>,
): AuditScore | undefined {
  const here = rows.filter((r) => scored.has(r.id));
  if (here.length === 0) return undefined;
  const dyad = here.map((r) => {
    const top = topEvent(preds.get(r.id) ?? []);
    return top ? ploverV2(top.event) : "NONE";
  });
  const share = (n: number): number => round3(n / here.length);
  return {
    cases: here.length,
    label_supported_first_par: share(here.filter((r) => r.firstPar).length),
    label_supported_anywhere: share(here.filter((r) => r.anywhere).length),
    reading_macro_f1: macroF1(here.map((r) => [r.label, r.main])),
    reading_top1: share(here.filter((r) => r.main === r.label).length),
    dyad_macro_f1: macroF1(here.map((r, i) => [r.label, dyad[i] ?? "NONE"])),
    dyad_top1: share(here.filter((r, i) => dyad[i] === r.label).length),
    dyad_agrees_reading: share(here.filter((r, i) => dyad[i] === r.main).length),
  };
}

/** Macro F1 over the gold labels of single-label (gold, predicted) pairs, as the pool is scored. */
export function macroF1(pairs: ReadonlyArray<readonly [gold: string, got: string]>): number {
  const counter = new ClassCounter();
  const golds = new Set(pairs.map(([g]) => g));
  for (const [gold, got] of pairs) {
    if (gold === got) counter.bump(gold, "tp");
    else {
      counter.bump(got, "fp");
      counter.bump(gold, "fn");
    }
  }
  const f1s = counter
    .scores()
    .filter(([cls]) => golds.has(cls))
    // from the counts, not the rounded per-class F1, so the average is rounded once
    .map(([, s]) => (s.tp === 0 ? 0 : (2 * s.tp) / (2 * s.tp + s.fp + s.fn)));
  return f1s.length ? round3(f1s.reduce((a, b) => a + b, 0) / f1s.length) : 0;
}
