/**
 * Text and JSON output of `npm run eval`: one compact table, then per-type tables, confusion
 * matrices and the most frequent errors per dataset.
 */
import type { ErrorCount } from "./error-tally.js";
import type { AnyScore, SuiteKind } from "./eval-suites.js";
import type { ClassScore, Confusion } from "./scoring.js";

/** What the eval knows about one dataset (or pool of datasets) after running it. */
export interface DatasetResult {
  readonly dataset: string;
  readonly datasets: readonly string[];
  readonly scheme: string;
  readonly kind: SuiteKind;
  readonly status: "scored" | "not run" | "not scored";
  readonly reason?: string;
  readonly cases: number;
  readonly seconds: number;
  readonly options?: Readonly<Record<string, string>>;
  readonly run?: RunFacts;
  readonly headline: ReadonlyArray<readonly [string, number]>;
  readonly note?: string;
  readonly score?: AnyScore;
}

/** Facts about the coding run that are not scores. */
export interface RunFacts {
  readonly events_out: number;
  readonly crashes: number;
  readonly crash_messages: readonly string[];
  readonly doc_errors: number;
  readonly article_id_mismatches: number;
}

/** Pads cells into aligned columns: numbers, and text in columns [rightFrom, rightTo), right-aligned. */
export function formatColumns(
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  rightFrom = Infinity,
  rightTo = Infinity,
): string {
  const widths: number[] = [];
  for (const r of rows)
    r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, String(c).length)));
  const cell = (c: string | number, i: number): string =>
    typeof c === "number" || (i >= rightFrom && i < rightTo)
      ? String(c).padStart(widths[i] ?? 0)
      : String(c).padEnd(widths[i] ?? 0);
  return rows.map((r) => r.map(cell).join("  ").trimEnd()).join("\n");
}

/** The compact summary table: dataset, metric, value, cases, seconds (and why a set was skipped). */
export function formatSummary(results: readonly DatasetResult[]): string {
  const rows: Array<Array<string | number>> = [
    ["dataset", "metric", "value", "cases", "seconds", ""],
  ];
  for (const r of results) {
    if (r.status !== "scored") {
      rows.push([r.dataset, r.status, "-", r.cases, r.seconds, r.reason ?? ""]);
      continue;
    }
    for (const [metric, value] of r.headline)
      rows.push([r.dataset, metric, value, r.cases, r.seconds, ""]);
    if (r.run && r.run.crashes > 0)
      rows.push([r.dataset, "CRASHES", r.run.crashes, r.cases, r.seconds, ""]);
  }
  return formatColumns(rows, 2, 5);
}

/** Per-dataset details: notes, per-type tables, confusion and top errors. */
export function formatDetails(results: readonly DatasetResult[]): string {
  const parts: string[] = [];
  for (const r of results) {
    if (r.status !== "scored" || r.score === undefined) continue;
    const lines = [`== ${r.dataset} (${r.scheme})`];
    if (r.note) lines.push(r.note);
    if (r.run && r.run.crashes > 0)
      lines.push(`coder threw on ${r.run.crashes} cases, e.g. ${r.run.crash_messages.join("; ")}`);
    if (r.run && r.run.article_id_mismatches > 0)
      lines.push(`WARNING: ${r.run.article_id_mismatches} events carry another article_id`);
    lines.push(...scoreDetails(r.score));
    parts.push(lines.join("\n"));
  }
  return parts.join("\n\n");
}

function scoreDetails(s: AnyScore): string[] {
  const out: string[] = [];
  if ("per_type_detail" in s) {
    out.push(
      "",
      classTable("type", s.per_type_detail),
      "",
      "confusion (rows gold, columns predicted):",
      confusionTable(s.confusion),
    );
    if ("unscored" in s && Object.keys(s.unscored).length > 0)
      out.push(`not scored: ${JSON.stringify(s.unscored)}`);
  } else if ("per_class" in s) {
    out.push(
      "",
      classTable("class", s.per_class),
      "",
      "confusion (gold->predicted):",
      pairsTable(s.confusion),
    );
  } else if ("per_label" in s) {
    out.push("", classTable("label", s.per_label));
  } else {
    out.push(
      "",
      formatColumns([
        ["tp", "fp", "fn"],
        [s.tp, s.fp, s.fn],
      ]),
    );
  }
  out.push("", "top errors:", errorsTable(s.errors));
  return out;
}

function classTable(what: string, rows: Readonly<Record<string, ClassScore>>): string {
  const body = Object.entries(rows)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, c]) => [k, c.tp, c.fp, c.fn, c.p, c.r, c.f1]);
  return formatColumns([[what, "tp", "fp", "fn", "p", "r", "f1"], ...body]);
}

function confusionTable(confusion: Confusion): string {
  const golds = Object.keys(confusion).sort();
  const cols = [...new Set(golds.flatMap((g) => Object.keys(confusion[g] ?? {})))].sort();
  const head = ["gold\\pred", ...cols.map((c) => c.slice(0, 4))];
  const body = golds.map((g) => [g, ...cols.map((c) => confusion[g]?.[c] ?? ".")]);
  return formatColumns([head, ...body], 1);
}

function pairsTable(pairs: Readonly<Record<string, number>>): string {
  const rows = Object.entries(pairs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return formatColumns(rows.map(([k, n]) => [k, n]));
}

function errorsTable(errors: readonly ErrorCount[]): string {
  return errors.length === 0 ? "(none)" : formatColumns(errors.map((e) => [e.count, e.kind]));
}

/** JSON with object keys sorted at every level, so reruns diff cleanly. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + "\n";
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}
