import type { Command } from "commander";
import { UsageError } from "../core/errors.js";
import type { DocIssue } from "../core/types.js";
import { readInputs } from "../ingest/read-inputs.js";
import { createEventWriter, type OutputFormat } from "../output/write-events.js";
import {
  addCodingOptions,
  addInputOptions,
  codeOptionsOf,
  ingestOptionsOf,
  type CodingFlags,
} from "./coding-options.js";
import { RunReporter } from "./run-reporter.js";

const FORMATS = ["jsonl", "csv", "table"];

interface CodeFlags extends CodingFlags {
  readonly format: string;
  readonly quiet?: boolean;
}

/** Registers `dyad code`: read inputs, code them, write events to stdout. */
export function registerCodeCommand(program: Command): void {
  const cmd = program
    .command("code")
    .description(
      "code articles into PLOVER + CAMEO event records with evidence (written to stdout)",
    )
    .argument("[inputs...]", "files, directories (recursive), http(s) URLs or - for stdin", ["-"])
    .option("-f, --format <format>", `output format: ${FORMATS.join(" | ")}`, "jsonl");
  addCodingOptions(addInputOptions(cmd))
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

/** Codes every input document; returns the process exit code. */
async function runCode(inputs: string[], flags: CodeFlags): Promise<number> {
  if (!FORMATS.includes(flags.format)) throw new UsageError(`unknown --format ${flags.format}`);
  const opts = ingestOptionsOf(flags);
  // Loaded on demand: the NLP models take a second to load, which `dyad query --help` should not pay.
  const { createCoder } = await import("../pipeline.js");
  const coder = createCoder(codeOptionsOf(flags));
  const writer = createEventWriter(flags.format as OutputFormat, (s) => process.stdout.write(s));
  const report = new RunReporter(process.stderr, !flags.quiet);
  for await (const item of readInputs(inputs, opts)) {
    if (item.kind === "issue") {
      report.issue(item.issue);
      continue;
    }
    try {
      const result = coder(item.article);
      writer.write(result.events);
      result.issues.forEach((i) => report.issue(i));
      report.coded(
        result.events.length,
        result.issues.some((i) => i.severity === "error"),
      );
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
  return {
    severity: "error",
    code: "internal-error",
    message: `coding failed: ${msg}`,
    origin,
    articleId,
  };
}
