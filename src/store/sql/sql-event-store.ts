/**
 * The `EventStore` both back ends share: all logic is here, written once against `SqlDriver`;
 * the SQLite and PostgreSQL folders only provide drivers.
 */
import type { Article, CodeResult, DocIssue, Origin } from "../../core/types.js";
import type {
  ActorFilter,
  ActorRow,
  ArticleStamp,
  BreakdownOptions,
  EventBreakdown,
  EventFilter,
  EventPage,
  EventStore,
  EventWithMentions,
  PageRequest,
  PutBatch,
  PutItem,
  PutOptions,
  PutResult,
  RunRecord,
  StatsBy,
  StatsGroup,
  StatsRow,
  StoreCounts,
  StoredArticle,
  StoredEvent,
} from "../event-store.js";
import { eventBreakdown } from "./dashboard-queries.js";
import { escapeLike } from "./escape-like.js";
import { partyCondition } from "./filter-sql.js";
import { eventsOfArticle, getEvent, queryEvents } from "./query-events.js";
import type { SqlDriver, SqlRow, SqlValue } from "./sql-driver.js";
import { stats } from "./stats.js";
import { DriverWriter, type StoreWriter } from "./store-writer.js";

const RECODE_PAGE = 200;

/** An event store over one SQL driver. */
export class SqlEventStore implements EventStore {
  readonly kind: "sqlite" | "postgres";

  /** `writer`: where writes go (default: through `driver` itself). */
  constructor(
    private readonly driver: SqlDriver,
    private readonly writer: StoreWriter = new DriverWriter(driver),
  ) {
    this.kind = driver.dialect.kind;
  }

  async putArticle(article: Article, result: CodeResult, coderVersion: string): Promise<PutResult> {
    const [out] = await this.writer.putArticles([{ article, result }], coderVersion);
    return out!;
  }

  putArticles(
    items: readonly PutItem[],
    coderVersion: string,
    opts?: PutOptions,
  ): Promise<PutResult[]> {
    return this.writer.putArticles(items, coderVersion, opts);
  }

  beginBatch(coderVersion: string, opts?: PutOptions): PutBatch {
    return this.writer.beginBatch(coderVersion, opts);
  }

  recordRun(run: RunRecord): Promise<void> {
    return this.writer.recordRun(run);
  }

  recordIssue(runId: string, issue: DocIssue): Promise<void> {
    return this.writer.recordIssue(runId, issue);
  }

  queryEvents(filter: EventFilter, page?: PageRequest): Promise<EventPage> {
    return queryEvents(this.driver, this.driver.dialect, filter, page);
  }

  getEvent(id: string): Promise<EventWithMentions | undefined> {
    return getEvent(this.driver, id);
  }

  eventsOfArticle(articleId: string): Promise<StoredEvent[]> {
    return eventsOfArticle(this.driver, articleId);
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const row = (await this.driver.all("SELECT * FROM articles WHERE id = ?", [id]))[0];
    return row === undefined ? undefined : articleOf(row);
  }

  async articleStamps(id: string, originKey?: string): Promise<ArticleStamp[]> {
    const byOrigin = originKey === undefined ? "" : " OR origin_key = ?";
    const rows = await this.driver.all(
      `SELECT id, text_hash, coder_version, origin_key FROM articles WHERE id = ?${byOrigin}`,
      originKey === undefined ? [id] : [id, originKey],
    );
    return rows.map((r) => ({
      id: String(r["id"]),
      textHash: String(r["text_hash"]),
      coderVersion: String(r["coder_version"]),
      ...(typeof r["origin_key"] === "string" ? { originKey: r["origin_key"] } : {}),
    }));
  }

  async listActors(filter: ActorFilter = {}): Promise<ActorRow[]> {
    const { name, limit, ...codes } = filter;
    const c = partyCondition(codes, "a");
    const conds = [c.sql];
    const params: SqlValue[] = [...c.params];
    if (name !== undefined) {
      conds.push("LOWER(a.name) LIKE ? ESCAPE '\\'");
      params.push(`%${escapeLike(name.toLowerCase())}%`);
    }
    const rows = await this.driver.all(
      `SELECT a.code, a.code_full, a.name, a.sectors, a.mentions FROM actors a WHERE a.mentions > 0 AND ${conds.join(" AND ")} ORDER BY a.mentions DESC, a.key LIMIT ?`,
      [...params, limit ?? 100],
    );
    return rows.map((r) => ({
      code: String(r["code"]),
      ...(r["code_full"] ? { code_full: String(r["code_full"]) } : {}),
      ...(r["name"] ? { name: String(r["name"]) } : {}),
      sector: String(r["sectors"])
        .split("|")
        .filter((s) => s !== ""),
      mentions: Number(r["mentions"]),
    }));
  }

  stats(groupBy: StatsGroup, by: StatsBy, filter?: EventFilter): Promise<StatsRow[]> {
    return stats(this.driver, this.driver.dialect, groupBy, by, filter);
  }

  eventBreakdown(filter: EventFilter, opts?: BreakdownOptions): Promise<EventBreakdown> {
    return eventBreakdown(this.driver, this.driver.dialect, filter, opts);
  }

  async *articlesForRecode(opts: { notVersion?: string } = {}): AsyncIterable<StoredArticle> {
    let after = "";
    for (;;) {
      const version = opts.notVersion === undefined ? "" : "AND coder_version <> ?";
      const params: SqlValue[] =
        opts.notVersion === undefined
          ? [after, RECODE_PAGE]
          : [after, opts.notVersion, RECODE_PAGE];
      const rows = await this.driver.all(
        `SELECT * FROM articles WHERE id > ? ${version} ORDER BY id LIMIT ?`,
        params,
      );
      for (const r of rows) yield articleOf(r);
      if (rows.length < RECODE_PAGE) return;
      after = String(rows[rows.length - 1]!["id"]);
    }
  }

  async counts(): Promise<StoreCounts> {
    const row = (
      await this.driver.all(
        `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM mentions) AS mentions,
                (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM ingest_runs) AS runs,
                (SELECT COUNT(*) FROM ingest_issues) AS issues`,
      )
    )[0]!;
    return {
      articles: Number(row["articles"]),
      mentions: Number(row["mentions"]),
      events: Number(row["events"]),
      runs: Number(row["runs"]),
      issues: Number(row["issues"]),
    };
  }

  async close(): Promise<void> {
    try {
      await this.writer.close();
    } finally {
      await this.driver.close();
    }
  }
}

/** The stored source metadata of an article (see migration 003). */
function metaOf(json: string | undefined): Partial<Origin> {
  return json ? (JSON.parse(json) as Partial<Origin>) : {};
}

function articleOf(r: SqlRow): StoredArticle {
  const str = (k: string): string | undefined =>
    typeof r[k] === "string" ? (r[k] as string) : undefined;
  const num = (k: string): number | undefined =>
    r[k] === null || r[k] === undefined ? undefined : Number(r[k]);
  const opt = <T>(name: string, v: T | undefined): Record<string, T> =>
    v === undefined ? {} : { [name]: v };
  const line = num("origin_line");
  const article: Article = {
    id: String(r["id"]),
    text: String(r["text"]),
    ...opt("bodyStart", num("body_start")),
    ...opt("title", str("title")),
    ...opt("date", str("date")),
    ...opt("url", str("url")),
    ...opt("source", str("source")),
    origin: { ...metaOf(str("origin_meta")), file: String(r["origin_file"]), ...opt("line", line) },
  };
  return {
    article,
    textHash: String(r["text_hash"]),
    coderVersion: String(r["coder_version"]),
    storedAt: String(r["stored_at"]),
  };
}
