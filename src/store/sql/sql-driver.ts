/**
 * The small surface both SQL back ends provide, so the store logic is written once. SQL uses `?`
 * placeholders; the PostgreSQL driver numbers them. Dialect differences are the `Dialect` fields.
 */

/** A value bound to a placeholder; `undefined` is bound as NULL. */
export type SqlValue = string | number | null | undefined;

/** A result row as the driver returns it (numbers may arrive as strings from PostgreSQL). */
export type SqlRow = Record<string, unknown>;

/** Statements inside one transaction. */
export interface SqlTx {
  /** Runs a query and returns its rows. */
  all(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
  /** Runs a statement. */
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /**
   * Serialises writers on the given keys until the transaction ends (PostgreSQL advisory locks;
   * a no-op on SQLite, whose write transactions are already exclusive). Keys are locked sorted.
   */
  lock(keys: readonly string[]): Promise<void>;
  /** Runs a script of several statements without parameters (migrations). */
  script(sql: string): Promise<void>;
}

/** What differs between the SQL dialects, as SQL fragments. */
export interface Dialect {
  readonly kind: "sqlite" | "postgres";
  /** Most placeholders one statement may carry. */
  readonly maxParams: number;
  /**
   * Condition that mentions row `alias` has a sentence containing `text` (case-insensitive),
   * with its parameters: SQLite uses its trigram index, PostgreSQL `ILIKE`.
   */
  textMatch(alias: string, text: string): { sql: string; params: SqlValue[] };
}

/** A connection (SQLite) or pool (PostgreSQL). */
export interface SqlDriver extends SqlTx {
  readonly dialect: Dialect;
  /** Runs `fn` in one write transaction; it commits when `fn` resolves and rolls back when it throws. */
  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
