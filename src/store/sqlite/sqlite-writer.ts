/**
 * The write side of a SQLite store: a worker thread that owns connections of its own and makes
 * every write (`sqlite-writer-worker.ts`), so a thread that codes articles does not wait on
 * SQLite, as with a database server. One thread serves every store of the process and is started
 * with the first store; the store's own connection only reads (WAL: readers see the last commit).
 * Errors of the thread reject the call they belong to (a batch's: its `commit`), as a
 * `StoreError` whose `cause` is the thread's error.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { DocIssue } from "../../core/types.js";
import type { PutBatch, PutItem, PutOptions, PutResult, RunRecord } from "../event-store.js";
import type { StoreWriter } from "../sql/store-writer.js";
import { StoreError } from "../store-error.js";
import { BatchSlot } from "../sql/batch-slot.js";
import {
  type StoreRequest,
  type WireItem,
  type WriterReply,
  type WriterRequest,
  fromWire,
  wireItem,
} from "./writer-protocol.js";

/** A request without its id (distributive, so each kind keeps its own fields). */
type Call = StoreRequest extends infer R ? (R extends unknown ? Omit<R, "id"> : never) : never;

/** Writes of one SQLite store file, made by the process's writer thread. */
export class SqliteWriter implements StoreWriter {
  /** Started by the first write: a store that only reads needs no thread. */
  private thread: WriterThread | undefined;
  private readonly db = ++storeNumbers;
  private readonly slot = new BatchSlot();
  private used = false;
  private closed = false;

  constructor(private readonly path: string) {}

  putArticles(
    items: readonly PutItem[],
    coderVersion: string,
    opts?: PutOptions,
  ): Promise<PutResult[]> {
    let wire: WireItem[];
    try {
      wire = items.map(wireItem);
    } catch (err) {
      return Promise.reject(err);
    }
    const force = opts?.force === true;
    return this.call({ op: "put", items: wire, coderVersion, force }).then((r) => [...(r ?? [])]);
  }

  beginBatch(coderVersion: string, opts?: PutOptions): PutBatch {
    // An item that cannot be sent fails the batch at its commit, like a failed write.
    let invalid: unknown;
    const begin = (): void => this.post({ op: "begin", coderVersion, force: opts?.force === true });
    return this.slot.open(
      {
        add: (item) => {
          try {
            if (invalid === undefined) this.post({ op: "add", item: wireItem(item) });
          } catch (err) {
            invalid = err;
          }
        },
        commit: async () => {
          if (invalid === undefined) return [...((await this.call({ op: "commit" })) ?? [])];
          await this.call({ op: "discard" });
          throw invalid;
        },
        discard: async () => {
          await this.call({ op: "discard" });
        },
      },
      begin,
    );
  }

  async recordRun(run: RunRecord): Promise<void> {
    await this.call({ op: "run", run });
  }

  async recordIssue(runId: string, issue: DocIssue): Promise<void> {
    // Within a batch the issue is written in its transaction: the commit reports a failure.
    if (this.slot.isOpen) this.post({ op: "issue", runId, issue });
    else await this.call({ op: "issue", runId, issue });
  }

  /** Finishes this store's writes (an open batch is discarded) and closes its connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.used) await this.call({ op: "close" }, true);
  }

  private call(req: Call, closing = false): Promise<readonly PutResult[] | undefined> {
    if (this.closed && !closing) return Promise.reject(new StoreError("the store is closed"));
    this.used = true;
    this.thread ??= WriterThread.shared();
    return this.thread.call({ ...req, db: this.db, path: this.path } as Omit<WriterRequest, "id">);
  }

  private post(req: StoreRequest): void {
    if (this.closed) throw new StoreError("the store is closed");
    this.used = true;
    this.thread ??= WriterThread.shared();
    this.thread.post({ ...req, db: this.db, path: this.path });
  }
}

/** Numbers that name stores in requests to the thread. */
let storeNumbers = 0;

interface Waiting {
  readonly resolve: (value: readonly PutResult[] | undefined) => void;
  readonly reject: (err: unknown) => void;
}

/** The writer thread of the process, and the calls waiting for its answers. */
class WriterThread {
  private static current: WriterThread | undefined;
  private readonly worker = startWorker();
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  /** Why the thread is gone, once it is. */
  private dead: StoreError | undefined;

  /** The running thread, started (again, if the last one died) when needed. */
  static shared(): WriterThread {
    if (WriterThread.current === undefined || WriterThread.current.dead !== undefined)
      WriterThread.current = new WriterThread();
    return WriterThread.current;
  }

  private constructor() {
    // Idle, the thread must not keep the process alive; a call in progress does.
    this.worker.unref();
    this.worker.on("message", (r: WriterReply) => this.settle(r));
    this.worker.on("error", (err) =>
      this.lost(new StoreError("SQLite writer thread failed", { cause: err })),
    );
    this.worker.once("exit", (code) =>
      this.lost(new StoreError(`SQLite writer thread exited (code ${code})`)),
    );
  }

  /** Posts a request and waits for its answer. */
  call(req: Omit<WriterRequest, "id">): Promise<readonly PutResult[] | undefined> {
    if (this.dead !== undefined) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      if (this.waiting.size === 1) this.worker.ref();
      this.worker.postMessage({ ...req, id } as WriterRequest);
    });
  }

  /** Posts a request nobody waits for (its errors surface through a later call). */
  post(msg: WriterRequest): void {
    if (this.dead !== undefined) throw this.dead;
    this.worker.postMessage(msg);
  }

  private settle(r: WriterReply): void {
    const w = this.waiting.get(r.id);
    if (w === undefined) return;
    this.waiting.delete(r.id);
    if (this.waiting.size === 0) this.worker.unref();
    if (r.ok) w.resolve(r.value);
    else
      w.reject(new StoreError(`SQLite writer: ${r.error.message}`, { cause: fromWire(r.error) }));
  }

  /** The thread is gone: every call waiting for it fails, and so does every later one. */
  private lost(err: StoreError): void {
    this.dead ??= err;
    for (const w of this.waiting.values()) w.reject(this.dead);
    this.waiting.clear();
  }
}

/**
 * Starts the thread's module, next to this one: `.js` from dist/; from source (`.ts`), through
 * tsx, registered in the thread first (Node 20 threads do not inherit the loader hooks).
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./sqlite-writer-worker.js", import.meta.url));
  const entry = new URL("./sqlite-writer-worker.ts", import.meta.url).href;
  const tsxDir = dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const api = pathToFileURL(join(tsxDir, "dist/esm/api/index.mjs")).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true });
}
