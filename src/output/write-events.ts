import type { EventRecord } from "../core/types.js";
import { CODING_COLUMNS, codingCells, csvCell } from "../export/cells.js";

export { csvCell };

/** Output formats of `dyad code`. */
export type OutputFormat = "jsonl" | "csv" | "table";

/** Columns of the CSV and table formats, in order; documented in the README. */
export const FLAT_COLUMNS = [
  "id",
  "article_id",
  "date",
  "date_granularity",
  ...CODING_COLUMNS,
  "location",
  "location_country",
  "modality",
  "attribution",
  "confidence",
  "rule",
  "trigger",
  "trigger_start",
  "trigger_end",
] as const;

/** Flattens a record into the CSV/table columns. */
export function flatten(e: EventRecord): Record<(typeof FLAT_COLUMNS)[number], string> {
  return {
    id: e.id,
    article_id: e.article_id,
    date: e.date ?? "",
    date_granularity: e.date_granularity ?? "",
    ...codingCells(e),
    location: e.location?.text ?? "",
    location_country: e.location?.country ?? "",
    modality: e.modality,
    attribution: e.attribution ? (e.attribution.name ?? e.attribution.entity_text) : "",
    confidence: String(e.confidence),
    rule: e.rule,
    trigger: e.evidence.trigger.text,
    trigger_start: String(e.evidence.trigger.start),
    trigger_end: String(e.evidence.trigger.end),
  };
}

/** Writes events incrementally in one output format. */
export interface EventWriter {
  write(events: readonly EventRecord[]): void;
  end(): void;
}

/** Creates a writer for a format that sends text to `out`. */
export function createEventWriter(format: OutputFormat, out: (s: string) => void): EventWriter {
  if (format === "jsonl") {
    return {
      write: (es) => es.forEach((e) => out(JSON.stringify(e) + "\n")),
      end: () => undefined,
    };
  }
  if (format === "csv") {
    out(FLAT_COLUMNS.join(",") + "\n");
    return {
      write: (es) =>
        es.forEach((e) => {
          const flat = flatten(e);
          out(FLAT_COLUMNS.map((c) => csvCell(flat[c])).join(",") + "\n");
        }),
      end: () => undefined,
    };
  }
  return tableWriter(out);
}

const TABLE_COLUMNS = [
  "article_id",
  "date",
  "event",
  "mode",
  "actor",
  "recipient",
  "modality",
  "cameo",
  "confidence",
  "trigger",
] as const;

/** A human-readable table; rows are buffered so columns can be aligned. */
function tableWriter(out: (s: string) => void): EventWriter {
  const rows: string[][] = [];
  return {
    write: (es) =>
      es.forEach((e) => {
        const flat = flatten(e);
        rows.push(TABLE_COLUMNS.map((c) => clip(flat[c], c === "article_id" ? 28 : 40)));
      }),
    end: () => {
      const all = [[...TABLE_COLUMNS], ...rows];
      const widths = TABLE_COLUMNS.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
      for (const r of all)
        out(
          r
            .map((c, i) => c.padEnd(widths[i] ?? 0))
            .join("  ")
            .trimEnd() + "\n",
        );
    },
  };
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}
