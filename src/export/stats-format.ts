/**
 * Output of `dyad stats`: rows as a table, CSV or JSONL, and the `none` grouping (one row per
 * time bucket) folded from per-type rows.
 */
import type { StatsRow } from "../store/index.js";
import { csvLine } from "./cells.js";
import { textTable } from "./text-table.js";

/** Output formats of stats rows. */
export type StatsFormat = "table" | "csv" | "jsonl";

/** Sums rows per bucket, dropping the key: totals per time bucket (input sorted by bucket). */
export function foldBuckets(rows: readonly StatsRow[]): StatsRow[] {
  const out = new Map<
    string,
    { bucket: string; key: string; events: number; mentions: number; intensity: number }
  >();
  for (const r of rows) {
    const acc = out.get(r.bucket) ?? {
      bucket: r.bucket,
      key: "",
      events: 0,
      mentions: 0,
      intensity: 0,
    };
    acc.events += r.events;
    acc.mentions += r.mentions;
    // Rounded like the store rounds its sums, so float noise does not show up in output.
    acc.intensity = Math.round((acc.intensity + r.intensity) * 1000) / 1000;
    out.set(r.bucket, acc);
  }
  return [...out.values()];
}

/** Renders stats rows; `keyName` names the key column (`type`, `quad`, `dyad`), absent for none. */
export function formatStats(
  rows: readonly StatsRow[],
  format: StatsFormat,
  keyName?: string,
): string {
  const header = ["bucket", ...(keyName ? [keyName] : []), "events", "mentions", "intensity"];
  const cells = (r: StatsRow): string[] => [
    r.bucket,
    ...(keyName ? [r.key] : []),
    String(r.events),
    String(r.mentions),
    String(r.intensity),
  ];
  if (format === "csv") return csvLine(header) + rows.map((r) => csvLine(cells(r))).join("");
  if (format === "jsonl") {
    return rows
      .map(
        (r) =>
          JSON.stringify({
            bucket: r.bucket,
            ...(keyName ? { [keyName]: r.key } : {}),
            events: r.events,
            mentions: r.mentions,
            intensity: r.intensity,
          }) + "\n",
      )
      .join("");
  }
  return textTable(
    header,
    rows.map((r) => cells({ ...r, bucket: r.bucket || "(undated)" })),
  );
}
