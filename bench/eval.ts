/**
 * `npm run eval`: codes the English cases of every gold dataset in-process with `codeArticle`'s
 * prepared coder and scores them as /work/shared/data/SCORING.md (and score.mjs) define, plus
 * per-type tables, confusion and error analysis. Writes bench/results/eval.json.
 *
 * Flags: --data DIR (or env DYAD_DATA; default ../shared/data from the repo root),
 * --dataset NAME[,NAME], --limit N (first N scorable cases per run, as score.mjs --limit), --quiet.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DyadError, UsageError } from "../src/core/errors.js";
import type { CodeOptions } from "../src/pipeline.js";
import {
  formatDetails,
  formatSummary,
  stableJson,
  type DatasetResult,
  type RunFacts,
} from "./eval-report.js";
import { readmeScheme, scoreSuite, suiteFor, type SuiteKind } from "./eval-suites.js";
import { loadCases } from "./load-cases.js";
import { NotRunError, runCases, type CodeFn } from "./run-cases.js";
import { scorableCases, type GoldCase } from "./scoring.js";

// type-only: the pipeline itself is imported on first use (see main)
type PipelineModule = typeof import("../src/pipeline.js");

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const POOL = ["plover-gsr", "ngec-synthetic"];

interface EvalArgs {
  readonly dataDir: string;
  readonly only?: readonly string[];
  readonly limit: number;
  readonly quiet: boolean;
}

/** One unit of work: a dataset, or the PLOVER pool of several. */
interface Job {
  readonly name: string;
  readonly datasets: readonly string[];
  readonly scheme: string;
  readonly kind: SuiteKind;
  readonly dictionaries?: string;
}

const FLAGS = {
  data: { type: "string" },
  dataset: { type: "string" },
  limit: { type: "string" },
  quiet: { type: "boolean" },
} as const;

function parseEvalArgs(argv: readonly string[]): EvalArgs {
  let values: ReturnType<typeof parseArgs<{ args: string[]; options: typeof FLAGS }>>["values"];
  try {
    values = parseArgs({ args: [...argv], options: FLAGS }).values;
  } catch (cause) {
    throw new UsageError(cause instanceof Error ? cause.message : String(cause), { cause });
  }
  const limit = Number(values.limit ?? "0");
  if (!Number.isInteger(limit) || limit < 0)
    throw new UsageError(`--limit must be a whole number, got ${values.limit}`);
  const dataDir = resolve(
    values.data ?? process.env["DYAD_DATA"] ?? join(repoRoot, "..", "shared", "data"),
  );
  const only = values.dataset
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return { dataDir, limit, quiet: values.quiet ?? false, ...(only ? { only } : {}) };
}

/** Lists the dataset directories and groups them into jobs (the PLOVER pool is one job). */
function planJobs(args: EvalArgs): Job[] {
  const names = readdirSync(args.dataDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(args.dataDir, d.name, "README.md")))
    .map((d) => d.name)
    .filter((n) => args.only === undefined || args.only.includes(n))
    .sort();
  const jobs: Job[] = [];
  const pool: string[] = [];
  for (const name of names) {
    const scheme = readmeScheme(readFileSync(join(args.dataDir, name, "README.md"), "utf8"));
    const spec = suiteFor(name, scheme);
    if (spec.kind === "plover-pool" && POOL.includes(name)) pool.push(name);
    else
      jobs.push({
        name,
        datasets: [name],
        scheme,
        kind: spec.kind,
        ...(spec.dictionaries ? { dictionaries: join(args.dataDir, name, spec.dictionaries) } : {}),
      });
  }
  // score.mjs pools in the order the datasets are named: plover-gsr first
  const pooled = POOL.filter((n) => pool.includes(n));
  if (pooled.length > 0)
    jobs.unshift({
      name: pooled.join("+"),
      datasets: pooled,
      scheme: "PLOVER",
      kind: "plover-pool",
    });
  return jobs;
}

function skipped(
  job: Job,
  status: "not run" | "not scored",
  reason: string,
  cases = 0,
): DatasetResult {
  return {
    dataset: job.name,
    datasets: job.datasets,
    scheme: job.scheme,
    kind: job.kind,
    status,
    reason,
    cases,
    seconds: 0,
    headline: [],
  };
}

function readJobCases(args: EvalArgs, job: Job): { all: GoldCase[]; scorable: GoldCase[] } {
  const all = job.datasets.flatMap((n) => loadCases(join(args.dataDir, n, "cases.jsonl")));
  const scorable = scorableCases(all);
  return { all, scorable: args.limit > 0 ? scorable.slice(0, args.limit) : scorable };
}

function langSummary(cases: readonly GoldCase[]): string {
  const n = new Map<string, number>();
  for (const c of cases) n.set(c.lang ?? "en", (n.get(c.lang ?? "en") ?? 0) + 1);
  return [...n].map(([l, k]) => `${l} ${k}`).join(", ");
}

/**
 * True when the pipeline refuses a dictionaries directory that does not exist, when the coder is
 * made or on its first article: a pipeline that accepts it ignores the option.
 */
function honoursDictionaries(pipeline: PipelineModule, dir: string): boolean {
  const probe: CodeOptions = { dictionaries: join(dir, "does-not-exist") };
  try {
    pipeline.createCoder(probe)({
      id: "probe",
      text: "Arnor met Gondor.",
      origin: { file: "probe" },
    });
  } catch {
    return true;
  }
  return false;
}

/** A coder for the job's options, or why the job cannot run (see README: the dictionaries probe). */
function coderFor(pipeline: PipelineModule, job: Job): CodeFn | string {
  if (job.dictionaries === undefined) return pipeline.createCoder();
  if (!honoursDictionaries(pipeline, job.dictionaries)) {
    return "not run: the pipeline ignores the dictionaries option (a missing directory was accepted)";
  }
  const opts: CodeOptions = { dictionaries: job.dictionaries };
  try {
    return pipeline.createCoder(opts);
  } catch (err) {
    // refusing the fixture dictionaries (unsupported format, ...) is a gap, not an eval crash
    if (err instanceof DyadError) return `not run: ${err.name}: ${err.message}`;
    throw err;
  }
}

/** The cases a job codes and the scorer it uses, or the reason it is skipped. */
function prepareJob(
  args: EvalArgs,
  job: Job,
): { kind: SuiteKind; cases: GoldCase[] } | DatasetResult {
  if (job.kind === "unlabelled")
    return skipped(job, "not scored", "unlabelled (used by npm run bench)");
  const { all, scorable } = readJobCases(args, job);
  if (job.kind === "unknown")
    return skipped(job, "not scored", `no scorer for scheme ${job.scheme}`, all.length);
  if (scorable.length === 0) {
    const why =
      job.kind === "non-english"
        ? "dyad codes English only: not scored"
        : "no English cases with events";
    return skipped(job, "not scored", `${why} (${langSummary(all)})`, all.length);
  }
  // a non-English set with some English cases is scored by its scheme
  return {
    kind: job.kind === "non-english" ? suiteFor("", job.scheme).kind : job.kind,
    cases: scorable,
  };
}

async function runJob(
  args: EvalArgs,
  job: Job,
  pipeline: () => Promise<PipelineModule>,
): Promise<DatasetResult> {
  const prep = prepareJob(args, job);
  if ("status" in prep) return prep;
  const { kind, cases } = prep;
  const coder = coderFor(await pipeline(), job);
  if (typeof coder === "string") return skipped(job, "not run", coder, cases.length);
  let run;
  try {
    run = runCases(job.name, cases, coder, { quiet: args.quiet });
  } catch (err) {
    if (err instanceof NotRunError)
      return skipped(job, "not run", `not run: ${err.message}`, cases.length);
    throw err;
  }
  const scored = scoreSuite(kind, cases, run.preds, job.datasets);
  const runFacts: RunFacts = {
    events_out: [...run.preds.values()].reduce((a, es) => a + es.length, 0),
    crashes: run.crashes,
    crash_messages: run.crashMessages,
    doc_errors: run.docErrors,
    article_id_mismatches: run.idMismatches,
  };
  return {
    dataset: job.name,
    datasets: job.datasets,
    scheme: job.scheme,
    kind,
    status: "scored",
    cases: cases.length,
    seconds: +run.seconds.toFixed(2),
    run: runFacts,
    headline: scored.headline,
    score: scored.score,
    ...(job.dictionaries ? { options: { dictionaries: job.dictionaries } } : {}),
    ...(scored.note ? { note: scored.note } : {}),
  };
}

function writeResults(args: EvalArgs, results: readonly DatasetResult[]): string {
  const out = join(repoRoot, "bench", "results", "eval.json");
  mkdirSync(dirname(out), { recursive: true });
  const datasets = Object.fromEntries(
    results.map((r) => [
      r.dataset,
      { ...r, headline: undefined, metrics: Object.fromEntries(r.headline) },
    ]),
  );
  writeFileSync(out, stableJson({ data_dir: args.dataDir, limit: args.limit, datasets }));
  return out;
}

async function main(): Promise<number> {
  const args = parseEvalArgs(process.argv.slice(2));
  if (!existsSync(args.dataDir)) {
    console.log(
      `eval: no gold data at ${args.dataDir} (set --data DIR or DYAD_DATA); nothing to score.`,
    );
    return 0;
  }
  const jobs = planJobs(args);
  if (jobs.length === 0) {
    console.log(`eval: no dataset matches ${args.only?.join(",") ?? "(any)"} in ${args.dataDir}`);
    return 0;
  }
  // loaded on first use, so the non-English and unlabelled sets report even without a pipeline
  let loaded: Promise<PipelineModule> | undefined;
  const pipeline = (): Promise<PipelineModule> => (loaded ??= import("../src/pipeline.js"));
  const results: DatasetResult[] = [];
  for (const job of jobs) results.push(await runJob(args, job, pipeline));
  console.log(formatSummary(results));
  const details = formatDetails(results);
  if (!args.quiet && details !== "") console.log(`\n${details}`);
  console.log(`\nwrote ${writeResults(args, results)}`);
  const crashes = results.reduce((a, r) => a + (r.run?.crashes ?? 0), 0);
  if (crashes > 0) console.error(`eval: the coder threw on ${crashes} cases (a bug, see above)`);
  return crashes > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  if (!(err instanceof UsageError)) throw err;
  console.error(
    `eval: ${err.message}\nusage: npm run eval -- [--data DIR] [--dataset A,B] [--limit N] [--quiet]`,
  );
  process.exitCode = 2;
}
