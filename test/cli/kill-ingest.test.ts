/**
 * Crash safety of `dyad ingest`: SIGKILL it at several points of a run, re-run it to completion,
 * and the store is consistent, with every article stored exactly once. The kill points are chosen
 * by watching the store grow (a random number of committed articles), not by timing.
 */
import Database from "better-sqlite3";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { storeConsistency } from "./store-consistency.js";
import { runDyad, spawnDyad } from "./cli-helpers.js";

const ARTICLES = 300;
const COUNTRIES = [
  "French",
  "German",
  "Kenyan",
  "Brazilian",
  "Indian",
  "Japanese",
  "Egyptian",
  "Mexican",
];
const VERBS = ["met", "criticised", "praised", "accused", "thanked", "rejected the offer of"];

/** A small wire article, different for every i (so each has its own content-hash id). */
function article(i: number): string {
  const a = COUNTRIES[i % COUNTRIES.length] ?? "French";
  const b = COUNTRIES[(i * 3 + 1) % COUNTRIES.length] ?? "German";
  const verb = VERBS[i % VERBS.length] ?? "met";
  const day = (i % 28) + 1;
  return `date 2024-03-${String(day).padStart(2, "0")} Report ${i}\n\nPARIS, March ${day} (Reuters) -- The ${a} foreign minister ${verb} his ${b} counterpart on Monday, officials said in statement number ${i}.\n`;
}

/** Articles committed so far (0 while the store does not exist yet). */
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
    // The schema may not be created yet when the first ingest is killed very early.
    if (err instanceof Error && /no such table|SQLITE_BUSY|database is locked/.test(err.message))
      return 0;
    throw err;
  }
}

/** Starts an ingest and SIGKILLs it once `target` articles are committed (or lets it finish). */
async function ingestKilledAt(dir: string, target: number): Promise<"killed" | "finished"> {
  const child = spawnDyad(dir, ["ingest", "--batch", "4", "news"]);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && storedArticles(join(dir, "dyad.db")) < target)
    await new Promise((r) => setTimeout(r, 15));
  if (done) return "finished";
  child.kill("SIGKILL");
  await exited;
  return "killed";
}

const dir = mkdtempSync(join(tmpdir(), "dyad-kill-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dyad ingest killed with SIGKILL", () => {
  // Five dyad processes, each loading the NLP models: slow on a busy machine (no time is asserted).
  it("leaves a consistent store that a re-run completes, every article stored once", async () => {
    mkdirSync(join(dir, "news"));
    for (let i = 0; i < ARTICLES; i++)
      writeFileSync(join(dir, "news", `a${String(i).padStart(3, "0")}.article`), article(i));
    // Random, increasing kill points: each run commits some articles before it dies.
    const points = [1, 2, 3]
      .map(() => 5 + Math.floor(Math.random() * (ARTICLES - 60)))
      .sort((a, b) => a - b);
    const outcomes: string[] = [];
    for (const p of points) outcomes.push(await ingestKilledAt(dir, p));
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
