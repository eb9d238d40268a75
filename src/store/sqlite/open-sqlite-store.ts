import type { EventStore } from "../event-store.js";
import { migrate } from "../sql/migrate.js";
import { SqlEventStore } from "../sql/sql-event-store.js";
import { SqliteDriver } from "./sqlite-driver.js";

/** Opens (creating if needed) a SQLite store file and brings its schema up to date. */
export async function openSqliteStore(path: string): Promise<EventStore> {
  const driver = new SqliteDriver(path);
  try {
    await migrate(driver);
  } catch (err) {
    await driver.close();
    throw err;
  }
  return new SqlEventStore(driver);
}
