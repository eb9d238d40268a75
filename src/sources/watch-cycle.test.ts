import { mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, DocIssue } from "../core/types.js";
import { DEFAULT_FETCH_SETTINGS } from "./http-fetch.js";
import { startServer, type TestServer } from "./test-server.js";
import { runCycle, type CycleSink, type WatchPlan } from "./watch-cycle.js";
import { WatchState } from "./watch-state.js";

const root = mkdtempSync(join(tmpdir(), "dyad-watch-cycle-"));
const news = join(root, "news");
let server: TestServer;
let feedVersion = 1;

const item = (n: number): string =>
  `<item><title>Item ${n}</title><link>https://w.example/${n}</link><description>LIMA, June ${n} (Wire) - Peru's foreign minister met his Chilean counterpart on Monday, officials said.</description></item>`;
const feed = (): string =>
  `<rss><channel><title>Wire</title>${Array.from({ length: feedVersion }, (_, i) => item(i + 1)).join("")}</channel></rss>`;

beforeAll(async () => {
  server = await startServer({
    "/rss": (req, res) => {
      const etag = `"v${feedVersion}"`;
      if (req.headers["if-none-match"] === etag) res.writeHead(304).end();
      else res.writeHead(200, { "content-type": "application/rss+xml", etag }).end(feed());
    },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

function plan(overrides: Partial<WatchPlan> = {}): WatchPlan {
  return {
    paths: [news],
    feeds: [],
    ingest: { date: "2024-06-01" },
    feedIngest: { date: "2024-06-01" },
    http: { ...DEFAULT_FETCH_SETTINGS, timeoutMs: 2000, retries: 0 },
    settleMs: 0,
    signal: new AbortController().signal,
    ...overrides,
  };
}

/** Runs one cycle with a sink that records what it was given. */
async function cycle(state: WatchState, p: WatchPlan = plan()) {
  const articles: Article[] = [];
  const issues: DocIssue[] = [];
  let opened = 0;
  const sink: CycleSink<string> = {
    issue: async (i) => void issues.push(i),
    article: async (a) => void articles.push(a),
    finish: async () => "done",
  };
  const outcome = await runCycle(p, state, async () => {
    opened++;
    return sink;
  });
  return { outcome, opened, articles, issues };
}

const doc = (n: number): string =>
  `LIMA, June ${n} (Wire) -- Report number ${n} on talks between Peru and Chile.\n`;

describe("runCycle over a directory", () => {
  const statePath = join(root, "dir-state.json");

  it("reads new files once, then only changed ones, and remembers them across restarts", async () => {
    mkdirSync(news);
    writeFileSync(join(news, "a.txt"), doc(1));
    writeFileSync(join(news, "b.txt"), doc(2));
    const first = await cycle(WatchState.load(statePath));
    expect(first.articles.map((a) => a.text)).toEqual([doc(1), doc(2)]);
    expect(first.outcome).toMatchObject({ files: 2, summary: "done", aborted: false });

    // A restart loads the saved state: nothing is new.
    const second = await cycle(WatchState.load(statePath));
    expect(second).toMatchObject({ opened: 0, articles: [] });

    writeFileSync(join(news, "b.txt"), doc(3));
    const third = await cycle(WatchState.load(statePath));
    expect(third.articles.map((a) => a.text)).toEqual([doc(3)]);
  });

  it("leaves a file modified within the settle time for the next cycle", async () => {
    writeFileSync(join(news, "c.txt"), doc(4));
    const state = WatchState.load(statePath);
    const settling = await cycle(state, plan({ settleMs: 60_000 }));
    expect(settling.outcome).toMatchObject({ settling: 1, files: 0 });
    const past = new Date(Date.now() - 120_000);
    utimesSync(join(news, "c.txt"), past, past);
    const settled = await cycle(state, plan({ settleMs: 60_000 }));
    expect(settled.articles.map((a) => a.text)).toEqual([doc(4)]);
  });

  it("forgets deleted files, so a file put back is read again", async () => {
    unlinkSync(join(news, "a.txt"));
    await cycle(WatchState.load(statePath));
    expect(WatchState.load(statePath).fileFingerprint(join(news, "a.txt"))).toBeUndefined();
    writeFileSync(join(news, "a.txt"), doc(1));
    expect((await cycle(WatchState.load(statePath))).articles).toHaveLength(1);
  });

  it("remembers nothing from a cycle interrupted by shutdown", async () => {
    writeFileSync(join(news, "d.txt"), doc(5));
    const controller = new AbortController();
    controller.abort();
    const interrupted = await cycle(
      WatchState.load(statePath),
      plan({ signal: controller.signal }),
    );
    expect(interrupted.outcome.aborted).toBe(true);
    expect(WatchState.load(statePath).fileFingerprint(join(news, "d.txt"))).toBeUndefined();
  });
});

describe("runCycle over a feed", () => {
  it("reads each entry once: a 304 costs nothing, a new entry is read alone", async () => {
    const statePath = join(root, "feed-state.json");
    const p = plan({ paths: [], feeds: [`${server.base}/rss`] });
    feedVersion = 2;
    const first = await cycle(WatchState.load(statePath), p);
    expect(first.articles.map((a) => a.title)).toEqual(["Item 1", "Item 2"]);
    const unchanged = await cycle(WatchState.load(statePath), p);
    expect(unchanged).toMatchObject({ opened: 0 });
    expect(server.hits.get("/rss")).toBe(2);
    feedVersion = 3;
    const grown = await cycle(WatchState.load(statePath), p);
    expect(grown.articles.map((a) => a.title)).toEqual(["Item 3"]);
    expect(grown.outcome.feeds).toBe(1);
  });

  it("reports a feed that cannot be fetched", async () => {
    const failing = await cycle(
      WatchState.load(join(root, "x.json")),
      plan({ paths: [], feeds: [`${server.base}/missing`] }),
    );
    expect(failing.issues.map((i) => i.code)).toEqual(["http-error"]);
  });
});
