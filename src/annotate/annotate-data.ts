import { dataPath } from "../core/data-path.js";
import { DataFileError } from "../core/errors.js";
import { readTsv, type TsvRow } from "../core/read-tsv.js";

/** Returns the absolute path of one of the annotate stage's tables in data/annotate/. */
export function annotateDataPath(file: string): string {
  return dataPath("annotate", file);
}

/** Reads one of the annotate tables, checking that every row has a unique, kebab-case id. */
export function readAnnotateTable(file: string, required: readonly string[]): TsvRow[] {
  const path = annotateDataPath(file);
  const rows = readTsv(path, ["id", ...required]);
  const seen = new Set<string>();
  for (const row of rows) {
    const id = row.cells["id"] ?? "";
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
      throw new DataFileError(path, row.line, `bad id "${id}"`);
    if (seen.has(id)) throw new DataFileError(path, row.line, `duplicate id "${id}"`);
    seen.add(id);
  }
  return rows;
}
