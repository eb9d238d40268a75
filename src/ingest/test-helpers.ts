/**
 * Test helpers for the ingest stage: temp directories and collecting `readInputs` output.
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { Article, DocIssue } from "../core/types.js";
import type { IngestItem, IngestOptions } from "./ingest-types.js";
import { readInputs } from "./read-inputs.js";

/** Everything one `readInputs` run yielded, split by kind. */
export interface Collected {
  readonly items: IngestItem[];
  readonly articles: Article[];
  readonly issues: DocIssue[];
}

/** Runs `readInputs` to completion and collects its items. */
export async function collect(inputs: string[], opts: IngestOptions = {}): Promise<Collected> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, opts)) items.push(item);
  return {
    items,
    articles: items.flatMap((item) => (item.kind === "article" ? [item.article] : [])),
    issues: items.flatMap((item) => (item.kind === "issue" ? [item.issue] : [])),
  };
}

/** Creates a fresh temp directory; `cleanup` removes it. */
export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "dyad-ingest-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A test file's temp directory: its path, and a writer of one file into it. */
export interface TestDir {
  /** The directory (set once the file's tests start). */
  readonly dir: () => string;
  /** Writes one file for a case and returns its path. */
  readonly one: (name: string, content: string | Uint8Array) => Promise<string>;
}

/** Gives the calling test file a temp directory, made before its tests and removed after them. */
export function useTempDir(): TestDir {
  let dir = "";
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
  afterAll(() => cleanup());
  return {
    dir: () => dir,
    one: async (name, content) => {
      const [path] = await writeFiles(dir, { [name]: content });
      return path ?? "";
    },
  };
}

/** Writes files (relative path -> content) under `dir`, creating folders, and returns their paths. */
export async function writeFiles(
  dir: string,
  files: Record<string, string | Uint8Array>,
): Promise<string[]> {
  const paths: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    paths.push(path);
  }
  return paths;
}
