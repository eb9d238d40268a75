import type { Command } from "commander";
import type { Article } from "../core/types.js";
import type { EventStore } from "../store/index.js";
import { addCodingOptions, loadCoder, type CodingFlags } from "./coding-options.js";
import { printSummary } from "./ingest-command.js";
import { IngestSession, type RunSummary } from "./ingest-session.js";
import { integerFlag } from "./parse-flags.js";
import { RunReporter } from "./run-reporter.js";
import { addDbOption, withStore, type DbFlags } from "./store-options.js";

interface RecodeFlags extends CodingFlags, DbFlags {
  readonly all?: boolean;
  readonly batch: string;
  readonly json?: boolean;
  readonly quiet?: boolean;
}

/** Registers `dyad recode`: re-code stored articles that another coder version coded. */
export function registerRecodeCommand(program: Command): void {
  const cmd = program
    .command("recode")
    .description(
      "re-code the stored articles that another dyad version (or other coding options) coded",
    );
  addDbOption(addCodingOptions(cmd))
    .option("--all", "re-code and re-store every stored article, whatever version coded it")
    .option("--batch <n>", "articles stored per transaction", "256")
    .option("--json", "print the run summary as one JSON object on stdout")
    .option("-q, --quiet", "no progress bar, per-document messages only")
    .addHelpText(
      "after",
      "\nThe coder version is dyad@<version>+<hash of the data tables and of the --actors,\n" +
        "--dictionaries and --model files>; every mention keeps the version that coded it.\n" +
        "Use the same coding options as the ingest runs, or every article counts as re-codable.\n" +
        "Exit status: 0 when every article was re-coded, 1 when some failed, 2 on usage errors.\n" +
        "Example: dyad recode --db news.db",
    )
    .action(async (flags: RecodeFlags) => {
      process.exitCode = await runRecode(flags);
    });
}

/** Re-codes the stored articles in batches; returns the process exit code. */
async function runRecode(flags: RecodeFlags): Promise<number> {
  const batchSize = integerFlag("--batch", flags.batch, 1, 10_000);
  const { coder, version } = await loadCoder(flags);
  let report = new RunReporter(process.stderr, !flags.quiet, { command: "recode" });
  const summary = await withStore(flags, async (store): Promise<RunSummary> => {
    // The total is known only for --all (every article); otherwise the bar counts without ETA.
    if (flags.all)
      report = new RunReporter(process.stderr, !flags.quiet, {
        command: "recode",
        total: (await store.counts()).articles,
      });
    const session = new IngestSession(store, coder, report, {
      command: "recode",
      inputs: [],
      coderVersion: version,
      batchSize,
      skipUnchanged: false,
      keyByOrigin: false,
      force: flags.all === true,
    });
    return session.run(async () => {
      for await (const stored of articlesToRecode(store, version, flags.all === true))
        await session.article(stored);
    });
  });
  printSummary(summary, report, flags.json === true);
  return summary.failed > 0 ? 1 : 0;
}

/** The stored articles to re-code: those another version coded, or all of them. */
async function* articlesToRecode(
  store: EventStore,
  version: string,
  all: boolean,
): AsyncGenerator<Article> {
  for await (const stored of store.articlesForRecode(all ? {} : { notVersion: version }))
    yield stored.article;
}
