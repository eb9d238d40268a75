/**
 * The event store contract: coded articles in, merged events out. Both back ends (SQLite and
 * PostgreSQL) implement it; every method is async so a networked database fits.
 */
import type { MergedEvent } from "../dedup/index.js";
import type {
  Article,
  CodeResult,
  DocIssue,
  EventRecord,
  Modality,
  PloverType,
} from "../core/types.js";

/** What `putArticle` did: stored a new article, replaced a changed one, or found it unchanged. */
export type PutStatus = "inserted" | "replaced" | "unchanged";

/** One coded article to store. */
export interface PutItem {
  readonly article: Article;
  readonly result: CodeResult;
  /**
   * Where a document without an id of its own was read from (`file:/abs/path`): storing it
   * replaces any other article stored under the same key, so an edited file replaces its old
   * version. Absent: the article keeps the key it was stored with, if any.
   */
  readonly originKey?: string;
}

/** Options of `putArticles`. */
export interface PutOptions {
  /** Re-store articles even when their text and coder version are unchanged (`recode --all`). */
  readonly force?: boolean;
}

/** A batch of coded articles stored in one transaction (`EventStore.beginBatch`). */
export interface PutBatch {
  /** Adds an item; errors it causes are reported by `commit`. */
  add(item: PutItem): void;
  /** Stores the added items in one transaction, all or nothing; their results in order. */
  commit(): Promise<PutResult[]>;
  /** Drops the added items: nothing of the batch is stored. */
  discard(): Promise<void>;
}

/** What decides whether a stored article is unchanged: its text hash, coder version and origin key. */
export interface ArticleStamp {
  readonly id: string;
  readonly textHash: string;
  readonly coderVersion: string;
  readonly originKey?: string;
}

/** Outcome of storing one coded article. */
export interface PutResult {
  readonly status: PutStatus;
  readonly articleId: string;
  /** Mentions stored for the article (0 when unchanged). */
  readonly mentions: number;
  /** Signatures whose events were re-clustered. */
  readonly signatures: number;
}

/** One value or a list of alternatives (any of them matches). */
export type OneOrMany<T> = T | readonly T[];

/** Conditions on one participant; every given field must hold for the same entity. */
export interface PartyFilter {
  /**
   * Entity code (3 characters: `USA`, `UNO`, `---`) or, when longer, full CAMEO code (`USAGOV`);
   * exact, case-insensitive.
   */
  readonly code?: string;
  /** Entity code only (ISO alpha-3 for countries), exact, case-insensitive. */
  readonly country?: string;
  /** PLOVER sector the entity has (`GOV`, `MIL`, ...). */
  readonly sector?: string;
  /** Case-insensitive substring of the canonical name or the text naming the entity. */
  readonly name?: string;
}

/** Event filter shared by queries, stats and exports; absent fields do not filter. */
export interface EventFilter {
  /** First day (YYYY-MM-DD, inclusive) of the event's `day` (see README: date of the event). */
  readonly from?: string;
  /** Last day (YYYY-MM-DD, inclusive). */
  readonly to?: string;
  readonly actor?: PartyFilter;
  readonly recipient?: PartyFilter;
  readonly type?: OneOrMany<PloverType>;
  /** A mode the event has. */
  readonly mode?: string;
  /** A context the event has. */
  readonly context?: string;
  readonly quad?: OneOrMany<1 | 2 | 3 | 4>;
  readonly modality?: OneOrMany<Modality>;
  /** Events whose (highest) confidence is at least this. */
  readonly minConfidence?: number;
  /** Case-insensitive substring of the sentence text of at least one of the event's mentions. */
  readonly text?: string;
}

/** Sort orders of event queries; ties are broken by event id so pages are stable. */
export type EventSort = "date-desc" | "date-asc" | "mentions-desc";

/** Which page of an event query to return. */
export interface PageRequest {
  /** Page size, 1..1000 (default 50). */
  readonly limit?: number;
  /** The `next` cursor of the previous page. */
  readonly cursor?: string;
  readonly sort?: EventSort;
  /** Also load every event's mentions (records with evidence). */
  readonly withMentions?: boolean;
}

/** A merged event as stored: one happening and the counts of its reports. */
export interface StoredEvent extends MergedEvent {
  /** Day used for filters, sorting and stats: first day of `date`, else of `first_report`; "" if neither. */
  readonly day: string;
}

/** One stored mention: the coded record plus where it came from. */
export interface StoredMention {
  readonly record: EventRecord;
  readonly eventId: string;
  readonly coderVersion: string;
  readonly articleTitle?: string;
  readonly articleDate?: string;
  readonly articleSource?: string;
  readonly articleUrl?: string;
}

/** An event with its mentions (evidence spans and sentence texts are in each record). */
export interface EventWithMentions extends StoredEvent {
  readonly mentions: readonly StoredMention[];
}

/** One page of events; `next` is absent on the last page. */
export interface EventPage {
  readonly events: readonly (StoredEvent | EventWithMentions)[];
  readonly next?: string;
}

/** A stored article with its provenance. */
export interface StoredArticle {
  readonly article: Article;
  readonly textHash: string;
  readonly coderVersion: string;
  readonly storedAt: string;
}

/** Filter of `listActors`. */
export interface ActorFilter extends PartyFilter {
  readonly limit?: number;
}

/** One distinct actor coding (code, full code, name, sectors) and how often it was mentioned. */
export interface ActorRow {
  readonly code: string;
  readonly code_full?: string;
  readonly name?: string;
  readonly sector: readonly string[];
  readonly mentions: number;
}

/** Time bucket of `stats`. */
export type StatsGroup = "day" | "week" | "month";
/** Second key of `stats`: PLOVER type, quad class, or dyad (`actors>recipients`). */
export type StatsBy = "type" | "quad" | "dyad";

/** One stats cell: events of a bucket and key, their reports and summed intensity. */
export interface StatsRow {
  /** YYYY-MM-DD (day; week = its Monday) or YYYY-MM; "" for undated events. */
  readonly bucket: string;
  /** Type name, quad number as text, or dyad `USA+GBR>IRN` (codes sorted, `>` before recipients). */
  readonly key: string;
  readonly events: number;
  readonly mentions: number;
  readonly intensity: number;
}

/** Events and summed intensity of one key (a dyad or a participant code) in `eventBreakdown`. */
export interface KeyCount {
  /** Dyad `USA+GBR>IRN` (as in stats) or entity code. */
  readonly key: string;
  readonly events: number;
  readonly intensity: number;
}

/** Options of `eventBreakdown`. */
export interface BreakdownOptions {
  /** Newest matching events the dyads are counted over, 1..100000 (default 10000). */
  readonly sample?: number;
  /** Most dyads returned, most events first (default 500). */
  readonly dyads?: number;
}

/** Events per dyad and per participant code: the dashboard's network and map. */
export interface EventBreakdown {
  /** Dyads over the sample, most events first (ties by key). */
  readonly dyads: readonly KeyCount[];
  /** Events per entity code among the actors, and among the recipients (by code). */
  readonly actors: readonly KeyCount[];
  readonly recipients: readonly KeyCount[];
  /** Matching events the dyads were counted over (the newest first, by day then id). */
  readonly sampled: number;
  /** True when the sample holds every matching event. */
  readonly complete: boolean;
  /** True when `actors`/`recipients` count every matching event (roll-ups), not only the sample. */
  readonly codesExact: boolean;
}

/** One ingest run; `recordRun` with the same id updates it. */
export interface RunRecord {
  readonly id: string;
  readonly command: string;
  readonly coderVersion: string;
  readonly inputs: readonly string[];
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly status: "running" | "done" | "failed";
  /** Counters such as articles, inserted, replaced, unchanged, failed. */
  readonly counts: Readonly<Record<string, number>>;
}

/** The stored events of the whole store, one merged happening each, with mentions and runs. */
export interface EventStore {
  /** Back end name, "sqlite" or "postgres". */
  readonly kind: "sqlite" | "postgres";
  /**
   * Stores a coded article in one transaction: the article row, its mentions, and the events of
   * every signature it touches, re-clustered. Same id, text and coder version: "unchanged".
   */
  putArticle(article: Article, result: CodeResult, coderVersion: string): Promise<PutResult>;
  /**
   * Stores several coded articles in one transaction, all or nothing: the same result as putting
   * them one by one in order, with one commit and one re-clustering per signature (bulk loads).
   */
  putArticles(
    items: readonly PutItem[],
    coderVersion: string,
    opts?: PutOptions,
  ): Promise<PutResult[]>;
  /**
   * Starts a batch that `commit` stores in one transaction, like `putArticles` of its items. The
   * store may start on the items as they are added (SQLite: its writer thread, while the caller
   * codes the next articles). One batch at a time; other writes made while it is open may commit
   * with it.
   */
  beginBatch(coderVersion: string, opts?: PutOptions): PutBatch;
  /** Inserts or updates an ingest run (by id). */
  recordRun(run: RunRecord): Promise<void>;
  /** Records a per-document problem of a run. */
  recordIssue(runId: string, issue: DocIssue): Promise<void>;
  /** One page of merged events matching the filter. */
  queryEvents(filter: EventFilter, page?: PageRequest): Promise<EventPage>;
  /** One event with its mentions, or undefined. */
  getEvent(id: string): Promise<EventWithMentions | undefined>;
  /** One stored article, or undefined. */
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** Stamps of the stored articles with this id or stored under this origin key (a cheap lookup). */
  articleStamps(id: string, originKey?: string): Promise<ArticleStamp[]>;
  /** The merged events that have a mention from this article, by day then id. */
  eventsOfArticle(articleId: string): Promise<StoredEvent[]>;
  /** Distinct actor codings, most mentioned first. */
  listActors(filter?: ActorFilter): Promise<ActorRow[]>;
  /** Event counts and summed intensity per time bucket and key, sorted by bucket then key. */
  stats(groupBy: StatsGroup, by: StatsBy, filter?: EventFilter): Promise<StatsRow[]>;
  /**
   * Events per dyad over the newest matching events (a bounded sample), and per participant code,
   * exact from the roll-ups when the filter allows it (dates, types, quads), else over the sample.
   */
  eventBreakdown(filter: EventFilter, opts?: BreakdownOptions): Promise<EventBreakdown>;
  /** Every stored article (optionally only those coded by another version), in id order. */
  articlesForRecode(opts?: { notVersion?: string }): AsyncIterable<StoredArticle>;
  /** Number of rows per table, for `dyad stats` headers and tests. */
  counts(): Promise<StoreCounts>;
  /** Closes connections; the store is unusable afterwards. */
  close(): Promise<void>;
}

/** Row counts of the main tables. */
export interface StoreCounts {
  readonly articles: number;
  readonly mentions: number;
  readonly events: number;
  readonly runs: number;
  readonly issues: number;
}
