/**
 * One cycle of `dyad watch`: scan the watched directories for new or changed files, poll the
 * watched feeds (conditional GET: an unchanged feed costs a 304), read what is new through the
 * same `readInputs` path as `dyad ingest`, hand every item to the cycle's ingest session, and
 * only after the session has committed, remember what was ingested in the watch state. A cycle
 * killed before that point is redone on restart, and the store's idempotent puts (same id, text
 * and coder version: unchanged, not re-coded) make the redo store nothing twice.
 */
import { resolve } from "node:path";
import type { Article, DocIssue, Origin } from "../core/types.js";
import { ingestIssue } from "../ingest/ingest-issues.js";
import type { IngestItem, IngestOptions } from "../ingest/ingest-types.js";
import { readFetched, readInputs } from "../ingest/read-inputs.js";
import { fetchUrl, type FetchResult, type FetchSettings } from "./http-fetch.js";
import { scanDirectories, type ChangedFile } from "./scan-directory.js";
import type { WatchState } from "./watch-state.js";

/** Where a cycle's items go (the cycle's ingest session). */
export interface CycleSink<T> {
  issue(issue: DocIssue): Promise<void>;
  article(article: Article): Promise<void>;
  /** Commits what is pending and returns the cycle's summary. */
  finish(): Promise<T>;
}

/** What to watch and how to read it. */
export interface WatchPlan {
  /** Directories (or single files) to poll. */
  readonly paths: readonly string[];
  /** Feed URLs to poll. */
  readonly feeds: readonly string[];
  /** How files are read. */
  readonly ingest: IngestOptions;
  /** How polled feeds are read (typically with linked pages fetched). */
  readonly feedIngest: IngestOptions;
  /** HTTP settings of feed polling. */
  readonly http: FetchSettings;
  /** Files modified less than this long ago wait for the next cycle. */
  readonly settleMs: number;
  /** Stops the cycle between items (shutdown). */
  readonly signal: AbortSignal;
}

/** What one cycle did. */
export interface CycleOutcome<T> {
  /** Changed files read. */
  readonly files: number;
  /** Feeds whose content changed. */
  readonly feeds: number;
  readonly settling: number;
  /** The session's summary, when there was anything to ingest. */
  readonly summary?: T;
  /** True when shutdown interrupted the cycle (nothing is marked as ingested then). */
  readonly aborted: boolean;
}

type Fetched = { readonly url: string; readonly result: FetchResult };

/** Runs one cycle; `open` starts the session only when there is something to ingest. */
export async function runCycle<T>(
  plan: WatchPlan,
  state: WatchState,
  open: () => Promise<CycleSink<T>>,
): Promise<CycleOutcome<T>> {
  const known = (path: string): string | undefined => state.fileFingerprint(path);
  const roots = plan.paths.map((path) => resolve(path));
  const scan = await scanDirectories(roots, known, { settleMs: plan.settleMs, now: Date.now() });
  const polled = await pollFeeds(plan, state);
  // An empty drop folder is the normal state of a watched directory, not a problem.
  const issues = [...scan.issues.filter((i) => i.code !== "no-inputs"), ...fetchIssues(polled)];
  const changedFeeds = polled.filter((f) => f.result.ok && f.result.status !== 304);
  const base = { files: scan.changed.length, feeds: changedFeeds.length, settling: scan.settling };
  if (plan.signal.aborted) return { ...base, aborted: true };
  if (scan.changed.length === 0 && changedFeeds.length === 0 && issues.length === 0) {
    if (state.forgetMissing(scan.present, roots)) state.save();
    return { ...base, aborted: false };
  }
  const sink = await open();
  for (const issue of issues) await sink.issue(issue);
  const entries = new Map<string, string[]>();
  const aborted = await ingestAll(plan, state, scan.changed, changedFeeds, sink, entries);
  const summary = await sink.finish();
  if (!aborted) remember(roots, state, scan, changedFeeds, entries);
  return { ...base, summary, aborted };
}

/** Feeds every changed file and feed through readInputs into the sink; true when interrupted. */
async function ingestAll<T>(
  plan: WatchPlan,
  state: WatchState,
  files: readonly ChangedFile[],
  feeds: readonly Fetched[],
  sink: CycleSink<T>,
  entries: Map<string, string[]>,
): Promise<boolean> {
  try {
    if (
      await drain(
        readInputs(
          files.map((f) => f.path),
          plan.ingest,
        ),
        sink,
        plan.signal,
      )
    )
      return true;
    for (const { url, result } of feeds) {
      if (!result.ok) continue;
      const hashes: string[] = [];
      entries.set(url, hashes);
      const opts = { ...plan.feedIngest, skipEntry: (hash: string) => state.hasEntry(url, hash) };
      const items = collectEntries(readFetched(url, result, opts), hashes);
      if (await drain(items, sink, plan.signal)) return true;
    }
    return false;
  } catch (error) {
    // A fetch interrupted by shutdown throws its AbortError here; anything else is a real fault.
    if (plan.signal.aborted) return true;
    throw error;
  }
}

/** Hands items to the sink until done or aborted; true when aborted. */
async function drain<T>(
  items: AsyncIterable<IngestItem>,
  sink: CycleSink<T>,
  signal: AbortSignal,
): Promise<boolean> {
  for await (const item of items) {
    if (item.kind === "issue") await sink.issue(item.issue);
    else await sink.article(item.article);
    if (signal.aborted) return true;
  }
  return false;
}

/** Passes items through, noting the hash of every feed entry they come from. */
async function* collectEntries(
  items: AsyncIterable<IngestItem>,
  hashes: string[],
): AsyncGenerator<IngestItem> {
  for await (const item of items) {
    const origin: Origin = item.kind === "issue" ? item.issue.origin : item.article.origin;
    if (origin.entryHash !== undefined) hashes.push(origin.entryHash);
    yield item;
  }
}

/** GETs every feed, conditionally on the validators remembered from its last poll. */
async function pollFeeds(plan: WatchPlan, state: WatchState): Promise<Fetched[]> {
  const out: Fetched[] = [];
  for (const url of plan.feeds) {
    if (plan.signal.aborted) break;
    const { etag, lastModified } = state.feed(url);
    const headers: Record<string, string> = { ...plan.http.headers };
    if (etag !== undefined) headers["if-none-match"] = etag;
    if (lastModified !== undefined) headers["if-modified-since"] = lastModified;
    try {
      out.push({
        url,
        result: await fetchUrl(url, { ...plan.http, headers, signal: plan.signal }),
      });
    } catch (error) {
      if (plan.signal.aborted) break;
      throw error;
    }
  }
  return out;
}

function fetchIssues(polled: readonly Fetched[]): DocIssue[] {
  return polled.flatMap(({ url, result }) =>
    result.ok ? [] : [ingestIssue(result.code, result.message, { file: url })],
  );
}

/** Records the cycle's files and feed entries as ingested, and saves the state. */
function remember(
  roots: readonly string[],
  state: WatchState,
  scan: { changed: readonly ChangedFile[]; present: ReadonlySet<string> },
  feeds: readonly Fetched[],
  entries: ReadonlyMap<string, string[]>,
): void {
  state.setFiles(scan.changed.map((f) => [f.path, f.fingerprint] as const));
  state.forgetMissing(scan.present, roots);
  for (const { url, result } of feeds) {
    if (!result.ok) continue;
    const validators = {
      ...(result.etag === undefined ? {} : { etag: result.etag }),
      ...(result.lastModified === undefined ? {} : { lastModified: result.lastModified }),
    };
    state.updateFeed(url, entries.get(url) ?? [], validators);
  }
  state.save();
}
