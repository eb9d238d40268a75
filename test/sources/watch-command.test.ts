/**
 * `dyad watch` as a process, in a temp working directory: one poll with --once (status 0, or 1
 * when a document failed), a second poll that finds nothing new, usage errors, a continuous watch
 * that picks up a file dropped later and shuts down cleanly on SIGTERM, and a feed URL polled
 * conditionally from a local server.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, startServer, type TestServer } from "../../src/sources/test-server.js";
import { WatchState } from "../../src/sources/watch-state.js";
import { runDyad, spawnDyad } from "../cli/cli-helpers.js";

const doc = (n: number): string =>
  `date 2024-06-0${(n % 9) + 1} Talks ${n}\n\nLIMA, June ${(n % 9) + 1} (Wire) -- Peru's foreign minister met his Chilean counterpart in Lima, officials said in statement ${n}.\n`;

interface Poll {
  poll: number;
  files: number;
  feeds: number;
  articles: number;
  inserted: number;
  unchanged: number;
  failed: number;
}
const polls = (stdout: string): Poll[] =>
  stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Poll);

let root = "";
let server: TestServer;
let feedBody = "";
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "dyad-watch-cli-"));
  feedBody = readFileSync(
    new URL("../../examples/feeds/harbourline-world.rss", import.meta.url),
    "utf8",
  );
  server = await startServer({
    "/rss": (req, res) =>
      req.headers["if-none-match"] === '"1"'
        ? res.writeHead(304).end()
        : ok(feedBody, "application/rss+xml", { etag: '"1"' })(req, res, 0),
  });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Runs dyad without blocking this process (the local feed server must keep answering). */
function runAsync(
  cwd: string,
  args: string[],
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawnDyad(cwd, args);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) =>
    child.once("close", (status) => resolve({ status, stdout, stderr })),
  );
}

/** A fresh working directory with a `news` folder holding `n` articles. */
function workdir(name: string, n: number): string {
  const dir = join(root, name);
  mkdirSync(join(dir, "news"), { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, "news", `a${i}.article`), doc(i));
  return dir;
}

describe("dyad watch --once", () => {
  it("ingests the folder once, then finds nothing new", () => {
    const dir = workdir("once", 3);
    const first = runDyad(dir, ["watch", "--once", "--json", "news"]);
    expect(first.status, first.stderr).toBe(0);
    expect(polls(first.stdout)).toMatchObject([
      { poll: 1, files: 3, articles: 3, inserted: 3, failed: 0 },
    ]);
    expect(existsSync(join(dir, "dyad.db.watch.json"))).toBe(true);
    const second = runDyad(dir, ["watch", "--once", "--json", "news"]);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe("");
  });

  it("exits 1 when a document failed, and does not retry it until it changes", () => {
    const dir = workdir("failing", 1);
    writeFileSync(join(dir, "news", "empty.txt"), "");
    const r = runDyad(dir, ["watch", "--once", "--json", "news"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt.*error empty-file/);
    expect(runDyad(dir, ["watch", "--once", "news"]).status).toBe(0);
  });

  it.each([
    ["nothing to watch", ["watch", "--once"]],
    ["a bad interval", ["watch", "--every", "0s", "news"]],
    ["a feed that is not a URL", ["watch", "--feed", "feeds/world.rss"]],
  ])("exits 2 on %s", (_name, args) => {
    const dir = workdir("usage", 0);
    expect(runDyad(dir, args).status).toBe(2);
  });

  it("polls a feed URL conditionally: the second poll gets a 304", async () => {
    const dir = workdir("feed", 0);
    const first = await runAsync(dir, [
      "watch",
      "--once",
      "--json",
      "--no-fetch-linked",
      "--feed",
      `${server.base}/rss`,
    ]);
    expect(first.status, first.stderr).toBe(0);
    expect(polls(first.stdout)).toMatchObject([{ feeds: 1, articles: 3, inserted: 3 }]);
    const second = await runAsync(dir, [
      "watch",
      "--once",
      "--json",
      "--feed",
      `${server.base}/rss`,
    ]);
    expect(second.stdout).toBe("");
    expect(server.hits.get("/rss")).toBe(2);
  });
});

describe("dyad watch (continuous)", () => {
  it("ingests a file dropped while it runs, and stops cleanly on SIGTERM", async () => {
    const dir = workdir("live", 2);
    const child = spawnDyad(dir, ["watch", "--every", "1s", "--settle", "0s", "--json", "news"]);
    const lines: Poll[] = [];
    let buffer = "";
    const waitFor = (count: number): Promise<void> =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          if (lines.length >= count) resolve();
        };
        child.stdout?.on("data", (chunk: Buffer) => {
          buffer += chunk.toString();
          const parts = buffer.split("\n");
          buffer = parts.pop() ?? "";
          lines.push(...parts.filter((l) => l !== "").map((l) => JSON.parse(l) as Poll));
          check();
        });
        child.once("exit", () => reject(new Error(`watch exited early: ${lines.length} polls`)));
      });
    const exited = new Promise<number | null>((resolve) =>
      child.once("exit", (code) => resolve(code)),
    );
    await waitFor(1);
    writeFileSync(join(dir, "news", "late.article"), doc(99));
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (lines.length >= 2) {
          clearInterval(timer);
          resolve();
        }
      }, 20);
    });
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(lines.map((l) => [l.files, l.inserted])).toEqual([
      [2, 2],
      [1, 1],
    ]);
    const state = WatchState.load(join(dir, "dyad.db.watch.json"));
    expect(state.fileFingerprint(join(dir, "news", "late.article"))).toBeDefined();
  }, 60_000);
});
