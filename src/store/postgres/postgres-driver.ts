import pg from "pg";
import { StoreError } from "../store-error.js";
import type { Dialect, SqlDriver, SqlRow, SqlTx, SqlValue } from "../sql/sql-driver.js";
import { placeholders } from "../sql/batch-insert.js";
import { escapeLike } from "../sql/escape-like.js";

/** PostgreSQL dialect: `ILIKE` over mention sentences (no extension needed). */
const POSTGRES_DIALECT: Dialect = {
  kind: "postgres",
  maxParams: 60000,
  inList: (values) => ({ sql: placeholders(values.length), params: [...values] }),
  textEvents(text) {
    return {
      sql: "SELECT m.event_id FROM mentions m WHERE m.sentence_text ILIKE ? ESCAPE '\\'",
      params: [`%${escapeLike(text)}%`],
    };
  },
};

/** SQLSTATEs worth retrying the whole transaction for: deadlock, serialization failure. */
const RETRY_CODES = new Set(["40P01", "40001"]);
const MAX_ATTEMPTS = 5;

const numbered = new Map<string, string>();

/** Rewrites `?` placeholders as `$1, $2, ...` (the store's SQL has no `?` in literals). */
export function numberPlaceholders(sql: string): string {
  let out = numbered.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    if (numbered.size >= 2000) numbered.clear();
    numbered.set(sql, out);
  }
  return out;
}

const names = new Map<string, string>();

/**
 * A server-side prepared statement name for SQL run often with few parameters, so PostgreSQL
 * parses and plans it once per connection; long IN lists and multi-row inserts vary too much.
 */
function statementName(sql: string): { name?: string } {
  let name = names.get(sql);
  if (name === undefined) {
    if ((sql.match(/\?/g)?.length ?? 0) > 16 || names.size >= 200) return {};
    name = `dyad_${names.size + 1}`;
    names.set(sql, name);
  }
  return { name };
}

/** A `pg` pool; each transaction runs on one pooled client and is retried on deadlock. */
export class PostgresDriver implements SqlDriver {
  readonly dialect = POSTGRES_DIALECT;
  private readonly pool: pg.Pool;
  private readonly direct: SqlTx;

  constructor(url: string, poolSize = 4) {
    this.pool = new pg.Pool({ connectionString: url, max: poolSize });
    // An idle client losing its connection must not crash the process; the next query reports it.
    this.pool.on("error", () => {});
    this.direct = txOn(this.pool);
  }

  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]> {
    return this.direct.all(sql, params);
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<void> {
    return this.direct.run(sql, params);
  }

  runEach(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<void> {
    return this.direct.runEach(sql, rows);
  }

  lock(): Promise<void> {
    return Promise.resolve();
  }

  script(sql: string): Promise<void> {
    return this.direct.script(sql);
  }

  async transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(fn);
      } catch (err) {
        const code = sqlState(err);
        if (code === undefined || !RETRY_CODES.has(code) || attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async once<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw new StoreError(`cannot connect to PostgreSQL: ${(err as Error).message}`, {
        cause: err,
      });
    }
    let broken: unknown;
    try {
      const tx = txOn(client);
      await tx.script("BEGIN");
      const out = await fn(tx);
      await tx.script("COMMIT");
      return out;
    } catch (err) {
      broken = await client.query("ROLLBACK").then(
        () => undefined,
        (e: unknown) => e,
      );
      throw err;
    } finally {
      // A client whose ROLLBACK failed is in an unknown state: destroy it instead of reusing it.
      client.release(broken instanceof Error ? broken : undefined);
    }
  }
}

/** Statement helpers bound to a pool or one client. */
function txOn(q: pg.Pool | pg.PoolClient): SqlTx {
  const query = async (sql: string, params: readonly SqlValue[] = []): Promise<SqlRow[]> => {
    try {
      const values = params.map((v) => (v === undefined ? null : v));
      const res = await q.query<SqlRow>({
        text: numberPlaceholders(sql),
        values,
        ...statementName(sql),
      });
      return res.rows;
    } catch (err) {
      throw new StoreError(
        `PostgreSQL: ${(err as Error).message} (in: ${sql.trim().slice(0, 80)})`,
        { cause: err },
      );
    }
  };
  return {
    all: query,
    run: async (sql, params) => {
      await query(sql, params);
    },
    runEach: async (sql, rows) => {
      for (const row of rows) await query(sql, row);
    },
    lock: async (keys) => {
      if (keys.length === 0) return;
      // One statement, locks taken in hash order so every writer acquires them in the same order.
      await query(
        "SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest(?::text[]) AS k ORDER BY h) AS s",
        [toPgArray(keys)],
      );
    },
    script: async (sql) => {
      try {
        await q.query(sql);
      } catch (err) {
        throw new StoreError(
          `PostgreSQL: ${(err as Error).message} (in: ${sql.trim().slice(0, 80)})`,
          { cause: err },
        );
      }
    },
  };
}

/** A PostgreSQL text[] literal, so the lock statement binds one parameter. */
function toPgArray(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(",")}}`;
}

function sqlState(err: unknown): string | undefined {
  const cause = err instanceof StoreError ? err.cause : err;
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}
