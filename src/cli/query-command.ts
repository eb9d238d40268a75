import type { Command } from "commander";
import { eventCsvHeader, eventCsvLine, eventTable } from "../export/index.js";
import type { EventPage, EventSort } from "../store/index.js";
import { addFilterOptions, filterOf, type FilterFlags } from "./filter-options.js";
import { openSink } from "./output-sink.js";
import { choiceFlag, integerFlag } from "./parse-flags.js";
import { addDbOption, withStore, type DbFlags } from "./store-options.js";

const FORMATS = ["table", "jsonl", "csv"] as const;
const SORTS: readonly EventSort[] = ["date-desc", "date-asc", "mentions-desc"];

interface QueryFlags extends FilterFlags, DbFlags {
  readonly format: string;
  readonly limit: string;
  readonly cursor?: string;
  readonly sort: string;
  readonly mentions?: boolean;
}

/** Registers `dyad query`: print one page of merged events matching filters. */
export function registerQueryCommand(program: Command): void {
  const cmd = program
    .command("query")
    .description(
      "print merged events from the store (mention, article and source counts, first and last report)",
    );
  addDbOption(addFilterOptions(cmd))
    .option("-f, --format <format>", `output format: ${FORMATS.join(" | ")}`, "table")
    .option("--limit <n>", "events per page, 1..1000", "50")
    .option("--cursor <cursor>", "continue after the page that printed this cursor")
    .option("--sort <order>", `${SORTS.join(" | ")}`, "date-desc")
    .option(
      "--mentions",
      "include each event's mentions with their evidence (sentence, trigger, spans)",
    )
    .addHelpText(
      "after",
      "\nWhen more events match, the cursor of the next page is printed on stderr (table, csv) or as a\n" +
        'last JSONL line {"next": "..."}.\n' +
        "Example: dyad query --actor CHN --type CONSULT --mentions",
    )
    .action(async (flags: QueryFlags) => {
      await runQuery(flags);
    });
}

async function runQuery(flags: QueryFlags): Promise<void> {
  const format = choiceFlag("--format", flags.format, FORMATS);
  const filter = filterOf(flags);
  const page = {
    limit: integerFlag("--limit", flags.limit, 1, 1000),
    sort: choiceFlag("--sort", flags.sort, SORTS),
    withMentions: flags.mentions === true,
    ...(flags.cursor === undefined ? {} : { cursor: flags.cursor }),
  };
  const result = await withStore(flags, (store) => store.queryEvents(filter, page));
  const out = await openSink();
  await out.write(render(result, format));
  if (result.next !== undefined && format !== "jsonl")
    process.stderr.write(`dyad query: more events: --cursor ${result.next}\n`);
}

function render(page: EventPage, format: (typeof FORMATS)[number]): string {
  if (format === "csv") return eventCsvHeader() + page.events.map(eventCsvLine).join("");
  if (format === "jsonl") {
    const next = page.next === undefined ? "" : `${JSON.stringify({ next: page.next })}\n`;
    return page.events.map((e) => `${JSON.stringify(e)}\n`).join("") + next;
  }
  return page.events.length === 0 ? "no events match\n" : eventTable(page.events);
}
