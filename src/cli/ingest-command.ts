import type { Command } from "commander";
import { readInputs } from "../ingest/read-inputs.js";
import {
  addCodingOptions,
  addInputOptions,
  ingestOptionsOf,
  loadCoder,
  type CodingFlags,
} from "./coding-options.js";
import { countArticles } from "./count-inputs.js";
import { IngestSession, ingestSettings, type RunSummary } from "./ingest-session.js";
import { integerFlag } from "./parse-flags.js";
import { RunReporter } from "./run-reporter.js";
import { addDbOption, withStore, type DbFlags } from "./store-options.js";

interface IngestFlags extends CodingFlags, DbFlags {
  readonly batch: string;
  readonly json?: boolean;
  readonly quiet?: boolean;
}

/** Registers `dyad ingest`: code inputs and store them (idempotent: unchanged articles are skipped). */
export function registerIngestCommand(program: Command): void {
  const cmd = program
    .command("ingest")
    .description(
      "code articles and store their events in the event store (re-running is safe: unchanged articles are skipped)",
    )
    .argument("[inputs...]", "files, directories (recursive), http(s) URLs or - for stdin", ["-"]);
  addDbOption(addCodingOptions(addInputOptions(cmd)))
    .option(
      "--batch <n>",
      "articles stored per transaction (a killed run loses at most the last two batches; re-run it)",
      "256",
    )
    .option("--json", "print the run summary as one JSON object on stdout")
    .option("-q, --quiet", "no progress bar, per-document messages only")
    .addHelpText(
      "after",
      "\nAn article whose id, text and coder version are already stored is unchanged; a changed text\n" +
        "is re-coded and replaces the article's old mentions. Per-document problems go to stderr and\n" +
        "are recorded with the run in the store.\n" +
        "Exit status: 0 when every document was stored, 1 when some document failed, 2 on usage errors.\n" +
        "Example: dyad ingest examples/ && dyad query --actor CHN --type CONSULT --mentions",
    )
    .action(async (inputs: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(inputs, flags);
    });
}

/** Codes and stores every input document; returns the process exit code. */
async function runIngest(inputs: string[], flags: IngestFlags): Promise<number> {
  const readOpts = ingestOptionsOf(flags);
  const batchSize = integerFlag("--batch", flags.batch, 1, 10_000);
  const { coder, version } = await loadCoder(flags);
  const live = !flags.quiet && process.stderr.isTTY === true;
  const total = live ? await countArticles(inputs, readOpts.inputFormat) : undefined;
  const report = new RunReporter(process.stderr, !flags.quiet, {
    command: "ingest",
    ...(total === undefined ? {} : { total }),
  });
  const settings = ingestSettings(inputs, version, batchSize);
  const summary = await withStore(flags, (store) =>
    new IngestSession(store, coder, report, settings).run(async (session) => {
      for await (const item of readInputs(inputs, readOpts)) {
        if (item.kind === "issue") await session.issue(item.issue);
        else await session.article(item.article);
      }
    }),
  );
  printSummary(summary, report, flags.json === true);
  return summary.failed > 0 ? 1 : 0;
}

/** The summary line on stderr, and the JSON object on stdout with `--json`. */
export function printSummary(s: RunSummary, report: RunReporter, json: boolean): void {
  report.finish(
    `${s.articles} articles: ${s.inserted} inserted, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.failed} failed; ` +
      `${s.store.events} events in store (${s.store.mentions} mentions, ${s.store.articles} articles) ${report.timing()}`,
  );
  if (json) process.stdout.write(`${JSON.stringify(s)}\n`);
}
