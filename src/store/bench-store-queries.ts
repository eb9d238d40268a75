/**
 * Times the store's benchmark queries on a generated store (see generate-store.ts) and prints
 * p50 / p95 / max per query, in milliseconds.
 *
 *   npx tsx src/store/bench-store-queries.ts --db /tmp/bench.db [--runs 200]
 */
import { parseArgs } from "node:util";
import type { PloverType } from "../core/types.js";
import type { EventFilter, EventStore } from "./event-store.js";
import { openStore } from "./open-store.js";

const TYPES: readonly PloverType[] = [
  "CONSULT",
  "ACCUSE",
  "REQUEST",
  "ASSAULT",
  "AGREE",
  "COERCE",
  "PROTEST",
  "SUPPORT",
];
const COUNTRIES =
  "USA CHN RUS GBR FRA DEU IND ISR PSE UKR IRN TUR JPN KOR PRK SYR IRQ AFG PAK SAU".split(" ");

/** One named query, given a run number to vary its parameters deterministically. */
export interface BenchQuery {
  readonly name: string;
  /** True for the queries the issue sets a latency target for (p95 under 50 ms on SQLite). */
  readonly target?: boolean;
  readonly run: (store: EventStore, i: number) => Promise<unknown>;
}

/** Latency of one query over its runs, in milliseconds. */
export interface QueryLatency {
  readonly name: string;
  readonly target: boolean;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;
const year = (i: number): number => 2015 + ((i * 7) % 10);

/** The queries the issue sets a latency target for, plus variants that take other code paths. */
export const BENCH_QUERIES: readonly BenchQuery[] = [
  {
    name: "events: year + type + actor country, 50 newest",
    target: true,
    run: (s, i) =>
      s.queryEvents(
        {
          from: `${year(i)}-01-01`,
          to: `${year(i)}-12-31`,
          type: pick(TYPES, i),
          actor: { country: pick(COUNTRIES, i * 3) },
        },
        { limit: 50 },
      ),
  },
  {
    name: "events: month + actor code, 50 newest",
    run: (s, i) =>
      s.queryEvents(
        { from: `${year(i)}-03-01`, to: `${year(i)}-03-31`, actor: { code: pick(COUNTRIES, i) } },
        { limit: 50 },
      ),
  },
  {
    name: "events: year + type + dyad, 50 newest",
    run: (s, i) =>
      s.queryEvents(
        {
          from: `${year(i)}-01-01`,
          to: `${year(i)}-12-31`,
          type: pick(TYPES, i),
          actor: { country: pick(COUNTRIES, i) },
          recipient: { country: pick(COUNTRIES, i + 1) },
        },
        { limit: 50 },
      ),
  },
  {
    name: "stats: month x type, all years",
    target: true,
    run: (s) => s.stats("month", "type", {}),
  },
  {
    name: "stats: month x type, one year",
    run: (s, i) => s.stats("month", "type", { from: `${year(i)}-01-01`, to: `${year(i)}-12-31` }),
  },
  {
    name: "stats: month x type, one year, actor country",
    run: (s, i) =>
      s.stats("month", "type", {
        from: `${year(i)}-01-01`,
        to: `${year(i)}-12-31`,
        actor: { country: pick(COUNTRIES, i) },
      } satisfies EventFilter),
  },
  {
    name: "stats: month x quad, actor country, all years",
    run: (s, i) => s.stats("month", "quad", { actor: { country: pick(COUNTRIES, i) } }),
  },
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** Runs each query `runs` times (after 5 warm-up runs) and returns its latency percentiles. */
export async function benchQueries(store: EventStore, runs: number): Promise<QueryLatency[]> {
  const out = [];
  for (const q of BENCH_QUERIES) {
    for (let i = 0; i < 5; i++) await q.run(store, i);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await q.run(store, i);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    out.push({
      name: q.name,
      target: q.target === true,
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      max: times[times.length - 1]!,
    });
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: "string" }, runs: { type: "string", default: "200" } },
  });
  if (!values.db)
    throw new Error("usage: bench-store-queries.ts --db <path|postgres://...> [--runs N]");
  const store = await openStore(values.db);
  try {
    process.stdout.write(`store: ${JSON.stringify(await store.counts())}\n`);
    for (const r of await benchQueries(store, Number(values.runs))) {
      process.stdout.write(
        `${r.name.padEnd(50)} p50 ${r.p50.toFixed(1).padStart(7)} ms  p95 ${r.p95.toFixed(1).padStart(7)} ms  max ${r.max.toFixed(1).padStart(7)} ms\n`,
      );
    }
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
