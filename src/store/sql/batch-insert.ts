import type { Dialect, SqlTx, SqlValue } from "./sql-driver.js";

/** Rows per multi-row statement: big enough to amortise round trips, small enough to plan fast. */
const MAX_ROWS = 500;

/**
 * Inserts rows with multi-row `INSERT ... VALUES (...), (...)` statements, split so no statement
 * exceeds the dialect's parameter limit. `suffix` is appended (e.g. an `ON CONFLICT` clause).
 */
export async function batchInsert(
  tx: SqlTx,
  dialect: Dialect,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
  suffix = "",
): Promise<void> {
  const size = Math.max(
    1,
    Math.min(dialect.rowsPerInsert ?? MAX_ROWS, Math.floor(dialect.maxParams / columns.length)),
  );
  const tuple = placeholders(columns.length);
  if (size === 1) {
    await tx.runEach(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${tuple}${suffix}`, rows);
    return;
  }
  for (const part of chunks(rows, size)) {
    const values = part.map(() => tuple).join(", ");
    await tx.run(
      `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${values}${suffix}`,
      part.flat(),
    );
  }
}

/** `(?, ?, ?)` with n placeholders. */
export function placeholders(n: number): string {
  return `(${Array.from({ length: n }, () => "?").join(", ")})`;
}

/** Splits a list into consecutive parts of at most `size` items. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Largest IN-list the store builds in one statement. */
export const MAX_IN_LIST = 500;
