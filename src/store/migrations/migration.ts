/** A numbered schema change; `sql` renders it for one dialect. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: (kind: "sqlite" | "postgres", types: DialectTypes) => string;
}

/** Column types that differ between the dialects. */
export interface DialectTypes {
  /** An auto-numbered integer primary key column named `seq`. */
  readonly serialKey: string;
  /** A floating-point column type. */
  readonly real: string;
  /** Table option for small-row tables keyed by their primary key ("" where unsupported). */
  readonly withoutRowid: string;
}

/** Dialect column types, by dialect. */
export const DIALECT_TYPES: Readonly<Record<"sqlite" | "postgres", DialectTypes>> = {
  sqlite: { serialKey: "seq INTEGER PRIMARY KEY", real: "REAL", withoutRowid: " WITHOUT ROWID" },
  postgres: { serialKey: "seq BIGSERIAL PRIMARY KEY", real: "DOUBLE PRECISION", withoutRowid: "" },
};
