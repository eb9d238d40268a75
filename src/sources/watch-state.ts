/**
 * What `dyad watch` has already ingested, kept in a JSON state file next to the store so a
 * restart does not re-read it: each file's fingerprint (size, mtime, inode) and each feed's
 * entry hashes and HTTP validators. The file is replaced atomically (temp file, fsync, rename),
 * so a kill at any moment leaves either the old state or the new one, never a mix.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { dirname, sep } from "node:path";
import { DataFileError } from "../core/errors.js";

/** Entry hashes kept per feed; feeds list their last 10-100 entries, so this is months of polling. */
export const MAX_ENTRIES_PER_FEED = 10_000;

/** What is remembered of one feed. */
export interface FeedMemory {
  etag?: string;
  lastModified?: string;
  /** Hashes of the entries already ingested, oldest first. */
  entries: string[];
}

interface StateFile {
  readonly version: 1;
  readonly files: Record<string, string>;
  readonly feeds: Record<string, FeedMemory>;
}

/** The watch state: load once, update after each cycle, save atomically. */
export class WatchState {
  private readonly files: Map<string, string>;
  private readonly feeds: Map<string, { memory: FeedMemory; seen: Set<string> }>;

  private constructor(
    readonly path: string,
    data: StateFile,
  ) {
    this.files = new Map(Object.entries(data.files));
    this.feeds = new Map(
      Object.entries(data.feeds).map(([url, memory]) => [
        url,
        { memory, seen: new Set(memory.entries) },
      ]),
    );
  }

  /** Reads the state file; a missing file is an empty state, a malformed one a DataFileError. */
  static load(path: string): WatchState {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT")
        return new WatchState(path, { version: 1, files: {}, feeds: {} });
      throw new DataFileError(path, undefined, "cannot read the watch state", { cause: error });
    }
    return new WatchState(path, parseState(path, text));
  }

  /** The fingerprint recorded for a file, if it was ingested. */
  fileFingerprint(path: string): string | undefined {
    return this.files.get(path);
  }

  /** Records files as ingested with their fingerprints. */
  setFiles(entries: Iterable<readonly [string, string]>): void {
    for (const [path, fingerprint] of entries) this.files.set(path, fingerprint);
  }

  /**
   * Forgets files under the watched (absolute) paths that no longer exist; true when some were
   * forgotten.
   */
  forgetMissing(present: ReadonlySet<string>, under: readonly string[]): boolean {
    let forgot = false;
    for (const path of this.files.keys()) {
      if (present.has(path) || !under.some((dir) => path === dir || path.startsWith(dir + sep)))
        continue;
      this.files.delete(path);
      forgot = true;
    }
    return forgot;
  }

  /** The remembered validators and entries of a feed. */
  feed(url: string): Readonly<FeedMemory> {
    return this.feeds.get(url)?.memory ?? { entries: [] };
  }

  /** Tells whether a feed entry was already ingested. */
  hasEntry(url: string, hash: string): boolean {
    return this.feeds.get(url)?.seen.has(hash) ?? false;
  }

  /** Records a feed's new entries and HTTP validators. */
  updateFeed(
    url: string,
    hashes: Iterable<string>,
    validators: { etag?: string; lastModified?: string },
  ): void {
    const known = this.feeds.get(url) ?? { memory: { entries: [] }, seen: new Set<string>() };
    for (const hash of hashes) {
      if (known.seen.has(hash)) continue;
      known.seen.add(hash);
      known.memory.entries.push(hash);
    }
    const excess = known.memory.entries.length - MAX_ENTRIES_PER_FEED;
    if (excess > 0)
      for (const old of known.memory.entries.splice(0, excess)) known.seen.delete(old);
    known.memory = { ...validators, entries: known.memory.entries };
    this.feeds.set(url, known);
  }

  /** Writes the state atomically: a temp file in the same directory, fsync'd, renamed over the old one. */
  save(): void {
    const data: StateFile = {
      version: 1,
      files: Object.fromEntries([...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      feeds: Object.fromEntries([...this.feeds].map(([url, f]) => [url, f.memory])),
    };
    const temp = `${this.path}.${process.pid}.tmp`;
    const fd = openSync(temp, "w");
    try {
      writeSync(fd, `${JSON.stringify(data, null, 1)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, this.path);
    syncDirectory(dirname(this.path));
  }
}

/** Validates the state file's shape. */
function parseState(path: string, text: string): StateFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DataFileError(path, undefined, "watch state is not valid JSON", { cause: error });
  }
  const obj = data as Partial<StateFile> | null;
  if (
    typeof obj !== "object" ||
    obj === null ||
    obj.version !== 1 ||
    typeof obj.files !== "object" ||
    typeof obj.feeds !== "object"
  )
    throw new DataFileError(path, undefined, "not a dyad watch state (version 1) file");
  const badFeed = Object.entries(obj.feeds).find(
    ([, feed]) =>
      !Array.isArray(feed?.entries) || !feed.entries.every((e) => typeof e === "string"),
  );
  if (badFeed !== undefined)
    throw new DataFileError(path, undefined, `feed ${badFeed[0]} has no list of entry hashes`);
  return obj as StateFile;
}

/** fsync of the directory makes the rename itself durable (POSIX); not possible on Windows. */
function syncDirectory(dir: string): void {
  if (process.platform === "win32") return;
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
