import Database from "better-sqlite3";
import { StoreError } from "../store-error.js";
import type { Dialect, SqlDriver, SqlRow, SqlTx, SqlValue } from "../sql/sql-driver.js";
import { SQLITE_TEXT_INDEX, sqliteTextEvents } from "./sqlite-text-index.js";

/** SQLite dialect: the sentence index (FTS5 trigram) for text search. */
const SQLITE_DIALECT: Dialect = {
  kind: "sqlite",
  maxParams: 30000,
  // In-process, a cached one-row INSERT run N times beats preparing a new N-row statement.
  rowsPerInsert: 1,
  inList: (values) => ({
    sql: "(SELECT value FROM json_each(?))",
    params: [JSON.stringify(values)],
  }),
  textEvents: sqliteTextEvents,
  textIndex: SQLITE_TEXT_INDEX,
};

/** How long a transaction waits for another writer before giving up. */
const LOCK_WAIT_MS = 30_000;

/**
 * One better-sqlite3 connection in WAL mode. Calls are queued so an async transaction never
 * interleaves with other statements on the shared connection.
 */
export class SqliteDriver implements SqlDriver {
  readonly dialect = SQLITE_DIALECT;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly direct: SqlTx;

  constructor(path: string) {
    try {
      this.db = new Database(path);
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
      // Short: waits for the write lock happen in beginImmediate, off the event loop.
      this.db.pragma("busy_timeout = 20");
      this.db.pragma("cache_size = -65536");
      this.db.pragma("temp_store = MEMORY");
      // Checkpoint every ~40 MB of WAL instead of 4 MB: index pages rewritten by many ingest
      // batches are copied to the database file once instead of once per checkpoint.
      this.db.pragma("wal_autocheckpoint = 10000");
    } catch (err) {
      throw new StoreError(`cannot open SQLite store ${path}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    this.direct = {
      all: async (sql, params) => this.allNow(sql, params),
      run: async (sql, params) => this.runNow(sql, params),
      runEach: async (sql, rows) => this.runEachNow(sql, rows),
      lock: async () => {},
      script: async (sql) => this.scriptNow(sql),
    };
  }

  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]> {
    return this.serial(() => this.direct.all(sql, params));
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<void> {
    return this.serial(() => this.direct.run(sql, params));
  }

  runEach(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<void> {
    return this.serial(() => this.direct.runEach(sql, rows));
  }

  lock(): Promise<void> {
    return Promise.resolve();
  }

  script(sql: string): Promise<void> {
    return this.serial(() => this.direct.script(sql));
  }

  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      await this.beginImmediate();
      try {
        const out = await fn(this.direct);
        this.scriptNow("COMMIT");
        return out;
      } catch (err) {
        if (this.db.inTransaction) this.scriptNow("ROLLBACK");
        throw err;
      }
    });
  }

  async close(): Promise<void> {
    await this.serial(async () => {
      if (!this.db.open) return;
      try {
        // Keeps planner statistics fresh for the next open; cheap when nothing changed.
        this.db.pragma("busy_timeout = 0");
        this.db.pragma("optimize");
      } catch (err) {
        // Another writer holds the lock: statistics stay as they are, which is only slower.
        if ((err as { code?: unknown }).code !== "SQLITE_BUSY")
          throw new StoreError("SQLite: optimize failed", { cause: err });
      } finally {
        this.db.close();
      }
    });
  }

  /**
   * Takes the write lock up front (BEGIN IMMEDIATE), so a transaction never fails halfway for
   * want of it. While another connection writes, it retries on a timer: SQLite's own busy wait
   * would block the event loop, and with it a writer in this same process that holds the lock.
   */
  private async beginImmediate(): Promise<void> {
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
      try {
        this.db.exec("BEGIN IMMEDIATE");
        return;
      } catch (err) {
        const busy = (err as { code?: unknown }).code === "SQLITE_BUSY";
        if (!busy || Date.now() > deadline) {
          throw new StoreError(
            `SQLite: cannot start a write transaction: ${(err as Error).message}`,
            { cause: err },
          );
        }
      }
      await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random())));
    }
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  private statement(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (st === undefined) {
      // IN lists and multi-row inserts vary in length; bound the cache instead of growing forever.
      if (this.statements.size >= 1000) this.statements.clear();
      st = this.wrap(sql, () => this.db.prepare(sql));
      this.statements.set(sql, st);
    }
    return st;
  }

  private allNow(sql: string, params: readonly SqlValue[] = []): SqlRow[] {
    const st = this.statement(sql);
    return this.wrap(sql, () => st.all(...bindable(params)) as SqlRow[]);
  }

  private runNow(sql: string, params: readonly SqlValue[] = []): void {
    const st = this.statement(sql);
    this.wrap(sql, () => st.run(...bindable(params)));
  }

  private runEachNow(sql: string, rows: readonly (readonly SqlValue[])[]): void {
    const st = this.statement(sql);
    this.wrap(sql, () => {
      for (const row of rows) st.run(...bindable(row));
    });
  }

  private scriptNow(sql: string): void {
    this.wrap(sql, () => this.db.exec(sql));
  }

  private wrap<T>(sql: string, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw new StoreError(`SQLite: ${(err as Error).message} (in: ${sql.trim().slice(0, 80)})`, {
        cause: err,
      });
    }
  }
}

/** better-sqlite3 binds null, not undefined. */
function bindable(params: readonly SqlValue[]): (string | number | null)[] {
  const out = new Array<string | number | null>(params.length);
  for (let i = 0; i < params.length; i++) out[i] = params[i] ?? null;
  return out;
}
