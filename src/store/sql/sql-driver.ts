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
  /** Runs one statement once per parameter row, in order (bulk single-row writes). */
  runEach(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<void>;
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
  /** Rows per multi-row INSERT (default 500; 1 where prepared single-row statements are faster). */
  readonly rowsPerInsert?: number;
  /**
   * A list operand for `x IN <sql>` with its parameters: one JSON parameter on SQLite (so the
   * statement text, and its prepared statement, do not depend on the list's length), else `(?, ?)`.
   */
  inList(values: readonly string[]): { sql: string; params: SqlValue[] };
  /**
   * A `SELECT` of the `event_id`s of mentions whose sentence contains `text` (case-insensitive),
   * with its parameters: SQLite uses its sentence index, PostgreSQL `ILIKE`.
   */
  textEvents(text: string): { sql: string; params: SqlValue[] };
  /** Upkeep of the dialect's text index, when it has one that the writer must maintain. */
  readonly textIndex?: TextIndex;
}

/** Upkeep of a text index over mention sentences, called by the write path. */
export interface TextIndex {
  /** Removes the indexed sentences of these articles; call before deleting their mentions. */
  forget(tx: SqlTx, articleIds: readonly string[]): Promise<void>;
  /** Call after mentions were deleted and before new ones are inserted. */
  afterDelete(tx: SqlTx): Promise<void>;
  /** Indexes the sentences written since the last catch-up, when there are enough (at least `min`). */
  catchUp(tx: SqlTx, min?: number): Promise<void>;
}

/** A connection (SQLite) or pool (PostgreSQL). */
export interface SqlDriver extends SqlTx {
  readonly dialect: Dialect;
  /** Runs `fn` in one write transaction; it commits when `fn` resolves and rolls back when it throws. */
  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
