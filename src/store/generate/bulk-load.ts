/**
 * Fills a new SQLite store with synthetic news fast, for the 1M-event query benchmark: rows are
 * written directly with prepared statements in large transactions, secondary indexes and the
 * sentence index are built after the load, and events are clustered per signature and date run
 * with the dedup stage's own `clusterMentions`, so the store holds what the write path would
 * have made of the same articles (tested against `putArticles` on a small store).
 */
import Database from "better-sqlite3";
import { existsSync, renameSync, rmSync } from "node:fs";
import type { EventRecord } from "../../core/types.js";
import { type DedupMention, clusterMentions, signatureOf, windowFor } from "../dedup-port.js";
import { openStore } from "../open-store.js";
import { actorKeyOf } from "../sql/actor-counts.js";
import {
  EVENT_COLUMNS,
  MENTION_COLUMNS,
  PARTY_COLUMNS,
  eventValues,
  mentionValues,
  partyValues,
  storedEventOf,
} from "../sql/event-rows.js";
import { ARTICLE_COLUMNS, articleValues, textHashOf } from "../sql/put-article.js";
import type { SqlValue } from "../sql/sql-driver.js";
import { RollupCells, rollupDeltaOf } from "../sql/stats-rollup.js";
import { SENTENCES_AFTER } from "../sqlite/sqlite-text-index.js";
import type { SampleArticle } from "../test-support/sample-articles.js";
import { type SyntheticOptions, syntheticNews } from "./synthetic-news.js";

/** The coder version generated mentions are stored with. */
export const GENERATED_VERSION = "generated";

/** What a bulk load wrote. */
export interface BulkLoadResult {
  readonly articles: number;
  readonly mentions: number;
  readonly events: number;
  readonly seconds: number;
}

/** Mentions of one signature whose dates still chain (each within the window of the last). */
interface OpenGroup {
  readonly window: number;
  lastDay: number;
  readonly mentions: DedupMention[];
}

const TABLES = ["articles", "mentions", "events", "event_parties"];
const DAY_MS = 86_400_000;

/**
 * Generates synthetic news (see `synthetic-news.ts`) into a new SQLite store at `file` (replaced
 * if it exists). The store is written under `file.tmp` and renamed when complete, so a killed
 * load never leaves a half-filled store behind.
 */
export async function bulkLoadSqlite(
  file: string,
  opts: SyntheticOptions,
): Promise<BulkLoadResult> {
  const t0 = performance.now();
  const tmp = `${file}.tmp`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  await (await openStore(tmp)).close();
  const db = new Database(tmp);
  try {
    // Out of WAL (the store was created in it) into an in-memory rollback journal: a load into
    // an empty file journals next to nothing, where WAL would write every page twice.
    db.pragma("journal_mode = DELETE");
    db.pragma("journal_mode = MEMORY");
    db.pragma("synchronous = OFF");
    db.pragma("cache_size = -262144");
    db.pragma("temp_store = MEMORY");
    const indexes = dropIndexes(db);
    const writer = new BulkWriter(db);
    db.transaction(() => {
      for (const { day, articles } of syntheticNews(opts)) writer.addDay(day, articles);
      writer.finish();
    })();
    for (const sql of indexes) db.exec(sql);
    buildSentenceIndex(db);
    db.exec("PRAGMA analysis_limit = 2000; ANALYZE;");
    db.pragma("journal_mode = WAL");
    const { articles, mentions, events } = writer.counts;
    db.close();
    if (existsSync(file)) rmSync(file);
    renameSync(tmp, file);
    return { articles, mentions, events, seconds: (performance.now() - t0) / 1000 };
  } finally {
    if (db.open) db.close();
  }
}

/** Drops the secondary indexes of the big tables and returns the SQL that re-creates them. */
function dropIndexes(db: Database.Database): string[] {
  const rows = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${TABLES.map(() => "?").join(", ")})`,
    )
    .all(...TABLES) as { name: string; sql: string }[];
  for (const r of rows) db.exec(`DROP INDEX "${r.name}"`);
  return rows.map((r) => r.sql);
}

/** Indexes every sentence at once, as the write path's catch-up would have. */
function buildSentenceIndex(db: Database.Database): void {
  db.transaction(() => {
    db.prepare(`INSERT INTO sentence_fts (rowid, sentence_text) ${SENTENCES_AFTER}`).run(0);
    db.exec(
      "UPDATE sentence_fts_state SET indexed_upto = COALESCE((SELECT MAX(seq) FROM mentions), 0)",
    );
  })();
}

/** Writes articles as they come and events (with their mentions) once their dates close. */
class BulkWriter {
  readonly counts = { articles: 0, mentions: 0, events: 0 };
  private readonly open = new Map<string, OpenGroup>();
  private readonly rollup = new RollupCells();
  private readonly actors = new Map<string, { values: string[]; n: number }>();
  private readonly insert: Record<string, Database.Statement>;
  private readonly storedAt = new Date().toISOString();

  constructor(private readonly db: Database.Database) {
    const ins = (table: string, columns: readonly string[]): Database.Statement =>
      db.prepare(
        `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
    this.insert = {
      articles: ins("articles", ARTICLE_COLUMNS),
      mentions: ins("mentions", MENTION_COLUMNS),
      events: ins("events", EVENT_COLUMNS),
      parties: ins("event_parties", PARTY_COLUMNS),
    };
  }

  /** Stores one day's articles and closes the date runs no later day can extend. */
  addDay(day: string, articles: readonly SampleArticle[]): void {
    const today = Date.parse(day) / DAY_MS;
    for (const { article, result } of articles) {
      const row = articleValues(
        article,
        textHashOf(article.text),
        undefined,
        GENERATED_VERSION,
        this.storedAt,
      );
      this.run("articles", row);
      this.counts.articles++;
      for (const record of result.events) this.addMention(today, record, article);
    }
    for (const [sig, g] of this.open) {
      if (today + 1 - g.lastDay > g.window) this.close(sig, g);
    }
  }

  /** Closes every open run and writes the roll-ups and actor counts. */
  finish(): void {
    for (const [sig, g] of this.open) this.close(sig, g);
    for (const { table, keyColumns, rows } of this.rollup.tables()) {
      const columns = [...keyColumns, "quad", "events", "mentions", "intensity"];
      const st = this.db.prepare(
        `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      for (const r of rows) st.run(...r);
    }
    const st = this.db.prepare(
      "INSERT INTO actors (key, code, code_full, name, sectors, mentions) VALUES (?, ?, ?, ?, ?, ?)",
    );
    for (const [key, a] of [...this.actors].sort(([x], [y]) => (x < y ? -1 : 1)))
      if (a.n !== 0) st.run(key, ...a.values, a.n);
  }

  private addMention(today: number, record: EventRecord, article: SampleArticle["article"]): void {
    const sig = signatureOf(record);
    let g = this.open.get(sig);
    if (g !== undefined && today - g.lastDay > g.window) {
      this.close(sig, g);
      g = undefined;
    }
    if (g === undefined) {
      g = { window: windowFor(record.event, record.mode).days, lastDay: today, mentions: [] };
      this.open.set(sig, g);
    }
    g.lastDay = today;
    g.mentions.push({
      record,
      articleId: article.id,
      ...(article.source ? { source: article.source } : {}),
      ...(article.date ? { reportedAt: article.date } : {}),
    });
    for (const e of [...record.actor, ...record.recipient]) {
      const { key, values } = actorKeyOf(e);
      const a = this.actors.get(key);
      if (a === undefined) this.actors.set(key, { values, n: 1 });
      else a.n++;
    }
  }

  /** Clusters a closed run into events and writes them with their parties and mentions. */
  private close(sig: string, g: OpenGroup): void {
    this.open.delete(sig);
    const records = new Map(g.mentions.map((m) => [m.record.id, m.record]));
    for (const merged of clusterMentions(g.mentions)) {
      const event = storedEventOf(merged);
      const mine = merged.mention_ids.map((id) => records.get(id)!);
      this.run("events", eventValues(event, JSON.stringify(event)));
      for (const p of partyValues(event, mine)) this.run("parties", p);
      for (const r of mine)
        this.run("mentions", mentionValues(r, sig, event.id, GENERATED_VERSION));
      this.rollup.add(rollupDeltaOf(1, event));
      this.counts.events++;
      this.counts.mentions += mine.length;
    }
  }

  private run(statement: string, row: readonly SqlValue[]): void {
    this.insert[statement]!.run(...row.map((v) => v ?? null));
  }
}
