import type { Command } from "commander";
import { UsageError } from "../core/errors.js";
import type { DocIssue } from "../core/types.js";
import { readInputs } from "../ingest/read-inputs.js";
import type { InputFormat } from "../ingest/ingest-types.js";
import { createEventWriter, type OutputFormat } from "../output/write-events.js";
import { createCoder } from "../pipeline.js";
import { RunReporter } from "./run-reporter.js";

const FORMATS = ["jsonl", "csv", "table"];
const INPUT_FORMATS = ["auto", "article", "txt", "jsonl"];

interface CodeFlags {
  readonly format: string;
  readonly inputFormat: string;
  readonly date?: string;
  readonly actors: string[];
  readonly dictionaries?: string;
  readonly model: string | boolean;
  readonly quiet?: boolean;
}

/** Registers `dyad code`: read inputs, code them, write events to stdout. */
export function registerCodeCommand(program: Command): void {
  program
    .command("code")
    .description("code articles into PLOVER + CAMEO event records with evidence (written to stdout)")
    .argument("[inputs...]", "files, directories (recursive) or - for stdin", ["-"])
    .option("-f, --format <format>", `output format: ${FORMATS.join(" | ")}`, "jsonl")
    .option("-i, --input-format <format>", `input format: ${INPUT_FORMATS.join(" | ")}`, "auto")
    .option("--date <YYYY-MM-DD>", "publication date for inputs that carry none")
    .option("--actors <file>", "add a user actor dictionary (TSV, or JSON if it ends in .json; see data/actors/README.md); repeatable", collect, [])
    .option("--dictionaries <dir>", "code with CAMEO/PETRARCH/TABARI dictionaries in DIR instead of dyad's tables")
    .option("--model <file>", "event-type model from `dyad train` (default: the shipped model)")
    .option("--no-model", "rules only: do not re-weight events with the statistical model")
    .option("-q, --quiet", "no progress line and no summary on stderr")
    .addHelpText(
      "after",
      "\nExit status: 0 when every document was coded, 1 when some document failed (see stderr), 2 on usage errors.\n" +
        "Example: dyad code examples/ --format table",
    )
    .action(async (inputs: string[], flags: CodeFlags) => {
      process.exitCode = await runCode(inputs, flags);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Codes every input document; returns the process exit code. */
async function runCode(inputs: string[], flags: CodeFlags): Promise<number> {
  if (!FORMATS.includes(flags.format)) throw new UsageError(`unknown --format ${flags.format}`);
  if (!INPUT_FORMATS.includes(flags.inputFormat)) throw new UsageError(`unknown --input-format ${flags.inputFormat}`);
  if (flags.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) throw new UsageError("--date must be YYYY-MM-DD");
  const coder = createCoder({
    ...(flags.actors.length ? { actorsFiles: flags.actors } : {}),
    ...(flags.dictionaries === undefined ? {} : { dictionaries: flags.dictionaries }),
    ...(flags.model === false ? { model: false as const } : typeof flags.model === "string" ? { model: flags.model } : {}),
  });
  const writer = createEventWriter(flags.format as OutputFormat, (s) => process.stdout.write(s));
  const report = new RunReporter(process.stderr, !flags.quiet);
  const opts = { inputFormat: flags.inputFormat as InputFormat, ...(flags.date ? { date: flags.date } : {}) };
  for await (const item of readInputs(inputs, opts)) {
    if (item.kind === "issue") {
      report.issue(item.issue);
      continue;
    }
    try {
      const result = coder(item.article);
      writer.write(result.events);
      result.issues.forEach((i) => report.issue(i));
      report.coded(result.events.length, result.issues.some((i) => i.severity === "error"));
    } catch (cause) {
      // A bug in one document must not lose the batch: report it with its cause and go on.
      report.issue(internalIssue(item.article.origin, item.article.id, cause));
      report.coded(0, true);
    }
  }
  writer.end();
  report.finish();
  return report.failed() ? 1 : 0;
}

function internalIssue(origin: DocIssue["origin"], articleId: string, cause: unknown): DocIssue {
  const msg = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  return { severity: "error", code: "internal-error", message: `coding failed: ${msg}`, origin, articleId };
}
