/**
 * One polling pass of `dyad watch` over its directories: lists the input files the way ingest
 * does (same extensions, hidden entries skipped) and returns those that are new or changed since
 * they were ingested, by fingerprint (size, modification time, inode). Files modified within the
 * settle time are left for the next pass, so a file still being written is not read half-done.
 */
import { statSync, type Stats } from "node:fs";
import { resolve } from "node:path";
import type { DocIssue } from "../core/types.js";
import { isSystemError, listSources, unreadable } from "../ingest/list-sources.js";

/** A file to ingest, with the fingerprint to remember once it is ingested. */
export interface ChangedFile {
  readonly path: string;
  readonly fingerprint: string;
}

/** Result of one pass. */
export interface ScanResult {
  readonly changed: readonly ChangedFile[];
  /** Every input file seen (absolute paths), to forget deleted ones. */
  readonly present: ReadonlySet<string>;
  /** Files left for the next pass because they were modified moments ago. */
  readonly settling: number;
  readonly issues: readonly DocIssue[];
}

/** Scans directories (and files) for new or changed inputs. */
export async function scanDirectories(
  inputs: readonly string[],
  known: (path: string) => string | undefined,
  opts: { readonly settleMs: number; readonly now: number },
): Promise<ScanResult> {
  const changed: ChangedFile[] = [];
  const present = new Set<string>();
  const issues: DocIssue[] = [];
  let settling = 0;
  const noStdin = (): NodeJS.ReadableStream => {
    throw new Error("unreachable: watch inputs never include stdin");
  };
  for await (const source of listSources(
    inputs.map((input) => resolve(input)),
    noStdin,
  )) {
    if ("severity" in source) {
      issues.push(source);
      continue;
    }
    if (source.kind !== "path") continue;
    const info = statOrIssue(source.path);
    // A file deleted between listing and stat is simply gone.
    if (info === undefined) continue;
    if ("severity" in info) {
      issues.push(info);
      continue;
    }
    present.add(source.path);
    const fingerprint = `${info.size}:${Math.trunc(info.mtimeMs)}:${info.ino}`;
    if (known(source.path) === fingerprint) continue;
    // settle 0 reads everything: mtimes can be a fraction of a millisecond ahead of Date.now().
    if (opts.settleMs > 0 && opts.now - info.mtimeMs < opts.settleMs) settling++;
    else changed.push({ path: source.path, fingerprint });
  }
  return { changed, present, settling, issues };
}

function statOrIssue(path: string): Stats | DocIssue | undefined {
  try {
    return statSync(path);
  } catch (error) {
    if (isSystemError(error) && error.code === "ENOENT") return undefined;
    return unreadable(path, error);
  }
}
