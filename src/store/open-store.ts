import type { EventStore } from "./event-store.js";
import { openPostgresStore } from "./postgres/open-postgres-store.js";
import { openSqliteStore } from "./sqlite/open-sqlite-store.js";

/** The store `dyad` uses when `--db` is not given: a SQLite file in the working directory. */
export const DEFAULT_STORE = "dyad.db";

/**
 * Opens the store a `--db` value names: `postgres://` or `postgresql://` URLs are PostgreSQL,
 * anything else is a SQLite file path (created if missing). The schema is migrated on open.
 */
export function openStore(url: string = DEFAULT_STORE): Promise<EventStore> {
  if (/^postgres(ql)?:\/\//i.test(url)) return openPostgresStore(url);
  return openSqliteStore(url);
}
