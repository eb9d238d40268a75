/** Public API of the export formats: merged events as PLOVER JSONL, CSV, POLECAT TSV, GDELT table. */
export {
  EXPORT_FORMATS,
  exportWriter,
  type ExportFormat,
  type ExportWriter,
} from "./export-format.js";
export { EVENT_CSV_COLUMNS, eventCsvHeader, eventCsvLine } from "./event-csv.js";
export { eventTable, markTrigger, shortId } from "./event-table.js";
export { GDELT_COLUMNS, gdeltEventId, gdeltLine } from "./gdelt-table.js";
export {
  ploverEvent,
  ploverJsonLine,
  type PloverEvent,
  type PloverMention,
} from "./plover-jsonl.js";
export { POLECAT_COLUMNS, polecatHeader, polecatLine } from "./polecat-tsv.js";
export { foldBuckets, formatStats, type StatsFormat } from "./stats-format.js";
