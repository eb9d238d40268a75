/**
 * Expands the command-line inputs into individual sources: files as given, directories walked
 * recursively in sorted order (hidden entries and files without an input extension skipped),
 * and `-` as the stdin stream.
 */
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import type { DocIssue } from "../core/types.js";
import { formatFromExtension } from "./detect-format.js";
import { ingestIssue } from "./ingest-issues.js";

/** One input to read: a path on disk, or a stream (stdin). */
export type Source =
  | { readonly kind: "path"; readonly path: string }
  | { readonly kind: "stream"; readonly name: string; readonly stream: NodeJS.ReadableStream };

/** Name used in origins for standard input. */
export const STDIN_NAME = "-";

/**
 * Yields the sources behind each input in order, with an issue for each that cannot be listed.
 * `stdin` is a getter so `process.stdin` is only touched when `-` is an input.
 */
export async function* listSources(
  inputs: readonly string[],
  stdin: () => NodeJS.ReadableStream,
): AsyncGenerator<Source | DocIssue> {
  for (const input of inputs) {
    if (input === STDIN_NAME) {
      yield { kind: "stream", name: STDIN_NAME, stream: stdin() };
      continue;
    }
    const info = await statOrIssue(input);
    if ("severity" in info) yield info;
    else if (!info.isDirectory()) yield { kind: "path", path: input };
    else yield* listDirectory(input);
  }
}

/** Walks one input directory, warning when it holds nothing to read. */
async function* listDirectory(dir: string): AsyncGenerator<Source | DocIssue> {
  let found = 0;
  for await (const item of walk(dir, new Set())) {
    if ("kind" in item) found++;
    yield item;
  }
  if (found === 0)
    yield ingestIssue("no-inputs", `directory ${dir} contains no input files`, { file: dir });
}

/** Depth-first walk in code-unit order of names, so every run sees files in the same order. */
async function* walk(dir: string, visited: Set<string>): AsyncGenerator<Source | DocIssue> {
  let entries: Dirent[];
  try {
    // Symlinked directories are followed; the realpath set stops cycles.
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield unreadable(dir, error);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    // Dirent types save a stat per file; only symlinks need one to learn what they point at.
    const info = entry.isSymbolicLink() ? await statOrIssue(path) : entry;
    if ("severity" in info) yield info;
    else if (info.isDirectory()) yield* walk(path, visited);
    // Inside directories only input files count: READMEs, expected outputs and the like are not news.
    else if (formatFromExtension(entry.name) !== undefined) yield { kind: "path", path };
  }
}

async function statOrIssue(path: string): Promise<Awaited<ReturnType<typeof stat>> | DocIssue> {
  try {
    return await stat(path);
  } catch (error) {
    return unreadable(path, error);
  }
}

/** Converts an operating-system error on a path into an `unreadable` issue; rethrows anything else. */
export function unreadable(path: string, error: unknown): DocIssue {
  if (!isSystemError(error)) throw error;
  return ingestIssue("unreadable", `cannot read ${path}: ${error.message}`, { file: path });
}

/** Tells whether an error comes from the operating system (has an errno-style string code). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    "syscall" in error
  );
}
