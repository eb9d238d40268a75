/**
 * What a killed-and-restarted run must leave in a SQLite store, read as numbers (the tests compare
 * them): articles stored once, and no mention, event or count that points at nothing.
 */
import Database from "better-sqlite3";

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
