import type { Command } from "commander";
import { EXPORT_FORMATS, exportWriter, type ExportWriter } from "../export/index.js";
import type { EventFilter, EventStore } from "../store/index.js";
import { addFilterOptions, filterOf, type FilterFlags } from "./filter-options.js";
import { openSink, type OutputSink } from "./output-sink.js";
import { choiceFlag, integerFlag } from "./parse-flags.js";
import { addDbOption, withStore, type DbFlags } from "./store-options.js";

interface ExportFlags extends FilterFlags, DbFlags {
  readonly format: string;
  readonly out?: string;
  readonly mentions?: boolean;
  readonly pageSize: string;
}

/** Registers `dyad export`: stream every matching merged event in a dataset format. */
export function registerExportCommand(program: Command): void {
  const cmd = program
    .command("export")
    .description(
      "write merged events as PLOVER JSONL, CSV, POLECAT-compatible TSV or a GDELT-2.0-compatible table",
    );
  addDbOption(addFilterOptions(cmd))
    .option("-f, --format <format>", EXPORT_FORMATS.join(" | "), "plover-jsonl")
    .option("-o, --out <file>", "write to FILE instead of stdout")
    .option("--mentions", "plover-jsonl: include each event's mentions with their evidence")
    .option(
      "--page-size <n>",
      "events read per store query (memory stays bounded by one page)",
      "500",
    )
    .addHelpText(
      "after",
      "\nColumn order and meaning of every format: src/export/README.md. Events are written oldest\n" +
        "first; gdelt has no header row (like GDELT's files), the others have one.\n" +
        "Example: dyad export --format gdelt --from 2023-11 --to 2023-11 --out events.tsv",
    )
    .action(async (flags: ExportFlags) => {
      const format = choiceFlag("--format", flags.format, EXPORT_FORMATS);
      const pageSize = integerFlag("--page-size", flags.pageSize, 1, 1000);
      const filter = filterOf(flags);
      const writer = exportWriter(format, flags.mentions === true);
      await withStore(flags, async (store) => {
        const out = await openSink(flags.out);
        try {
          await exportAll(store, filter, writer, out, pageSize);
        } finally {
          await out.close();
        }
      });
    });
}

/** Writes every matching event, one page at a time (keyset cursor), so memory stays bounded. */
async function exportAll(
  store: EventStore,
  filter: EventFilter,
  writer: ExportWriter,
  out: OutputSink,
  limit: number,
): Promise<number> {
  await out.write(writer.header);
  let cursor: string | undefined;
  let n = 0;
  do {
    const page = await store.queryEvents(filter, {
      limit,
      sort: "date-asc",
      withMentions: writer.needsMentions,
      ...(cursor === undefined ? {} : { cursor }),
    });
    await out.write(page.events.map((e) => writer.line(e)).join(""));
    n += page.events.length;
    cursor = page.next;
  } while (cursor !== undefined);
  return n;
}
