/**
 * The CSV form of merged events (`dyad export --format csv`, `dyad query --format csv`): one row
 * per event, columns documented in src/export/README.md.
 */
import type { StoredEvent } from "../store/index.js";
import { CODING_COLUMNS, codingCells, csvLine, num } from "./cells.js";

/** Columns of the event CSV, in order. */
export const EVENT_CSV_COLUMNS = [
  "id",
  "date",
  "date_granularity",
  "day",
  ...CODING_COLUMNS,
  "modality",
  "confidence",
  "location",
  "location_country",
  "latitude",
  "longitude",
  "mention_count",
  "article_count",
  "source_count",
  "first_report",
  "last_report",
] as const;

/** The CSV header line. */
export function eventCsvHeader(): string {
  return csvLine(EVENT_CSV_COLUMNS);
}

/** One event as cells, in `EVENT_CSV_COLUMNS` order. */
export function eventCsvCells(e: StoredEvent): string[] {
  const coding = codingCells(e);
  return [
    e.id,
    e.date ?? "",
    e.date_granularity ?? "",
    e.day,
    ...CODING_COLUMNS.map((c) => coding[c]),
    e.modality,
    String(e.confidence),
    e.location?.text ?? "",
    e.location?.country ?? "",
    num(e.location?.lat),
    num(e.location?.lon),
    String(e.mention_count),
    String(e.article_count),
    String(e.source_count),
    e.first_report ?? "",
    e.last_report ?? "",
  ];
}

/** One event as a CSV line. */
export function eventCsvLine(e: StoredEvent): string {
  return csvLine(eventCsvCells(e));
}
