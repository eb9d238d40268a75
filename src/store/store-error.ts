import { DyadError } from "../core/errors.js";

/** The event store failed: cannot open, migrate, read or write (the cause says why). */
export class StoreError extends DyadError {
  override readonly name = "StoreError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("store", message, options);
  }
}
