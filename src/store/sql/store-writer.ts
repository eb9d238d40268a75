/**
 * The write side of a SQL store: articles, runs and issues. `DriverWriter` writes through the
 * store's own connection (PostgreSQL, where the server already works in its own process);
 * SQLite hands writes to a writer thread (`sqlite/sqlite-writer.ts`) that uses the same
 * functions on a connection of its own.
 */
import type { DocIssue } from "../../core/types.js";
import type {
  EventStore,
  PutBatch,
  PutItem,
  PutOptions,
  PutResult,
  RunRecord,
} from "../event-store.js";
import { putArticles } from "./put-article.js";
import type { SqlDriver, SqlTx, SqlValue } from "./sql-driver.js";
import { StoreError } from "../store-error.js";
import { BatchSlot } from "./batch-slot.js";

/** Every write a `SqlEventStore` makes: the store's write methods, and a close of its own. */
export interface StoreWriter extends Pick<
  EventStore,
  "putArticles" | "beginBatch" | "recordRun" | "recordIssue"
> {
  /** Waits for the writes in progress and releases the writer (not the store's connection). */
  close(): Promise<void>;
}

/** Writes through the driver the store reads with; a batch is stored when it is committed. */
export class DriverWriter implements StoreWriter {
  private readonly slot = new BatchSlot();

  constructor(private readonly driver: SqlDriver) {}

  putArticles(
    items: readonly PutItem[],
    coderVersion: string,
    opts?: PutOptions,
  ): Promise<PutResult[]> {
    return putArticles(this.driver, items, coderVersion, opts);
  }

  beginBatch(coderVersion: string, opts?: PutOptions): PutBatch {
    const items: PutItem[] = [];
    return this.slot.open({
      add: (item) => void items.push(item),
      commit: async () => {
        if (items.length === 0) return [];
        try {
          return await putArticles(this.driver, items, coderVersion, opts);
        } catch (err) {
          throw new StoreError(`a batch of ${items.length} articles was not stored`, {
            cause: err,
          });
        }
      },
      discard: async () => undefined,
    });
  }

  recordRun(run: RunRecord): Promise<void> {
    return writeRun(this.driver, run);
  }

  recordIssue(runId: string, issue: DocIssue): Promise<void> {
    return writeIssue(this.driver, runId, issue);
  }

  async close(): Promise<void> {}
}

/** Inserts or updates an ingest run row. */
export function writeRun(tx: SqlTx, run: RunRecord): Promise<void> {
  const values: SqlValue[] = [
    run.id,
    run.command,
    run.coderVersion,
    JSON.stringify(run.inputs),
    run.startedAt,
    run.finishedAt,
    run.status,
    JSON.stringify(run.counts),
  ];
  return tx.run(
    `INSERT INTO ingest_runs (id, command, coder_version, inputs, started_at, finished_at, status, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET finished_at = excluded.finished_at, status = excluded.status, counts = excluded.counts`,
    values,
  );
}

/** Inserts one issue row of a run. */
export function writeIssue(tx: SqlTx, runId: string, issue: DocIssue): Promise<void> {
  return tx.run(
    `INSERT INTO ingest_issues (run_id, article_id, severity, code, message, origin_file, origin_line, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      runId,
      issue.articleId,
      issue.severity,
      issue.code,
      issue.message,
      issue.origin.file,
      issue.origin.line,
      new Date().toISOString(),
    ],
  );
}
