/**
 * The SQLite writer thread: one per process, with a connection of its own to each store file it
 * serves, making every write of each store in the order it was posted. A batch is applied in
 * parts as its items arrive (whatever came in while the previous part was written), all in one
 * transaction that `commit` ends, so the posting thread codes the next articles meanwhile.
 * Started by `sqlite-writer.ts`.
 */
import { parentPort } from "node:worker_threads";
import type { PutItem, PutResult } from "../event-store.js";
import { putArticles, putArticlesInTx } from "../sql/put-article.js";
import type { SqlTx } from "../sql/sql-driver.js";
import { writeIssue, writeRun } from "../sql/store-writer.js";
import { StoreError } from "../store-error.js";
import { SqliteDriver } from "./sqlite-driver.js";
import {
  type StoreRequest,
  type WriterReply,
  type WriterRequest,
  itemOf,
  toWire,
} from "./writer-protocol.js";

/** A write transaction held open until the batch is committed or discarded. */
interface OpenTx {
  readonly tx: SqlTx;
  /** Commits (true) or rolls back (false) and waits for it. */
  end(commit: boolean): Promise<void>;
}

/** The batch between `begin` and `commit`/`discard`. */
interface Batch {
  readonly coderVersion: string;
  readonly force: boolean;
  readonly results: PutResult[];
  open: OpenTx | undefined;
  /** The first failure: the batch is rolled back and its commit reports this. */
  failed: { readonly err: unknown } | undefined;
}

/** Thrown inside the transaction to roll it back on `discard`. */
class Discarded extends Error {}

const port = parentPort!;
const stores = new Map<number, StoreWrites>();

port.on("message", (m: WriterRequest) => {
  let w = stores.get(m.db);
  if (w === undefined) stores.set(m.db, (w = new StoreWrites(m.path)));
  w.push(m);
  if (m.op === "close") stores.delete(m.db);
});

/** The writes of one store file, in order. */
class StoreWrites {
  private readonly driver: SqliteDriver;
  private readonly queue: StoreRequest[] = [];
  private batch: Batch | undefined;
  private pumping = false;

  constructor(path: string) {
    this.driver = new SqliteDriver(path);
  }

  push(m: StoreRequest): void {
    this.queue.push(m);
    if (!this.pumping) void this.pump();
  }

  /** Works through the queue; each step first lets messages in, so adds are applied in groups. */
  private async pump(): Promise<void> {
    this.pumping = true;
    while (this.queue.length > 0) {
      let adds = 0;
      while (this.queue[adds]?.op === "add") adds++;
      if (adds > 0) {
        const items = this.queue
          .splice(0, adds)
          .flatMap((m) => (m.op === "add" ? [itemOf(m.item)] : []));
        await this.guarded(() => this.applyToBatch(items));
      } else {
        await this.handle(this.queue.shift()!);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.pumping = false;
  }

  private async handle(m: StoreRequest): Promise<void> {
    switch (m.op) {
      case "begin":
        this.batch = { ...m, results: [], open: undefined, failed: undefined };
        return;
      case "add":
        return;
      case "put":
        return answer(m.id, () => this.put(m.items.map(itemOf), m.coderVersion, m.force));
      case "run":
        return answer(m.id, () => this.inBatchOr((tx) => writeRun(tx, m.run)));
      case "issue": {
        const write = (): Promise<void> => this.inBatchOr((tx) => writeIssue(tx, m.runId, m.issue));
        return m.id === undefined ? this.guarded(write) : answer(m.id, write);
      }
      case "commit":
        return answer(m.id, () => this.endBatch(true));
      case "discard":
        return answer(m.id, async () => void (await this.endBatch(false)));
      case "close":
        return answer(m.id, async () => {
          await this.endBatch(false);
          await this.driver.close();
        });
    }
  }

  /** Applies items to the open batch, starting its transaction when needed. */
  private async applyToBatch(items: readonly PutItem[]): Promise<void> {
    const b = this.batch;
    if (b === undefined) throw new StoreError("SQLite writer: items added outside a batch");
    if (b.failed !== undefined) return;
    const open = (b.open ??= await this.openTx());
    const results = await putArticlesInTx(open.tx, this.driver.dialect, items, b.coderVersion, {
      force: b.force,
    });
    b.results.push(...results);
  }

  /**
   * One-shot puts, runs and issues join an open batch's transaction (and commit with it; a
   * failure fails the batch), else get a transaction of their own.
   */
  private async inBatchOr<T>(write: (tx: SqlTx) => Promise<T>): Promise<T> {
    const b = this.batch;
    if (b === undefined || b.failed !== undefined) return this.driver.transaction(write);
    try {
      const open = (b.open ??= await this.openTx());
      return await write(open.tx);
    } catch (err) {
      await fail(b, err);
      throw err;
    }
  }

  private put(items: readonly PutItem[], version: string, force: boolean): Promise<PutResult[]> {
    const b = this.batch;
    if (b === undefined || b.failed !== undefined)
      return putArticles(this.driver, items, version, { force });
    const dialect = this.driver.dialect;
    return this.inBatchOr((tx) => putArticlesInTx(tx, dialect, items, version, { force }));
  }

  /** Commits or rolls back the batch; committing a failed batch throws its failure. */
  private async endBatch(commit: boolean): Promise<PutResult[]> {
    const b = this.batch;
    this.batch = undefined;
    if (b === undefined) return [];
    if (b.failed !== undefined) {
      if (commit) throw b.failed.err;
      return [];
    }
    await b.open?.end(commit);
    return b.results;
  }

  /** Runs a write of the open batch that nobody awaits: a failure is kept for its commit. */
  private async guarded(fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (err) {
      if (this.batch !== undefined) await fail(this.batch, err);
    }
  }

  /** Begins a write transaction that stays open until `end`. */
  private async openTx(): Promise<OpenTx> {
    let decide!: (commit: boolean) => void;
    const decided = new Promise<boolean>((resolve) => (decide = resolve));
    let ready!: (tx: SqlTx) => void;
    const gotTx = new Promise<SqlTx>((resolve) => (ready = resolve));
    const finished = this.driver.transaction(async (tx) => {
      ready(tx);
      if (!(await decided)) throw new Discarded();
    });
    // Until the transaction has begun, only a failure to begin can settle `finished`.
    const tx = await Promise.race([gotTx, finished.then(() => gotTx)]);
    return {
      tx,
      async end(commit) {
        decide(commit);
        try {
          await finished;
        } catch (err) {
          if (!(err instanceof Discarded)) throw err;
        }
      },
    };
  }
}

/** Rolls the batch back and keeps its first failure. */
async function fail(b: Batch, err: unknown): Promise<void> {
  if (b.failed !== undefined) return;
  b.failed = { err };
  const open = b.open;
  b.open = undefined;
  // The failure reported is `err`; if the rollback fails too, the connection is unusable and
  // the next write reports that.
  await open?.end(false).catch(() => undefined);
}

async function answer(id: number, fn: () => Promise<unknown>): Promise<void> {
  let reply: WriterReply;
  try {
    const value = await fn();
    reply = Array.isArray(value) ? { id, ok: true, value: value as PutResult[] } : { id, ok: true };
  } catch (err) {
    reply = { id, ok: false, error: toWire(err) };
  }
  port.postMessage(reply);
}
