import type { EventStore } from "../event-store.js";
import { migrate } from "../sql/migrate.js";
import { SqlEventStore } from "../sql/sql-event-store.js";
import { PostgresDriver } from "./postgres-driver.js";

/** Connects to a PostgreSQL database (`postgres://...`) and brings its schema up to date. */
export async function openPostgresStore(
  url: string,
  opts: { poolSize?: number } = {},
): Promise<EventStore> {
  const driver = new PostgresDriver(url, opts.poolSize);
  try {
    await migrate(driver);
  } catch (err) {
    await driver.close();
    throw err;
  }
  return new SqlEventStore(driver);
}
