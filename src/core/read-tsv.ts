import { readFileSync } from "node:fs";
import { DataFileError } from "./errors.js";

/** One parsed TSV row: column name to cell (empty string for an empty cell), plus its line number. */
export interface TsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * Parses TSV text with a header row; `#` lines and blank lines are skipped.
 * Throws DataFileError naming file:line when a row has more cells than the header.
 */
export function parseTsv(text: string, file: string, required: readonly string[] = []): TsvRow[] {
  const lines = text.split(/\r?\n/);
  let header: string[] | undefined;
  const rows: TsvRow[] = [];
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n] ?? "";
    if (raw.trim() === "" || raw.startsWith("#")) continue;
    const parts = raw.split("\t");
    if (!header) {
      header = parts.map((p) => p.trim());
      const missing = required.filter((c) => !header?.includes(c));
      if (missing.length)
        throw new DataFileError(file, n + 1, `missing columns: ${missing.join(", ")}`);
      continue;
    }
    if (parts.length > header.length) {
      throw new DataFileError(file, n + 1, `${parts.length} cells, header has ${header.length}`);
    }
    const cells: Record<string, string> = {};
    header.forEach((h, i) => (cells[h] = (parts[i] ?? "").trim()));
    rows.push({ line: n + 1, cells });
  }
  return rows;
}

/** Reads and parses a TSV file; see parseTsv. */
export function readTsv(file: string, required: readonly string[] = []): TsvRow[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new DataFileError(file, undefined, "cannot read", { cause });
  }
  return parseTsv(text, file, required);
}
