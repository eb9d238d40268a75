/**
 * Crash safety of `dyad ingest`: SIGKILL it at several points of a run, re-run it to completion,
 * and the store is consistent, with every article stored exactly once. The kill points are chosen
 * by watching the store grow (a random number of committed articles), not by timing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { killedAt, storeConsistency, writeWireArticles } from "./kill-support.js";
import { runDyad } from "./cli-helpers.js";

const ARTICLES = 300;
const dir = mkdtempSync(join(tmpdir(), "dyad-kill-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dyad ingest killed with SIGKILL", () => {
  // Five dyad processes, each loading the NLP models: slow on a busy machine (no time is asserted).
  it("leaves a consistent store that a re-run completes, every article stored once", async () => {
    writeWireArticles(dir, ARTICLES);
    // Random, increasing kill points: each run commits some articles before it dies.
    const points = [1, 2, 3]
      .map(() => 5 + Math.floor(Math.random() * (ARTICLES - 60)))
      .sort((a, b) => a - b);
    const outcomes: string[] = [];
    for (const p of points)
      outcomes.push(await killedAt(dir, ["ingest", "--batch", "4", "news"], p));
    expect(outcomes).toContain("killed");

    const rerun = runDyad(dir, ["ingest", "--json", "news"]);
    expect(rerun.status, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout) as {
      articles: number;
      failed: number;
      unchanged: number;
      store: { articles: number };
    };
    expect(summary).toMatchObject({ articles: ARTICLES, failed: 0, store: { articles: ARTICLES } });
    expect(summary.unchanged).toBeGreaterThan(0);

    const state = storeConsistency(join(dir, "dyad.db"));
    expect(state).toMatchObject({
      articles: ARTICLES,
      mentionsWithoutArticle: 0,
      eventsWithoutMention: 0,
      mentionsWithoutEvent: 0,
      miscountedEvents: 0,
    });
    expect(state.mentions).toBeGreaterThan(0);

    const final = JSON.parse(runDyad(dir, ["ingest", "--json", "news"]).stdout) as {
      unchanged: number;
      inserted: number;
      replaced: number;
    };
    expect(final).toMatchObject({ unchanged: ARTICLES, inserted: 0, replaced: 0 });
  }, 180_000);
});
