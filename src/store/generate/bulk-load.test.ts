/**
 * The bulk loader writes what the write path writes: the same synthetic news bulk-loaded and put
 * through `putArticles` give the same rows in every table, and the bulk store's own queries
 * agree with its rows (stats totals, filtered event ids, text search).
 */
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventFilter, EventStore, StoredEvent } from "../event-store.js";
import { generateStore } from "../generate-store.js";
import { openStore } from "../open-store.js";
import { bulkLoadSqlite } from "./bulk-load.js";

/** ~2,000 happenings over four months: dense enough that outlets' reports and same-day repeats merge. */
const OPTS = { events: 2000, seed: 7, days: 120, start: "2023-01-01" };

/** Every table's rows in a canonical order, without columns that differ by nature. */
const TABLE_QUERIES: Readonly<Record<string, string>> = {
  articles:
    "SELECT id, text, text_hash, title, date, source, origin_file, origin_line, origin_key, coder_version FROM articles ORDER BY id",
  mentions:
    "SELECT id, article_id, signature, event_id, sentence_start, sentence_end, sentence_text, coder_version, record FROM mentions ORDER BY id",
  events: "SELECT * FROM events ORDER BY id",
  event_parties: "SELECT * FROM event_parties ORDER BY event_id, role, code, code_full, sectors",
  actors: "SELECT * FROM actors ORDER BY key",
  stats_daily: "SELECT * FROM stats_daily ORDER BY day, type",
  stats_monthly: "SELECT * FROM stats_monthly ORDER BY month, type",
  stats_monthly_code: "SELECT * FROM stats_monthly_code ORDER BY role, code, month, type",
};

function tables(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      Object.entries(TABLE_QUERIES).map(([t, sql]) => [t, db.prepare(sql).all()]),
    );
  } finally {
    db.close();
  }
}

let dir = "";
let bulkFile = "";
let slowFile = "";
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dyad-bulk-"));
  bulkFile = join(dir, "bulk.db");
  slowFile = join(dir, "slow.db");
  await bulkLoadSqlite(bulkFile, OPTS);
  const slow = await openStore(slowFile);
  try {
    await generateStore(slow, { ...OPTS, batch: 200 });
  } finally {
    await slow.close();
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function allEvents(store: EventStore): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.queryEvents({}, { limit: 1000, ...(cursor ? { cursor } : {}) });
    out.push(...page.events);
    cursor = page.next;
  } while (cursor !== undefined);
  return out;
}

describe("bulk-loaded store", () => {
  it("has the rows putArticles writes for the same articles, merges included", () => {
    const bulk = tables(bulkFile);
    const slow = tables(slowFile);
    expect(bulk["events"]!.length).toBeGreaterThan(1500);
    for (const t of Object.keys(TABLE_QUERIES)) expect(bulk[t], t).toEqual(slow[t]);
    const merged = (bulk["events"] as { mention_count: number }[]).filter(
      (e) => e.mention_count > 1,
    );
    expect(merged.length).toBeGreaterThan(100);
  });

  it("answers its own queries consistently with its rows", async () => {
    const store = await openStore(bulkFile);
    try {
      const counts = await store.counts();
      const events = await allEvents(store);
      expect(events).toHaveLength(counts.events);
      const stats = await store.stats("month", "type");
      expect(stats.reduce((s, r) => s + r.events, 0)).toBe(counts.events);
      expect(stats.reduce((s, r) => s + r.mentions, 0)).toBe(counts.mentions);
      const filter: EventFilter = {
        from: "2023-02-01",
        to: "2023-03-31",
        type: "CONSULT",
        actor: { country: "USA" },
      };
      const expected = events
        .filter((e) => e.day >= "2023-02-01" && e.day <= "2023-03-31" && e.event === "CONSULT")
        .filter((e) => e.actor.some((a) => a.code === "USA"))
        .map((e) => e.id)
        .sort();
      expect(expected.length).toBeGreaterThan(5);
      const page = await store.queryEvents(filter, { limit: 1000 });
      expect(page.events.map((e) => e.id).sort()).toEqual(expected);
      const text = await store.queryEvents({ text: "PELLED DIPLOMATS of" }, { limit: 1000 });
      const expelled = events.filter((e) => e.event === "SANCTION" && e.modality !== "future");
      expect(text.events.map((e) => e.id).sort()).toEqual(expelled.map((e) => e.id).sort());
    } finally {
      await store.close();
    }
  });
});
