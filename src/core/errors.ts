/**
 * Typed errors for bugs and infrastructure faults. Expected per-document problems are
 * `DocIssue` values instead, never thrown.
 */

/** Base class of every error dyad throws on purpose. */
export class DyadError extends Error {
  override readonly name: string = "DyadError";
  /** Stable kebab-case code for programmatic handling. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** A data file shipped with dyad or given by the user is malformed. */
export class DataFileError extends DyadError {
  override readonly name = "DataFileError";
  constructor(
    file: string,
    line: number | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super("data-file", `${file}${line === undefined ? "" : `:${line}`}: ${message}`, options);
  }
}

/** The user asked for something impossible (bad flag value, missing file). */
export class UsageError extends DyadError {
  override readonly name = "UsageError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("usage", message, options);
  }
}
