/**
 * The input and coding flags `dyad code`, `dyad ingest` and `dyad recode` share, defined once so
 * the commands cannot drift apart.
 */
import type { Command } from "commander";
import { coderVersion } from "../coder-version.js";
import { UsageError } from "../core/errors.js";
import { INPUT_FORMATS, type IngestOptions, type InputFormat } from "../ingest/ingest-types.js";
import type { CodeOptions, Coder } from "../pipeline.js";

/** Parsed values of the shared coding flags. */
export interface CodingFlags {
  readonly inputFormat?: string;
  readonly date?: string;
  readonly fetchLinked?: boolean;
  readonly actors: string[];
  readonly dictionaries?: string;
  readonly model: string | boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Adds the coding flags (`--actors`, `--dictionaries`, `--model`, `--no-model`) to a command. */
export function addCodingOptions(cmd: Command): Command {
  return cmd
    .option(
      "--actors <file>",
      "add a user actor dictionary (TSV, or JSON if it ends in .json; see data/actors/README.md); repeatable",
      collect,
      [],
    )
    .option(
      "--dictionaries <dir>",
      "code with CAMEO/PETRARCH/TABARI dictionaries in DIR instead of dyad's tables",
    )
    .option("--model <file>", "event-type model from `dyad train` (default: the shipped model)")
    .option("--no-model", "rules only: do not re-weight events with the statistical model");
}

/** Adds the input flags (`--input-format`, `--date`) to a command. */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .option("-i, --input-format <format>", `input format: ${INPUT_FORMATS.join(" | ")}`, "auto")
    .option("--date <YYYY-MM-DD>", "publication date for inputs that carry none")
    .option(
      "--fetch-linked",
      "for feed entries that carry only a summary, fetch and read the linked article page",
    );
}

/** The pipeline options the coding flags name. */
export function codeOptionsOf(flags: CodingFlags): CodeOptions {
  return {
    ...(flags.actors.length ? { actorsFiles: flags.actors } : {}),
    ...(flags.dictionaries === undefined ? {} : { dictionaries: flags.dictionaries }),
    ...(flags.model === false
      ? { model: false as const }
      : typeof flags.model === "string"
        ? { model: flags.model }
        : {}),
  };
}

/** The coder the coding flags name, and the coder version stored with what it codes. */
export async function loadCoder(flags: CodingFlags): Promise<{ coder: Coder; version: string }> {
  const codeOpts = codeOptionsOf(flags);
  // Loaded on demand: the NLP models take a second to load, which `dyad query --help` should not pay.
  const { createCoder } = await import("../pipeline.js");
  return { coder: createCoder(codeOpts), version: coderVersion(codeOpts) };
}

/** The `readInputs` options the input flags name; bad values are UsageErrors (exit 2). */
export function ingestOptionsOf(flags: CodingFlags): IngestOptions {
  const format = flags.inputFormat ?? "auto";
  if (!(INPUT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`unknown --input-format ${format}`);
  if (flags.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date))
    throw new UsageError("--date must be YYYY-MM-DD");
  return {
    inputFormat: format as InputFormat,
    ...(flags.date ? { date: flags.date } : {}),
    ...(flags.fetchLinked ? { fetchLinked: true } : {}),
  };
}
