import type { Command } from "commander";
import { foldBuckets, formatStats } from "../export/index.js";
import type { StatsBy, StatsGroup } from "../store/index.js";
import { addFilterOptions, filterOf, type FilterFlags } from "./filter-options.js";
import { openSink } from "./output-sink.js";
import { choiceFlag } from "./parse-flags.js";
import { addDbOption, withStore, type DbFlags } from "./store-options.js";

const BUCKETS: readonly StatsGroup[] = ["day", "week", "month"];
const GROUPS = ["type", "quad", "dyad", "none"] as const;
const FORMATS = ["table", "jsonl", "csv"] as const;

interface StatsFlags extends FilterFlags, DbFlags {
  readonly by: string;
  readonly group: string;
  readonly format: string;
}

/** Registers `dyad stats`: event counts and summed intensity per time bucket, for time series. */
export function registerStatsCommand(program: Command): void {
  const cmd = program
    .command("stats")
    .description(
      "count merged events, their mentions and summed intensity per day/week/month and type/quad/dyad",
    );
  addDbOption(addFilterOptions(cmd))
    .option(
      "--by <bucket>",
      `time bucket: ${BUCKETS.join(" | ")} (weeks are named by their Monday)`,
      "month",
    )
    .option(
      "--group <key>",
      `second key: ${GROUPS.join(" | ")} (dyad = actors>recipients codes)`,
      "type",
    )
    .option("-f, --format <format>", `output format: ${FORMATS.join(" | ")}`, "table")
    .addHelpText(
      "after",
      '\nUndated events are counted under the bucket "" ("(undated)" in tables).\nExample: dyad stats --by week --group quad --actor-country UKR --format csv',
    )
    .action(async (flags: StatsFlags) => {
      const bucket = choiceFlag("--by", flags.by, BUCKETS);
      const group = choiceFlag("--group", flags.group, GROUPS);
      const format = choiceFlag("--format", flags.format, FORMATS);
      const filter = filterOf(flags);
      // `none` totals per bucket: the per-type rows (the cheapest roll-up) summed over types.
      const by: StatsBy = group === "none" ? "type" : group;
      const rows = await withStore(flags, (store) => store.stats(bucket, by, filter));
      const out = await openSink();
      await out.write(
        formatStats(
          group === "none" ? foldBuckets(rows) : rows,
          format,
          group === "none" ? undefined : group,
        ),
      );
    });
}
