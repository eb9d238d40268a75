/**
 * Query latency for `npm run bench`: the store's benchmark queries (src/store/bench-store-queries.ts)
 * on a SQLite store of generated events (1,000,000 by default). The store is bulk-loaded once
 * (src/store/generate/bulk-load.ts, a few minutes) into `bench/.cache/`, under a name that holds
 * the generator and schema versions, so later runs reuse it.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { type QueryLatency, benchQueries } from "../src/store/bench-store-queries.js";
import { bulkLoadSqlite } from "../src/store/generate/bulk-load.js";
import { GENERATOR_VERSION } from "../src/store/generate/synthetic-news.js";
import { openStore } from "../src/store/index.js";
import { MIGRATIONS } from "../src/store/migrations/migrations.js";

/** The target for the filtered event query and the monthly stats query, on SQLite. */
export const P95_TARGET_MS = 50;

/** Latencies on the generated store. */
export interface StoreBenchResult {
  readonly events: number;
  readonly mentions: number;
  readonly articles: number;
  /** Seconds the bulk load took when this run built the store; absent when it was cached. */
  readonly generated_seconds?: number;
  readonly runs: number;
  readonly queries: readonly QueryLatency[];
  /** Every target query has p95 under `P95_TARGET_MS`. */
  readonly targets_met: boolean;
}

/** Options of the store benchmark. */
export interface StoreBenchOptions {
  readonly events: number;
  readonly runs: number;
  readonly cacheDir: string;
  readonly log: (line: string) => void;
}

const SEED = 1;

/** The cache file of a generated store of `events` events (generator, schema and seed in its name). */
export function storeFile(cacheDir: string, events: number): string {
  const schema = MIGRATIONS[MIGRATIONS.length - 1]!.version;
  return join(cacheDir, `store-g${GENERATOR_VERSION}-v${schema}-s${SEED}-${events}.db`);
}

/** Builds (or reuses) the generated store and times the queries on it. */
export async function benchStore(opts: StoreBenchOptions): Promise<StoreBenchResult> {
  const file = storeFile(opts.cacheDir, opts.events);
  const name = basename(file);
  let generated: number | undefined;
  if (!existsSync(file)) {
    mkdirSync(opts.cacheDir, { recursive: true });
    dropStale(opts.cacheDir, name);
    opts.log(`generating a store of ${opts.events} events into ${file} (cached for later runs)`);
    generated = Math.round(
      (await bulkLoadSqlite(file, { events: opts.events, seed: SEED })).seconds,
    );
  }
  const store = await openStore(file);
  try {
    const counts = await store.counts();
    opts.log(`timing queries on ${counts.events} events (${opts.runs} runs each)`);
    const queries = (await benchQueries(store, opts.runs)).map((q) => ({
      ...q,
      p50: round2(q.p50),
      p95: round2(q.p95),
      max: round2(q.max),
    }));
    return {
      events: counts.events,
      mentions: counts.mentions,
      articles: counts.articles,
      ...(generated === undefined ? {} : { generated_seconds: generated }),
      runs: opts.runs,
      queries,
      targets_met: queries.every((q) => !q.target || q.p95 < P95_TARGET_MS),
    };
  } finally {
    await store.close();
  }
}

/** Removes generated stores of the same size but other generator or schema versions (GBs each). */
function dropStale(dir: string, keep: string): void {
  const size = /-(\d+)\.db$/.exec(keep)?.[1];
  for (const f of readdirSync(dir)) {
    const m = /^store-g\d+-v\d+-s\d+-(\d+)\.db/.exec(f);
    if (m !== null && m[1] === size && !f.startsWith(keep)) rmSync(join(dir, f), { force: true });
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
