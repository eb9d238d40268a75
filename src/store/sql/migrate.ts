import { MIGRATIONS } from "../migrations/migrations.js";
import { DIALECT_TYPES } from "../migrations/migration.js";
import { StoreError } from "../store-error.js";
import type { SqlDriver } from "./sql-driver.js";

/**
 * Brings the schema up to the newest version in one transaction: creates `schema_version` when
 * missing, applies every newer migration in order, and records each. Refuses a store written by
 * a newer dyad, whose schema this code does not know.
 */
export async function migrate(driver: SqlDriver): Promise<number> {
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  return driver.transaction(async (tx) => {
    // Concurrent openers (several workers) must not race to create the same tables.
    await tx.lock(["dyad:schema"]);
    await tx.run(
      "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    const rows = await tx.all("SELECT MAX(version) AS v FROM schema_version");
    const current = Number(rows[0]?.["v"] ?? 0);
    if (current > latest) {
      throw new StoreError(
        `the store has schema version ${current}, newer than this dyad knows (${latest}): upgrade dyad`,
      );
    }
    const kind = driver.dialect.kind;
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      await tx.script(m.sql(kind, DIALECT_TYPES[kind]));
      await tx.run("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)", [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
    }
    return latest;
  });
}
