/**
 * Crash safety of `dyad watch`: SIGKILL it at random points of its poll (chosen by watching the
 * store grow, not by timing), several times, then let it finish: every article is stored exactly
 * once with consistent mentions and events, the watch state is always a whole JSON file, and a
 * further poll re-codes nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  killedAt,
  storeConsistency,
  wireArticlePath,
  writeWireArticles,
} from "../cli/kill-support.js";
import { WatchState } from "../../src/sources/watch-state.js";
import { runDyad } from "../cli/cli-helpers.js";

const ARTICLES = 240;
const dir = mkdtempSync(join(tmpdir(), "dyad-kill-watch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dyad watch killed with SIGKILL", () => {
  it("stores every article exactly once after restarts, and then re-codes nothing", async () => {
    writeWireArticles(dir, ARTICLES);
    const statePath = join(dir, "dyad.db.watch.json");
    const points = [1, 2, 3, 4]
      .map(() => 4 + Math.floor(Math.random() * (ARTICLES - 40)))
      .sort((a, b) => a - b);
    const outcomes: string[] = [];
    for (const p of points) {
      outcomes.push(await killedAt(dir, ["watch", "--once", "--batch", "4", "news"], p));
      // Whatever the moment of the kill, the state file is absent or whole.
      expect(() => WatchState.load(statePath)).not.toThrow();
    }
    expect(outcomes).toContain("killed");

    const rerun = runDyad(dir, ["watch", "--once", "--json", "news"]);
    expect(rerun.status, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout) as {
      articles: number;
      failed: number;
      store: { articles: number };
    };
    expect(summary).toMatchObject({ articles: ARTICLES, failed: 0, store: { articles: ARTICLES } });

    const store = storeConsistency(join(dir, "dyad.db"));
    expect(store).toMatchObject({
      articles: ARTICLES,
      mentionsWithoutArticle: 0,
      eventsWithoutMention: 0,
      mentionsWithoutEvent: 0,
      miscountedEvents: 0,
    });
    expect(store.mentions).toBeGreaterThan(0);

    const state = WatchState.load(statePath);
    for (let i = 0; i < ARTICLES; i++)
      expect(state.fileFingerprint(wireArticlePath(dir, i))).toBeDefined();
    const again = runDyad(dir, ["watch", "--once", "--json", "news"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe("");
  }, 180_000);
});
