import { DyadError } from "../core/errors.js";

/** Stable codes of the bugs dedup refuses to paper over. */
export type DedupErrorCode =
  "dedup-mixed-signatures" | "dedup-duplicate-mention" | "dedup-bad-date";

/** Dedup was given input that breaks its contract (a caller bug, never a per-document problem). */
export class DedupError extends DyadError {
  override readonly name = "DedupError";
  declare readonly code: DedupErrorCode;
  constructor(code: DedupErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, `dedup: ${message}`, options);
  }
}
