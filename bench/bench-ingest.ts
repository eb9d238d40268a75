/**
 * Ingest throughput for `npm run bench`: the same articles coded alone, and coded and stored the
 * way `dyad ingest` does it (an `IngestSession`: unchanged check, coding, batches of 256 per
 * transaction, run record and summary) into a fresh store: SQLite in a temp dir, or a new
 * database on the PostgreSQL server a URL names. Medians of the runs, and the ratio ingest / code.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import pg from "pg";
import { IngestSession } from "../src/cli/ingest-session.js";
import { RunReporter } from "../src/cli/run-reporter.js";
import type { Article } from "../src/core/types.js";
import type { Coder } from "../src/pipeline.js";
import { type EventStore, openStore } from "../src/store/index.js";

/** Throughput of one store back end against coding alone. */
export interface IngestRate {
  readonly store: string;
  readonly articles: number;
  readonly runs: number;
  readonly code_articles_per_s: number;
  readonly ingest_articles_per_s: number;
  /** ingest / code: the target is at least 0.8. */
  readonly ratio: number;
}

/** Where to ingest: SQLite in a temp dir, or PostgreSQL (`url` names any database of the server). */
export interface IngestTarget {
  readonly name: string;
  readonly url?: string;
}

/** As `dyad ingest` (its `--batch` default). */
const BATCH = 256;
const WARM_UP = 60;
/** Articles coded alone, then ingested, in turn. */
const SLICE = 16;

/** A fresh, empty store, removed afterwards. */
interface Scratch {
  readonly url: string;
  dispose(): Promise<void>;
}

/**
 * Codes the articles alone and through an ingest session into a fresh store, `runs` times, and
 * compares. The two alternate every `SLICE` articles (code a slice alone, then ingest it), so
 * both see the same machine load on a shared machine. A warm-up ingest into a throwaway store
 * comes first, as the coder is warmed up before coding is timed; opening the store is not timed
 * (loading the coder is not either).
 */
export async function benchIngest(
  articles: readonly Article[],
  coder: Coder,
  target: IngestTarget,
  runs: number,
): Promise<IngestRate> {
  for (const a of articles.slice(0, 20)) coder(a);
  await withScratchStore(target, (store) => timedRun(store, articles.slice(0, WARM_UP), coder));
  const code: number[] = [];
  const ingest: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = await withScratchStore(target, (store) => timedRun(store, articles, coder));
    code.push(articles.length / t.code);
    ingest.push(articles.length / t.ingest);
  }
  const c = median(code);
  const g = median(ingest);
  return {
    store: target.name,
    articles: articles.length,
    runs,
    code_articles_per_s: round1(c),
    ingest_articles_per_s: round1(g),
    ratio: Math.round((g / c) * 100) / 100,
  };
}

/** Seconds spent coding the articles alone, and ingesting them (coding included). */
async function timedRun(
  store: EventStore,
  articles: readonly Article[],
  coder: Coder,
): Promise<{ code: number; ingest: number }> {
  const quiet = new Writable({ write: (_chunk, _enc, done) => done() });
  const session = new IngestSession(store, coder, new RunReporter(quiet, false), {
    command: "ingest",
    inputs: ["bench"],
    coderVersion: "bench",
    batchSize: BATCH,
    skipUnchanged: true,
    keyByOrigin: true,
  });
  let code = 0;
  let t = performance.now();
  await session.start();
  let ingest = performance.now() - t;
  for (let i = 0; i < articles.length; i += SLICE) {
    const slice = articles.slice(i, i + SLICE);
    t = performance.now();
    for (const a of slice) coder(a);
    code += performance.now() - t;
    t = performance.now();
    for (const a of slice) await session.article(a);
    ingest += performance.now() - t;
  }
  t = performance.now();
  await session.finish();
  ingest += performance.now() - t;
  return { code: code / 1000, ingest: ingest / 1000 };
}

/** Runs `fn` on a fresh, empty store that is deleted afterwards. */
async function withScratchStore<T>(
  target: IngestTarget,
  fn: (store: EventStore) => Promise<T>,
): Promise<T> {
  const scratch = await scratchStore(target);
  try {
    const store = await openStore(scratch.url);
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  } finally {
    await scratch.dispose();
  }
}

async function scratchStore(target: IngestTarget): Promise<Scratch> {
  if (target.url === undefined) {
    const dir = mkdtempSync(join(tmpdir(), "dyad-bench-"));
    return { url: join(dir, "bench.db"), dispose: async () => rmSync(dir, { recursive: true }) };
  }
  const name = `dyad_bench_${process.pid}_${Date.now()}`;
  await admin(target.url, `CREATE DATABASE "${name}"`);
  const url = new URL(target.url);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    dispose: () => admin(target.url!, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** Runs one statement on the server's database the URL names (creating/dropping scratch ones). */
async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
