import type { EventStore } from "../event-store.js";
import { migrate } from "../sql/migrate.js";
import { SqlEventStore } from "../sql/sql-event-store.js";
import { DriverWriter } from "../sql/store-writer.js";
import { SqliteDriver } from "./sqlite-driver.js";
import { SqliteWriter } from "./sqlite-writer.js";

/**
 * Opens (creating if needed) a SQLite store file and brings its schema up to date. Writes go to a
 * writer thread with a connection of its own (an in-memory database, which a second connection
 * would not share, is written in place).
 */
export async function openSqliteStore(path: string): Promise<EventStore> {
  const driver = new SqliteDriver(path);
  try {
    await migrate(driver);
  } catch (err) {
    await driver.close();
    throw err;
  }
  const inMemory = path === ":memory:" || path === "";
  return new SqlEventStore(driver, inMemory ? new DriverWriter(driver) : new SqliteWriter(path));
}
