import { Command, CommanderError } from "commander";
import { readFileSync } from "node:fs";
import { DyadError } from "../core/errors.js";
import { dataPath } from "../core/data-path.js";
import { registerCodeCommand } from "./code-command.js";
import { registerServeCommand } from "./serve-command.js";
import { registerExportCommand } from "./export-command.js";
import { registerIngestCommand } from "./ingest-command.js";
import { registerQueryCommand } from "./query-command.js";
import { registerRecodeCommand } from "./recode-command.js";
import { registerStatsCommand } from "./stats-command.js";
import { registerTrainCommand } from "./train-command.js";
import { registerWatchCommand } from "./watch-command.js";

/** Builds the `dyad` command tree; each command lives in its own file. */
export function buildProgram(): Command {
  const pkg = JSON.parse(readFileSync(dataPath("..", "package.json"), "utf8")) as {
    version: string;
  };
  const program = new Command("dyad")
    .description(
      "Turn news into evidence-backed political event data (PLOVER 2.0 + CAMEO), offline.",
    )
    .version(pkg.version)
    .showHelpAfterError()
    .exitOverride();
  registerCodeCommand(program);
  registerTrainCommand(program);
  registerServeCommand(program);
  registerIngestCommand(program);
  registerRecodeCommand(program);
  registerQueryCommand(program);
  registerStatsCommand(program);
  registerExportCommand(program);
  registerWatchCommand(program);
  program
    .command("schema")
    .description("print the JSON Schema of the event records `dyad code` writes")
    .action(() => {
      process.stdout.write(
        readFileSync(dataPath("..", "schema", "event-record.schema.json"), "utf8"),
      );
    });
  return program;
}

/** Runs the CLI; exit codes: 0 ok, 1 some document failed, 2 usage error, 70 internal error. */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    if (err instanceof DyadError) {
      process.stderr.write(`dyad: ${err.message}\n`);
      process.exitCode = err.code === "usage" ? 2 : 70;
      return;
    }
    throw err;
  }
}
