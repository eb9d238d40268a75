/**
 * `dyad watch`: polls directories and feed URLs and ingests what is new or changed into the event
 * store, through the same reading (`readInputs`) and storing (`IngestSession`) as `dyad ingest`.
 * What was ingested is remembered in a state file next to the store, so a restart goes on where
 * the last run stopped. SIGINT/SIGTERM finish the current article, commit, and exit.
 */
import type { Command } from "commander";
import { setTimeout as sleep } from "node:timers/promises";
import { UsageError } from "../core/errors.js";
import type { Article, DocIssue } from "../core/types.js";
import type { Coder } from "../pipeline.js";
import { DEFAULT_MAX_BYTES } from "../ingest/ingest-types.js";
import { isUrlInput } from "../ingest/read-url.js";
import { parseDuration } from "../sources/duration.js";
import { DEFAULT_FETCH_SETTINGS } from "../sources/http-fetch.js";
import { StatusLine } from "../sources/status-line.js";
import {
  runCycle,
  type CycleOutcome,
  type CycleSink,
  type WatchPlan,
} from "../sources/watch-cycle.js";
import { WatchState } from "../sources/watch-state.js";
import type { EventStore } from "../store/index.js";
import {
  addCodingOptions,
  addInputOptions,
  ingestOptionsOf,
  loadCoder,
  type CodingFlags,
} from "./coding-options.js";
import { IngestSession, ingestSettings, type RunSummary } from "./ingest-session.js";
import { integerFlag } from "./parse-flags.js";
import { RunReporter } from "./run-reporter.js";
import { addDbOption, storeUrlOf, withStore, type DbFlags } from "./store-options.js";

interface WatchFlags extends CodingFlags, DbFlags {
  readonly feed: string[];
  readonly every: string;
  readonly settle: string;
  readonly once?: boolean;
  readonly state?: string;
  /** Tri-state: undefined = fetch for --feed URLs only. */
  readonly fetchLinked?: boolean;
  readonly batch: string;
  readonly json?: boolean;
  readonly quiet?: boolean;
}

/** What a running watch needs besides its flags. */
interface Watcher {
  readonly plan: WatchPlan;
  readonly state: WatchState;
  readonly status: StatusLine;
  readonly open: () => Promise<CycleSink<RunSummary>>;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Registers `dyad watch`. */
export function registerWatchCommand(program: Command): void {
  const cmd = program
    .command("watch")
    .description(
      "poll directories and feeds, and ingest new or changed articles into the event store",
    )
    .argument("[paths...]", "directories (walked recursively) or files to poll");
  addDbOption(addCodingOptions(addInputOptions(cmd)))
    .option("--feed <url>", "RSS or Atom feed URL to poll; repeatable", collect, [])
    .option("--every <duration>", "time between polls: 30s, 10m, 1h", "1m")
    .option(
      "--settle <duration>",
      "files modified more recently than this wait for the next poll",
      "2s",
    )
    .option("--once", "poll once and exit (status 1 when some document failed)")
    .option(
      "--state <file>",
      "what was ingested (default: <db>.watch.json; ./dyad-watch.json for PostgreSQL)",
    )
    // --fetch-linked comes with the input flags (addInputOptions); polled feed URLs fetch by default.
    .option("--no-fetch-linked", "never fetch pages: code the summaries of summary-only entries")
    .option("--batch <n>", "articles stored per transaction", "64")
    .option("--json", "print one JSON summary per poll that ingested something, on stdout")
    .option("-q, --quiet", "no status line or poll summaries, per-document messages only")
    .addHelpText(
      "after",
      "\nFiles are recognised by extension as in `dyad ingest`; write them elsewhere and rename them into\n" +
        "the folder (or let --settle pass) so half-written files are not read. Feeds are polled with\n" +
        "conditional requests; only entries not seen before are read, and the pages of entries that\n" +
        "carry only a summary are fetched (for feed files in the watched folders: with --fetch-linked).\n" +
        "Example: dyad watch inbox/ --feed https://example.org/world/rss.xml --every 10m",
    )
    .action(async (paths: string[], flags: WatchFlags) => {
      process.exitCode = await runWatch(paths, flags);
    });
}

/** Runs the watch until a signal (or one poll with --once); returns the exit status. */
async function runWatch(paths: string[], flags: WatchFlags): Promise<number> {
  const checked = checkFlags(paths, flags);
  const { coder, version } = await loadCoder(flags);
  const controller = new AbortController();
  const stop = onSignals(controller);
  const status = new StatusLine(process.stderr, flags.quiet !== true);
  try {
    return await withStore(flags, async (store) => {
      const state = WatchState.load(flags.state ?? defaultStatePath(storeUrlOf(flags)));
      const plan: WatchPlan = { ...checked, signal: controller.signal };
      const open = (): Promise<CycleSink<RunSummary>> =>
        openSession(store, coder, version, plan, flags, status);
      return await watchLoop({ plan, state, status, open }, flags);
    });
  } finally {
    status.clear();
    stop();
  }
}

/** Polls until aborted; returns 1 when --once saw a failed document, else 0. */
async function watchLoop(w: Watcher, flags: WatchFlags): Promise<number> {
  const everyMs = parseDuration("--every", flags.every, 1000, 7 * 86_400_000);
  let failed = 0;
  let stored = 0;
  for (let cycle = 1; !w.plan.signal.aborted; cycle++) {
    w.status.set(`dyad watch: poll ${cycle}: scanning… (${stored} articles stored so far)`);
    const outcome = await runCycle(w.plan, w.state, w.open);
    if (outcome.summary !== undefined) {
      failed += outcome.summary.failed;
      stored += outcome.summary.inserted + outcome.summary.replaced;
      printCycle(cycle, outcome, outcome.summary, flags, w.status);
    }
    if (flags.once || outcome.aborted) break;
    const next = new Date(Date.now() + everyMs).toTimeString().slice(0, 8);
    const waiting = outcome.settling > 0 ? `, ${outcome.settling} file(s) settling` : "";
    w.status.set(
      `dyad watch: ${stored} articles stored, ${failed} failed; idle${waiting}, next poll at ${next}`,
    );
    await sleep(everyMs, undefined, { signal: w.plan.signal }).catch((error: unknown) => {
      // The sleep ends early on shutdown; the loop condition then stops the watch.
      if (!w.plan.signal.aborted) throw error;
    });
  }
  return flags.once && failed > 0 ? 1 : 0;
}

/** Validates the flags into the parts of the plan that do not depend on the run. */
function checkFlags(paths: string[], flags: WatchFlags): Omit<WatchPlan, "signal"> {
  if (paths.length === 0 && flags.feed.length === 0)
    throw new UsageError("dyad watch needs a directory or file to poll, or --feed URL");
  for (const url of flags.feed)
    if (!isUrlInput(url) || !URL.canParse(url))
      throw new UsageError(`--feed ${url} is not an http(s) URL`);
  integerFlag("--batch", flags.batch, 1, 10_000);
  parseDuration("--every", flags.every, 1000, 7 * 86_400_000);
  const ingest = ingestOptionsOf(flags);
  return {
    paths,
    feeds: flags.feed,
    ingest: { ...ingest, fetchLinked: flags.fetchLinked === true },
    feedIngest: { ...ingest, fetchLinked: flags.fetchLinked !== false },
    http: { ...DEFAULT_FETCH_SETTINGS, maxBytes: DEFAULT_MAX_BYTES },
    settleMs: flags.once ? 0 : parseDuration("--settle", flags.settle, 0, 3_600_000),
  };
}

/** Starts the ingest session of one cycle, wrapped as the cycle's sink (with live counts). */
async function openSession(
  store: EventStore,
  coder: Coder,
  version: string,
  plan: WatchPlan,
  flags: WatchFlags,
  status: StatusLine,
): Promise<CycleSink<RunSummary>> {
  const report = new RunReporter(status.logStream(), false, { command: "watch" });
  const batchSize = integerFlag("--batch", flags.batch, 1, 10_000);
  const settings = ingestSettings([...plan.paths, ...plan.feeds], version, batchSize);
  const session = new IngestSession(store, coder, report, settings);
  await session.start();
  let articles = 0;
  return {
    issue: (issue: DocIssue) => session.issue(issue),
    article: async (article: Article) => {
      await session.article(article);
      articles++;
      status.set(`dyad watch: reading… ${articles} articles this poll`);
    },
    finish: () => session.finish(),
  };
}

function printCycle(
  cycle: number,
  outcome: CycleOutcome<RunSummary>,
  s: RunSummary,
  flags: WatchFlags,
  status: StatusLine,
): void {
  if (flags.json) {
    const line = { poll: cycle, files: outcome.files, feeds: outcome.feeds, ...s };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  if (flags.quiet) return;
  const what = `${outcome.files} file(s), ${outcome.feeds} feed(s) changed`;
  status.log(
    `dyad watch: poll ${cycle}: ${what}: ${s.articles} articles: ${s.inserted} inserted, ${s.replaced} replaced, ` +
      `${s.unchanged} unchanged, ${s.failed} failed; ${s.store.events} events in store\n`,
  );
}

/** The state file's default place: next to a SQLite store, else in the working directory. */
function defaultStatePath(storeUrl: string): string {
  return /^postgres(ql)?:\/\//i.test(storeUrl) ? "dyad-watch.json" : `${storeUrl}.watch.json`;
}

/** SIGINT/SIGTERM abort the watch (it commits and exits); a second signal exits at once. */
function onSignals(controller: AbortController): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(signal === "SIGINT" ? 130 : 143);
    controller.abort();
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}
