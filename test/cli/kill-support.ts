/**
 * Support of the kill-and-restart tests (`dyad ingest`, `dyad watch`): a folder of small wire
 * articles, a process killed once the store holds a given number of articles, and what the store
 * must hold afterwards, read as numbers the tests compare (articles stored once, and no mention,
 * event or count that points at nothing).
 */
import Database from "better-sqlite3";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnDyad } from "./cli-helpers.js";

const COUNTRIES = ["French", "German", "Kenyan", "Brazilian", "Indian", "Japanese", "Egyptian"];
const VERBS = ["met", "criticised", "praised", "accused", "thanked", "rejected the offer of"];

/** The path of the i-th article written by `writeWireArticles`. */
export function wireArticlePath(dir: string, i: number): string {
  return join(dir, "news", `a${String(i).padStart(3, "0")}.article`);
}

/** Writes `n` small wire articles into `dir/news`, each different (its own content-hash id). */
export function writeWireArticles(dir: string, n: number): void {
  mkdirSync(join(dir, "news"));
  for (let i = 0; i < n; i++) {
    const a = COUNTRIES[i % COUNTRIES.length] ?? "French";
    const b = COUNTRIES[(i * 3 + 1) % COUNTRIES.length] ?? "German";
    const verb = VERBS[i % VERBS.length] ?? "met";
    const day = (i % 28) + 1;
    const text = `date 2024-03-${String(day).padStart(2, "0")} Report ${i}\n\nPARIS, March ${day} (Reuters) -- The ${a} foreign minister ${verb} his ${b} counterpart on Monday, officials said in statement number ${i}.\n`;
    writeFileSync(wireArticlePath(dir, i), text);
  }
}

/** Articles committed so far (0 while the store or its schema does not exist yet). */
export function storedArticles(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return Number((conn.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n);
    } finally {
      conn.close();
    }
  } catch (err) {
    // The schema may not be created yet when the first run is killed very early.
    if (err instanceof Error && /no such table|SQLITE_BUSY|database is locked/.test(err.message))
      return 0;
    throw err;
  }
}

/** Runs `dyad args...` in `dir` and SIGKILLs it once `target` articles are committed (or lets it finish). */
export async function killedAt(
  dir: string,
  args: readonly string[],
  target: number,
): Promise<"killed" | "finished"> {
  const child = spawnDyad(dir, args);
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

/** Counts that describe a store's consistency; every `*Orphan`/`miscounted` must be 0. */
export interface StoreConsistency {
  readonly articles: number;
  readonly mentions: number;
  readonly mentionsWithoutArticle: number;
  readonly eventsWithoutMention: number;
  readonly mentionsWithoutEvent: number;
  readonly miscountedEvents: number;
}

/** Reads the consistency counts of the SQLite store at `file` (opened read-only). */
export function storeConsistency(file: string): StoreConsistency {
  const db = new Database(file, { readonly: true });
  const one = (sql: string): number => Number((db.prepare(sql).get() as { n: number }).n);
  try {
    return {
      articles: one("SELECT COUNT(DISTINCT id) AS n FROM articles"),
      mentions: one("SELECT COUNT(*) AS n FROM mentions"),
      mentionsWithoutArticle: one(
        "SELECT COUNT(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)",
      ),
      eventsWithoutMention: one(
        "SELECT COUNT(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)",
      ),
      mentionsWithoutEvent: one(
        "SELECT COUNT(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)",
      ),
      miscountedEvents: one(
        "SELECT COUNT(*) AS n FROM events e WHERE e.mention_count <> (SELECT COUNT(*) FROM mentions m WHERE m.event_id = e.id)",
      ),
    };
  } finally {
    db.close();
  }
}
