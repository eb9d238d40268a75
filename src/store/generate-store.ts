/**
 * Fills a store with reproducible synthetic news for benchmarks (see `generate/synthetic-news.ts`).
 *
 *   npx tsx src/store/generate-store.ts --db /tmp/bench.db --events 1000000 [--seed 1]
 *   npx tsx src/store/generate-store.ts --db /tmp/speed.db --events 20000 --slow [--batch 200]
 *
 * A SQLite file is bulk-loaded (`generate/bulk-load.ts`: minutes for a million events). With
 * `--slow`, or for a postgres:// URL, every article goes through `putArticles` in batches of
 * `--batch` (1: `putArticle`, as a one-article ingest transaction), which measures write speed.
 */
import { parseArgs } from "node:util";
import type { EventStore, PutItem } from "./event-store.js";
import { GENERATED_VERSION, bulkLoadSqlite } from "./generate/bulk-load.js";
import { type SyntheticOptions, syntheticNews } from "./generate/synthetic-news.js";
import { openStore } from "./open-store.js";

/** Stores synthetic news through the store's write path; returns what was written and how fast. */
export async function generateStore(
  store: EventStore,
  opts: SyntheticOptions & { readonly batch?: number },
): Promise<{ articles: number; mentions: number; seconds: number }> {
  const batch = opts.batch ?? 1;
  let pending: PutItem[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 1)
      await store.putArticle(pending[0]!.article, pending[0]!.result, GENERATED_VERSION);
    else if (pending.length > 1) await store.putArticles(pending, GENERATED_VERSION);
    pending = [];
  };
  const t0 = performance.now();
  let articles = 0;
  let mentions = 0;
  for (const { articles: today } of syntheticNews(opts)) {
    for (const s of today) {
      pending.push(s);
      articles++;
      mentions += s.result.events.length;
      if (pending.length >= batch) await flush();
    }
  }
  await flush();
  return { articles, mentions, seconds: (performance.now() - t0) / 1000 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: "string" },
      events: { type: "string", default: "100000" },
      seed: { type: "string", default: "1" },
      "per-article": { type: "string", default: "3" },
      slow: { type: "boolean", default: false },
      batch: { type: "string", default: "1" },
    },
  });
  if (!values.db)
    throw new Error(
      "usage: generate-store.ts --db <path|postgres://...> --events N [--seed S] [--per-article K] [--slow [--batch B]]",
    );
  const opts = {
    events: Number(values.events),
    seed: Number(values.seed),
    perArticle: Number(values["per-article"]),
  };
  if (!values.slow && !/^postgres(ql)?:\/\//i.test(values.db)) {
    const r = await bulkLoadSqlite(values.db, opts);
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const store = await openStore(values.db);
  try {
    const r = await generateStore(store, { ...opts, batch: Number(values.batch) });
    process.stdout.write(
      `${r.articles} articles, ${r.mentions} mentions in ${r.seconds.toFixed(1)} s (${(r.articles / r.seconds).toFixed(0)} articles/s); store: ${JSON.stringify(await store.counts())}\n`,
    );
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
