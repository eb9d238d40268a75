/**
 * One ingest or recode run against the store: codes articles, stores them in batches (one
 * transaction each, the next batch coded while the previous one is stored, so a killed run loses
 * at most two batches), records the run and its per-document issues, and tallies what happened
 * for the summary.
 */
import { createHash, randomBytes } from "node:crypto";
import { resolve } from "node:path";
import type { Article, DocIssue } from "../core/types.js";
import { contentId } from "../ingest/finish-article.js";
import type { Coder } from "../pipeline.js";
import type { EventStore, PutBatch, PutStatus, RunRecord } from "../store/index.js";
import type { RunReporter } from "./run-reporter.js";

/** What a finished run did, as printed by `--json`. */
export interface RunSummary {
  readonly command: string;
  readonly run_id: string;
  readonly coder_version: string;
  readonly status: "done" | "failed";
  readonly articles: number;
  readonly inserted: number;
  readonly replaced: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly errors: number;
  readonly warnings: number;
  readonly mentions_stored: number;
  readonly store: { readonly articles: number; readonly mentions: number; readonly events: number };
  readonly seconds: number;
}

/** Settings of a session. */
export interface SessionOptions {
  readonly command: "ingest" | "recode";
  readonly inputs: readonly string[];
  readonly coderVersion: string;
  /** Articles per store transaction. */
  readonly batchSize: number;
  /** Skip coding articles stored with the same text and coder version (ingest: yes). */
  readonly skipUnchanged: boolean;
  /**
   * Key documents without an id of their own by the file they came from, so an edited file
   * replaces its old version (ingest: yes; recode keeps the keys articles were stored with).
   */
  readonly keyByOrigin: boolean;
  /** Re-store articles even when their text and coder version are unchanged (recode --all). */
  readonly force?: boolean;
}

/** Settings of `dyad ingest` and `dyad watch`: unchanged articles skipped, documents keyed by origin. */
export function ingestSettings(
  inputs: readonly string[],
  coderVersion: string,
  batchSize: number,
): SessionOptions {
  return {
    command: "ingest",
    inputs,
    coderVersion,
    batchSize,
    skipUnchanged: true,
    keyByOrigin: true,
  };
}

/** Counters kept per put status, plus failures. */
type Tally = Record<PutStatus | "failed", number>;

/** Codes and stores articles for one run; call `start`, then `issue`/`article`, then `finish`. */
export class IngestSession {
  private readonly runId = `${new Date().toISOString()}-${randomBytes(3).toString("hex")}`;
  private readonly startedAt = new Date().toISOString();
  private readonly tally: Tally = { inserted: 0, replaced: 0, unchanged: 0, failed: 0 };
  /** The batch being filled: the store may write its items while the next ones are coded. */
  private batch: PutBatch | undefined;
  private pending = 0;
  private inflight: Promise<void> | undefined;
  private failure: { readonly err: unknown } | undefined;
  private mentions = 0;
  /** Origin keys given out in this run: a file that yields several documents keys none of them. */
  private readonly keysSeen = new Set<string>();

  constructor(
    private readonly store: EventStore,
    private readonly coder: Coder,
    private readonly report: RunReporter,
    private readonly opts: SessionOptions,
  ) {}

  /**
   * A whole run: `start`, then `feed` (which calls `issue`/`article`), then `finish`. When `feed`
   * throws, the run is marked failed and the error goes on.
   */
  async run(feed: (session: this) => Promise<void>): Promise<RunSummary> {
    await this.start();
    try {
      await feed(this);
    } catch (err) {
      // The feed's error is the one worth reporting; a failure to mark the run goes with it.
      const marked = await this.finish("failed").then(
        () => undefined,
        (markErr: unknown) => markErr,
      );
      this.report.finish("run failed");
      if (marked === undefined) throw err;
      throw new AggregateError([err, marked], "the run failed, and so did marking it failed", {
        cause: err,
      });
    }
    return this.finish();
  }

  /** Records the run as running, so a killed run is visible in the store. */
  start(): Promise<void> {
    return this.store.recordRun(this.record("running"));
  }

  /** Reports a per-document problem and records it with the run. */
  async issue(i: DocIssue): Promise<void> {
    this.report.issue(i);
    if (i.severity === "error" && !i.articleId) this.tally.failed++;
    await this.store.recordIssue(this.runId, i);
  }

  /** Codes one article (unless unchanged) and queues it for the next batch. */
  async article(article: Article): Promise<void> {
    const originKey = this.originKeyOf(article);
    if (this.opts.skipUnchanged && (await this.isUnchanged(article, originKey))) {
      this.tally.unchanged++;
      this.report.coded(0, false);
      return;
    }
    const result = this.codeSafely(article);
    for (const i of result.issues) await this.issue(i);
    if (result.issues.some((i) => i.severity === "error")) {
      // An error means "not coded": the stored copy, if any, stays as it was.
      this.tally.failed++;
      this.report.coded(0, true);
      return;
    }
    this.batch ??= this.store.beginBatch(this.opts.coderVersion, {
      force: this.opts.force === true,
    });
    this.batch.add(originKey === undefined ? { article, result } : { article, result, originKey });
    this.pending++;
    // Progress counts coded articles; storing lags by at most two batches.
    this.report.coded(result.events.length, false);
    if (this.pending >= this.opts.batchSize) await this.flush();
  }

  /** Stores the open batch, records the run as done (or failed) and returns the summary. */
  async finish(status: "done" | "failed" = "done"): Promise<RunSummary> {
    if (status === "done") await this.flush();
    await this.settle();
    // A failed run stores nothing of its open batch.
    const open = this.batch;
    this.batch = undefined;
    await open?.discard();
    await this.store.recordRun(this.record(status));
    const counts = await this.store.counts();
    const c = this.report.counts();
    return {
      command: this.opts.command,
      run_id: this.runId,
      coder_version: this.opts.coderVersion,
      status,
      articles:
        this.tally.inserted + this.tally.replaced + this.tally.unchanged + this.tally.failed,
      ...this.tally,
      errors: c.errors,
      warnings: c.warnings,
      mentions_stored: this.mentions,
      store: { articles: counts.articles, mentions: counts.mentions, events: counts.events },
      seconds: Math.round(c.seconds * 100) / 100,
    };
  }

  /**
   * Commits the open batch without waiting for it, so the next batch is coded while it is stored
   * (the SQLite writer thread or the PostgreSQL server works meanwhile); at most one commit is in
   * flight.
   */
  private async flush(): Promise<void> {
    await this.settle();
    const batch = this.batch;
    if (batch === undefined) return;
    this.batch = undefined;
    this.pending = 0;
    this.inflight = batch.commit().then(
      (results) => {
        for (const r of results) {
          this.tally[r.status]++;
          this.mentions += r.mentions;
        }
      },
      // Kept until the next settle() rethrows it, so a failed batch never goes unnoticed.
      (err: unknown) => {
        this.failure = { err };
      },
    );
  }

  /** Waits for the batch in flight; rethrows its error. */
  private async settle(): Promise<void> {
    await this.inflight;
    this.inflight = undefined;
    const failure = this.failure;
    this.failure = undefined;
    if (failure !== undefined) throw failure.err;
  }

  /** Stored as it is, and no other article is stored under its origin key. */
  private async isUnchanged(article: Article, originKey: string | undefined): Promise<boolean> {
    const stamps = await this.store.articleStamps(article.id, originKey);
    const hash = textHash(article.text);
    return (
      stamps.length > 0 &&
      stamps.every(
        (s) =>
          s.id === article.id && s.coderVersion === this.opts.coderVersion && s.textHash === hash,
      )
    );
  }

  /**
   * `file:` + absolute path for a document read whole from a file and identified only by its
   * content hash; undefined for stdin, jsonl lines and documents with their own id. Only the first
   * document of a path in a run gets the key, so documents of a file that yields several never
   * replace each other.
   */
  private originKeyOf(article: Article): string | undefined {
    const { file, line } = article.origin;
    if (!this.opts.keyByOrigin || line !== undefined || file === "-") return undefined;
    if (article.id !== contentId(article.text)) return undefined;
    const key = `file:${resolve(file)}`;
    if (this.keysSeen.has(key)) return undefined;
    this.keysSeen.add(key);
    return key;
  }

  private codeSafely(article: Article): ReturnType<Coder> {
    try {
      return this.coder(article);
    } catch (cause) {
      // A bug in one document must not lose the run: report it with its cause and go on.
      const msg = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
      const issue: DocIssue = {
        severity: "error",
        code: "internal-error",
        message: `coding failed: ${msg}`,
        origin: article.origin,
        articleId: article.id,
      };
      return { article, events: [], issues: [issue] };
    }
  }

  private record(status: RunRecord["status"]): RunRecord {
    const finished = status === "running" ? {} : { finishedAt: new Date().toISOString() };
    return {
      id: this.runId,
      command: this.opts.command,
      coderVersion: this.opts.coderVersion,
      inputs: this.opts.inputs,
      startedAt: this.startedAt,
      ...finished,
      status,
      counts: { ...this.tally, mentions: this.mentions },
    };
  }
}

/** sha256 hex of the text: the store's `text_hash` (src/store README: "a sha256 of the text"). */
function textHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
