/**
 * Ingest throughput for `npm run bench`: the same articles coded alone, then coded and stored in a
 * fresh store (SQLite in a temp dir; PostgreSQL when `--pg URL` names an empty database), in
 * batches as `dyad ingest` does. Reports articles/s for each and the ratio to coding alone.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "../src/core/types.js";
import type { Coder } from "../src/pipeline.js";
import { openStore } from "../src/store/index.js";

/** Throughput of one store back end against coding alone. */
export interface IngestRate {
  readonly store: string;
  readonly articles: number;
  readonly code_articles_per_s: number;
  readonly ingest_articles_per_s: number;
  /** ingest / code: the target is at least 0.8. */
  readonly ratio: number;
}

const BATCH = 64;

/** Codes the articles alone, then codes and stores them, and compares the rates. */
export async function benchIngest(
  articles: readonly Article[],
  coder: Coder,
  target: { readonly name: string; readonly url?: string },
): Promise<IngestRate> {
  for (const a of articles.slice(0, 20)) coder(a); // warm-up
  let t = performance.now();
  for (const a of articles) coder(a);
  const codeSeconds = (performance.now() - t) / 1000;
  const dir = target.url ? undefined : mkdtempSync(join(tmpdir(), "dyad-bench-"));
  const store = await openStore(target.url ?? join(dir!, "bench.db"));
  try {
    t = performance.now();
    for (let i = 0; i < articles.length; i += BATCH) {
      const items = articles
        .slice(i, i + BATCH)
        .map((article) => ({ article, result: coder(article) }));
      await store.putArticles(items, "bench");
    }
    const ingestSeconds = (performance.now() - t) / 1000;
    const code = articles.length / codeSeconds;
    const ingest = articles.length / ingestSeconds;
    return {
      store: target.name,
      articles: articles.length,
      code_articles_per_s: Math.round(code * 10) / 10,
      ingest_articles_per_s: Math.round(ingest * 10) / 10,
      ratio: Math.round((ingest / code) * 100) / 100,
    };
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
