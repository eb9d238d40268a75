/**
 * The store part of `npm run bench`: ingest rate into SQLite and PostgreSQL (coding included,
 * against coding alone) and query latency on a generated store of a million events, printed as
 * tables and returned for bench.json.
 */
import type { Article } from "../src/core/types.js";
import type { Coder } from "../src/pipeline.js";
import { type IngestRate, type IngestTarget, benchIngest } from "./bench-ingest.js";
import { P95_TARGET_MS, type StoreBenchResult, benchStore } from "./bench-store.js";
import { formatColumns } from "./eval-report.js";

/** The ingest rate target: at least this fraction of `dyad code` alone. */
export const INGEST_RATIO_TARGET = 0.8;

/** Options of the store part. */
export interface StoreReportOptions {
  /** PostgreSQL server URL (`--pg` or `$DYAD_BENCH_PG`); the PostgreSQL rows are skipped without. */
  readonly pg?: string;
  readonly runs: number;
  /** Size of the generated store; 0 skips the query benchmark (`--no-store-bench`). */
  readonly storeEvents: number;
  readonly cacheDir: string;
}

/** What the store part measured; `postgres` and `queries` hold why they were skipped, if so. */
export interface StoreReport {
  readonly ingest: readonly IngestRate[];
  readonly postgres_ingest: "measured" | "skipped (no --pg)";
  readonly queries: StoreBenchResult | "skipped (--no-store-bench)";
}

/** Runs the ingest and query benchmarks, prints their tables, and returns the numbers. */
export async function storeReport(
  corpus: { readonly name: string; readonly articles: readonly Article[] },
  coder: Coder,
  opts: StoreReportOptions,
): Promise<StoreReport> {
  const log = (line: string): boolean => process.stderr.write(`[bench] ${line}\n`);
  const targets: IngestTarget[] = [{ name: "sqlite" }];
  if (opts.pg !== undefined) targets.push({ name: "postgres", url: opts.pg });
  const ingest: IngestRate[] = [];
  for (const target of targets) {
    log(`ingest into ${target.name} (${corpus.name}, ${opts.runs} runs)`);
    ingest.push(await benchIngest(corpus.articles, coder, target, opts.runs));
  }
  console.log(ingestTable(corpus.name, ingest, opts.pg !== undefined));
  const queries =
    opts.storeEvents > 0
      ? await benchStore({ events: opts.storeEvents, runs: 200, cacheDir: opts.cacheDir, log })
      : ("skipped (--no-store-bench)" as const);
  console.log(typeof queries === "string" ? `\nstore queries: ${queries}` : queryTable(queries));
  return {
    ingest,
    postgres_ingest: opts.pg === undefined ? "skipped (no --pg)" : "measured",
    queries,
  };
}

function ingestTable(corpus: string, rows: readonly IngestRate[], pg: boolean): string {
  const table = formatColumns([
    ["store", "articles", "code art/s", "ingest art/s", "ratio", "target"],
    ...rows.map((r) => [
      r.store,
      String(r.articles),
      String(r.code_articles_per_s),
      String(r.ingest_articles_per_s),
      String(r.ratio),
      r.ratio >= INGEST_RATIO_TARGET ? "met" : "NOT met",
    ]),
    ...(pg ? [] : [["postgres", "skipped (no --pg)", "", "", "", ""]]),
  ]);
  return (
    `\ningest (${corpus}, dyad ingest's session, batches of 256, coding included; ` +
    `median of ${rows[0]?.runs ?? 0} runs; target: ratio >= ${INGEST_RATIO_TARGET} of coding alone)\n${table}`
  );
}

function queryTable(r: StoreBenchResult): string {
  const made =
    r.generated_seconds === undefined ? "cached" : `generated in ${r.generated_seconds} s`;
  const table = formatColumns([
    ["query", "p50 ms", "p95 ms", "max ms", "target"],
    ...r.queries.map((q) => [
      q.name,
      String(q.p50),
      String(q.p95),
      String(q.max),
      q.target ? (q.p95 < P95_TARGET_MS ? "met" : "NOT met") : "",
    ]),
  ]);
  return (
    `\nstore queries on SQLite: ${r.events} events, ${r.mentions} mentions, ${r.articles} articles ` +
    `(${made}); ${r.runs} runs each; target: p95 < ${P95_TARGET_MS} ms\n${table}`
  );
}
