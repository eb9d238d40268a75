/**
 * `npm run bench`: throughput of the whole pipeline against wink-nlp alone, on one core.
 *
 * For each corpus (guardian-1000, guardian-500, examples): one warm-up pass, then `--runs`
 * timed passes (default 5, as the ratio to wink-nlp moves by ±10% from pass to pass on a shared
 * VM), median reported. Also times `annotate` and `resolveActors` on their own to split the
 * pipeline's time by stage. Then the store (bench-store-report.ts): ingest rate
 * into SQLite (and PostgreSQL with `--pg URL` or `$DYAD_BENCH_PG`) and query latency on a
 * generated store of `--store-events` events (default 1,000,000; `--no-store-bench` skips it).
 * Last (bench-extras-report.ts): the dashboard through Chromium on that store (`--no-web-bench`)
 * and the news-source formats (`--no-sources-bench`). Writes bench/results/bench.json. Never
 * fails on a number.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import winkNLP, { type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Article, Doc } from "../src/core/types.js";
import { benchCorpora, type Corpus } from "./bench-corpus.js";
import { formatColumns, stableJson } from "./eval-report.js";
import { rate, timeMedian, timePaired, type Rate } from "./timing.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The throughput the project promises on ~500-word articles (articles/s, one core). */
const TARGET_PER_SECOND = 150;

/** Median seconds of `runs` timed passes of `pass` over a corpus, after one warm-up pass. */
// The same wink configuration dyad's annotate uses: sentence splitting and POS only.
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;
// wink's typings declare its.lemma with an extra `addons` parameter that out() does supply.
const lemmaIts = its.lemma as unknown as ItsFunction<string>;

/** The least wink work that yields dyad's annotations: tokens, POS, lemmas, sentence spans. */
function winkOnly(text: string): number {
  const doc = nlp.readDoc(text);
  const toks = doc.tokens();
  const values = toks.out(its.value);
  toks.out(its.pos);
  toks.out(lemmaIts);
  toks.out(its.precedingSpaces);
  doc.sentences().out(its.span);
  return values.length;
}

type PipelineModule = typeof import("../src/pipeline.js");

interface Stages {
  readonly annotate?: (a: Article) => Doc;
  readonly actors?: (d: Doc) => unknown;
}

/** Loads the stage functions for the time split; a stage that fails to load only drops the split. */
async function loadStages(): Promise<Stages> {
  let annotate: Stages["annotate"];
  try {
    annotate = (await import("../src/annotate/annotate.js")).annotate;
    const { loadKnowledgeBase } = await import("../src/actors/knowledge-base.js");
    const { resolveActors } = await import("../src/actors/resolve-actors.js");
    const kb = loadKnowledgeBase();
    return { annotate, actors: (d) => resolveActors(d, kb) };
  } catch (err) {
    process.stderr.write(
      `[bench] no stage split past annotate: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    return annotate ? { annotate } : {};
  }
}

/** Everything measured on one corpus. */
interface CorpusResult {
  readonly corpus: string;
  readonly articles: number;
  readonly words_per_article: number;
  readonly tokens: number;
  readonly events: number;
  readonly pipeline: Rate;
  readonly wink: Rate;
  /** Pipeline time / wink-alone time. */
  readonly ratio: number;
  /** Median ms per article of each stage; `events` is the pipeline minus the others. */
  readonly stages_ms_per_article?: Readonly<Record<string, number>>;
  readonly meets_target?: boolean;
}

function benchCorpus(
  corpus: Corpus,
  runs: number,
  pipeline: PipelineModule,
  stages: Stages,
): CorpusResult {
  const arts = corpus.articles;
  const n = arts.length;
  const tokens = arts.reduce((a, x) => a + winkOnly(x.text), 0);
  const words = arts.reduce((a, x) => a + x.text.split(/\s+/).filter(Boolean).length, 0);
  const coder = pipeline.createCoder();
  let events = 0;
  const paired = timePaired(
    runs,
    () => {
      events = 0;
      for (const a of arts) events += coder(a).events.length;
    },
    () => {
      for (const a of arts) winkOnly(a.text);
    },
  );
  const [tPipe, tWink] = [paired.a, paired.b];
  const result: CorpusResult = {
    corpus: corpus.name,
    articles: n,
    words_per_article: Math.round(words / n),
    tokens,
    events,
    pipeline: rate(tPipe, n, tokens),
    wink: rate(tWink, n, tokens),
    ratio: +paired.ratio.toFixed(2),
    ...(corpus.name === "guardian-500" ? { meets_target: n / tPipe >= TARGET_PER_SECOND } : {}),
  };
  const split = stageSplit(arts, runs, stages, tPipe);
  return split ? { ...result, stages_ms_per_article: split } : result;
}

function stageSplit(
  arts: readonly Article[],
  runs: number,
  stages: Stages,
  tPipe: number,
): Record<string, number> | undefined {
  const { annotate, actors } = stages;
  if (annotate === undefined) return undefined;
  const ms = (s: number): number => +((1000 * s) / arts.length).toFixed(3);
  const tAnn = timeMedian(runs, () => arts.forEach((a) => annotate(a)));
  if (actors === undefined) return { annotate: ms(tAnn), "actors+events": ms(tPipe - tAnn) };
  const docs = arts.map((a) => annotate(a));
  const tAct = timeMedian(runs, () => docs.forEach((d) => actors(d)));
  return { annotate: ms(tAnn), actors: ms(tAct), events: ms(tPipe - tAnn - tAct) };
}

function summary(results: readonly CorpusResult[]): string {
  const g = results.find((r) => r.corpus === "guardian-500");
  const target = g
    ? `\n\ntarget >= ${TARGET_PER_SECOND} articles/s on ~500-word articles: ${g.pipeline.articles_per_s} -> ${g.meets_target ? "met" : "NOT met"}`
    : "";
  return corpusTable(results) + target;
}

function corpusTable(results: readonly CorpusResult[]): string {
  const rows: Array<Array<string | number>> = [
    [
      "corpus",
      "articles",
      "words/art",
      "pipe art/s",
      "pipe tok/s",
      "wink art/s",
      "wink tok/s",
      "ratio",
      "ms/art",
      "stages ms/art",
    ],
  ];
  for (const r of results) {
    const st = r.stages_ms_per_article
      ? Object.entries(r.stages_ms_per_article)
          .map(([k, v]) => `${k} ${v}`)
          .join(", ")
      : "";
    rows.push([
      r.corpus,
      r.articles,
      r.words_per_article,
      r.pipeline.articles_per_s,
      r.pipeline.tokens_per_s,
      r.wink.articles_per_s,
      r.wink.tokens_per_s,
      r.ratio,
      r.pipeline.ms_per_article,
      st,
    ]);
  }
  return formatColumns(rows);
}

const USAGE =
  "usage: npm run bench -- [--data DIR] [--runs N] [--pg postgres://...] [--store-events N] [--no-store-bench] [--no-web-bench] [--no-sources-bench]";

/** Command-line options of the bench. */
interface BenchOptions {
  readonly runs: number;
  readonly dataDir: string;
  readonly pg?: string;
  /** Size of the generated store; 0 when `--no-store-bench`. */
  readonly storeEvents: number;
  /** Size of the generated store the dashboard bench runs on (exists only once generated). */
  readonly storeSize: number;
  readonly webBench: boolean;
  readonly sourcesBench: boolean;
}

function parseOptions(): BenchOptions | undefined {
  try {
    const { values } = parseArgs({
      options: {
        data: { type: "string" },
        runs: { type: "string" },
        pg: { type: "string" },
        "store-events": { type: "string" },
        "no-store-bench": { type: "boolean" },
        "no-web-bench": { type: "boolean" },
        "no-sources-bench": { type: "boolean" },
      },
    });
    const pg = values.pg ?? process.env["DYAD_BENCH_PG"];
    const size = Number(values["store-events"] ?? 1_000_000);
    if (!Number.isInteger(size) || size < 0)
      throw new Error(`--store-events must be a whole number, got ${values["store-events"]}`);
    return {
      runs: Math.max(1, Number(values.runs ?? "5") || 5),
      dataDir: resolve(
        values.data ?? process.env["DYAD_DATA"] ?? join(repoRoot, "..", "shared", "data"),
      ),
      ...(pg ? { pg } : {}),
      storeEvents: values["no-store-bench"] ? 0 : size,
      storeSize: size,
      webBench: !values["no-web-bench"],
      sourcesBench: !values["no-sources-bench"],
    };
  } catch (err) {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const opts = parseOptions();
  if (opts === undefined) {
    process.exitCode = 2;
    return;
  }
  const { runs, dataDir } = opts;
  const corpora = benchCorpora(
    join(dataDir, "guardian-sample", "articles.jsonl"),
    join(repoRoot, "examples"),
  );
  if (corpora.length === 0) {
    console.log(
      `bench: no corpus found (no ${dataDir}/guardian-sample/articles.jsonl, no examples/*.article)`,
    );
    return;
  }
  const pipeline: PipelineModule = await import("../src/pipeline.js");
  const stages = await loadStages();
  const results = corpora.map((c) => {
    process.stderr.write(`[bench] ${c.name} (${c.articles.length} articles, ${runs} runs)\n`);
    return benchCorpus(c, runs, pipeline, stages);
  });
  console.log(summary(results));
  // Loaded only now, so the coding passes above run in a process that holds only the pipeline
  // (not better-sqlite3, playwright-core, linkedom, ...).
  const { storeReport } = await import("./bench-store-report.js");
  const { extrasReport } = await import("./bench-extras-report.js");
  const { storeFile } = await import("./bench-store.js");
  const cut = corpora.find((c) => c.name === "guardian-500") ?? corpora[0]!;
  const store = await storeReport(cut, pipeline.createCoder(), {
    ...(opts.pg ? { pg: opts.pg } : {}),
    runs,
    storeEvents: opts.storeEvents,
    cacheDir: join(repoRoot, "bench", ".cache"),
  });
  const extras = await extrasReport({
    storeFile: storeFile(join(repoRoot, "bench", ".cache"), opts.storeSize),
    web: opts.webBench,
    sources: opts.sourcesBench,
    webRuns: 5,
  });
  const out = join(repoRoot, "bench", "results", "bench.json");
  mkdirSync(dirname(out), { recursive: true });
  const meta = {
    node: process.version,
    runs,
    target_articles_per_s: TARGET_PER_SECOND,
    wink_pipe: ["sbd", "pos"],
  };
  writeFileSync(out, stableJson({ meta, corpora: results, ...store, ...extras }));
  console.log(`wrote ${out}`);
}

await main();
