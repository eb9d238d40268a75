/**
 * The `--db` flag every store command takes, and opening/closing the store around a command.
 */
import type { Command } from "commander";
import { DEFAULT_STORE, openStore, type EventStore } from "../store/index.js";

/** Parsed `--db` flag. */
export interface DbFlags {
  readonly db?: string;
}

/** Adds `--db <path|postgres://...>` to a command. */
export function addDbOption(cmd: Command): Command {
  return cmd.option(
    "--db <path|url>",
    `event store: a SQLite file or a postgres:// URL (default: $DYAD_DB, else ./${DEFAULT_STORE})`,
  );
}

/** The store a command uses: `--db`, else `$DYAD_DB`, else `dyad.db` in the working directory. */
export function storeUrlOf(flags: DbFlags, env: NodeJS.ProcessEnv = process.env): string {
  if (flags.db !== undefined && flags.db !== "") return flags.db;
  const fromEnv = env["DYAD_DB"];
  return fromEnv !== undefined && fromEnv !== "" ? fromEnv : DEFAULT_STORE;
}

/** Opens the store, runs `fn`, and always closes the store (even when `fn` throws). */
export async function withStore<T>(
  flags: DbFlags,
  fn: (store: EventStore) => Promise<T>,
): Promise<T> {
  const store = await openStore(storeUrlOf(flags));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
