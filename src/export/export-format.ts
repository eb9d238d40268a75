/**
 * The export formats of `dyad export`: per format, the header (if any), one line per merged
 * event, and whether the events must carry their mentions.
 */
import type { EventWithMentions, StoredEvent } from "../store/index.js";
import { eventCsvHeader, eventCsvLine } from "./event-csv.js";
import { gdeltLine } from "./gdelt-table.js";
import { ploverJsonLine } from "./plover-jsonl.js";
import { polecatHeader, polecatLine } from "./polecat-tsv.js";

/** Export format names, as `--format` takes them. */
export const EXPORT_FORMATS = ["plover-jsonl", "csv", "polecat", "gdelt"] as const;

/** One export format name. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How to write one format. */
export interface ExportWriter {
  /** Text before the first event ("" for none). */
  readonly header: string;
  /** Whether events must be loaded with their mentions. */
  readonly needsMentions: boolean;
  /** One event as text (whole lines). */
  line(e: StoredEvent | EventWithMentions): string;
}

/** The writer of a format; `mentions` adds evidence to plover-jsonl. */
export function exportWriter(format: ExportFormat, mentions = false): ExportWriter {
  switch (format) {
    case "plover-jsonl":
      return { header: "", needsMentions: mentions, line: ploverJsonLine };
    case "csv":
      return { header: eventCsvHeader(), needsMentions: false, line: eventCsvLine };
    case "polecat":
      return {
        header: polecatHeader(),
        needsMentions: true,
        line: (e) => polecatLine(withMentions(e)),
      };
    case "gdelt":
      return { header: "", needsMentions: true, line: (e) => gdeltLine(withMentions(e)) };
  }
}

function withMentions(e: StoredEvent | EventWithMentions): EventWithMentions {
  return "mentions" in e ? e : { ...e, mentions: [] };
}
