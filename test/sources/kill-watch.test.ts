/**
 * Crash safety of `dyad watch`: SIGKILL it at random points of its poll (chosen by watching the
 * store grow, not by timing), several times, then let it finish: every article is stored exactly
 * once with consistent mentions and events, the watch state is always a whole JSON file, and a
 * further poll re-codes nothing.
 */
import Database from "better-sqlite3";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { storeConsistency } from "../cli/store-consistency.js";
import { WatchState } from "../../src/sources/watch-state.js";
import { runDyad, spawnDyad } from "../cli/cli-helpers.js";

const ARTICLES = 240;
const COUNTRIES = ["French", "German", "Kenyan", "Brazilian", "Indian", "Japanese", "Egyptian"];
const VERBS = ["met", "criticised", "praised", "accused", "thanked"];

/** A small wire article, different for every i. */
function article(i: number): string {
  const a = COUNTRIES[i % COUNTRIES.length] ?? "French";
  const b = COUNTRIES[(i * 3 + 1) % COUNTRIES.length] ?? "German";
  const verb = VERBS[i % VERBS.length] ?? "met";
  const day = (i % 28) + 1;
  return `date 2024-04-${String(day).padStart(2, "0")} Report ${i}\n\nROME, April ${day} (Wire) -- The ${a} foreign minister ${verb} his ${b} counterpart on Monday, officials said in note ${i}.\n`;
}

function storedArticles(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return Number((conn.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n);
    } finally {
      conn.close();
    }
  } catch (err) {
    if (err instanceof Error && /no such table|SQLITE_BUSY|database is locked/.test(err.message))
      return 0;
    throw err;
  }
}

/** Starts a one-poll watch and SIGKILLs it once `target` articles are committed (or lets it finish). */
async function watchKilledAt(dir: string, target: number): Promise<"killed" | "finished"> {
  const child = spawnDyad(dir, ["watch", "--once", "--batch", "4", "news"]);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && storedArticles(join(dir, "dyad.db")) < target)
    await new Promise((r) => setTimeout(r, 10));
  if (done) return "finished";
  child.kill("SIGKILL");
  await exited;
  return "killed";
}

const dir = mkdtempSync(join(tmpdir(), "dyad-kill-watch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dyad watch killed with SIGKILL", () => {
  it("stores every article exactly once after restarts, and then re-codes nothing", async () => {
    mkdirSync(join(dir, "news"));
    for (let i = 0; i < ARTICLES; i++)
      writeFileSync(join(dir, "news", `a${String(i).padStart(3, "0")}.article`), article(i));
    const statePath = join(dir, "dyad.db.watch.json");
    const points = [1, 2, 3, 4]
      .map(() => 4 + Math.floor(Math.random() * (ARTICLES - 40)))
      .sort((a, b) => a - b);
    const outcomes: string[] = [];
    for (const p of points) {
      outcomes.push(await watchKilledAt(dir, p));
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
      expect(
        state.fileFingerprint(join(dir, "news", `a${String(i).padStart(3, "0")}.article`)),
      ).toBeDefined();
    const again = runDyad(dir, ["watch", "--once", "--json", "news"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe("");
  }, 180_000);
});
