/**
 * Event reads: filtered pages with keyset (cursor) pagination, one event with its mentions.
 */
import { UsageError } from "../../core/errors.js";
import type { EventRecord } from "../../core/types.js";
import type {
  EventFilter,
  EventPage,
  EventSort,
  EventWithMentions,
  PageRequest,
  StoredEvent,
  StoredMention,
} from "../event-store.js";
import { MAX_IN_LIST, chunks, placeholders } from "./batch-insert.js";
import { eventFromRow } from "./event-rows.js";
import { type SqlCondition, filterCondition } from "./filter-sql.js";
import { partyWalk } from "./party-walk.js";
import type { Dialect, SqlRow, SqlTx, SqlValue } from "./sql-driver.js";

/** Sort column and direction of each order; the event id breaks ties in the same direction. */
const SORTS: Readonly<Record<EventSort, { column: "day" | "mention_count"; desc: boolean }>> = {
  "date-desc": { column: "day", desc: true },
  "date-asc": { column: "day", desc: false },
  "mentions-desc": { column: "mention_count", desc: true },
};

/** One page of events matching a filter. */
export async function queryEvents(
  db: SqlTx,
  dialect: Dialect,
  filter: EventFilter,
  page: PageRequest = {},
): Promise<EventPage> {
  const sort = page.sort ?? "date-desc";
  const { column, desc } = SORTS[sort];
  const limit = page.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw new UsageError(`page limit must be 1..1000, got ${limit}`);
  const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor, sort);
  const dir = desc ? "DESC" : "ASC";
  // A busy participant has many events: walk its index entries in date order, up to the page.
  const walk =
    column === "day"
      ? partyWalk(filter, dialect, { desc, limit: limit + 1, ...dayBound(after) })
      : undefined;
  const rows =
    walk === undefined
      ? await scanEvents(db, filterCondition(filter, dialect), { column, dir, after, limit })
      : await db.all(
          `SELECT e.data FROM (${walk.sql}) w JOIN events e ON e.id = w.event_id ORDER BY w.day ${dir}, w.event_id ${dir}`,
          walk.params,
        );
  const events = rows.slice(0, limit).map(eventFromRow);
  const last = events[events.length - 1];
  const next =
    rows.length > limit && last !== undefined
      ? encodeCursor(sort, column === "day" ? last.day : last.mention_count, last.id)
      : undefined;
  const out = page.withMentions ? await attachMentions(db, events) : events;
  return next === undefined ? { events: out } : { events: out, next };
}

/** The page from `events` itself: its sort index, or the filter's own conditions. */
function scanEvents(
  db: SqlTx,
  where: SqlCondition,
  q: { column: string; dir: string; after: [string | number, string] | undefined; limit: number },
): Promise<SqlRow[]> {
  const conds = [where.sql];
  const params: SqlValue[] = [...where.params];
  if (q.after !== undefined) {
    conds.push(`(e.${q.column}, e.id) ${q.dir === "DESC" ? "<" : ">"} (?, ?)`);
    params.push(...q.after);
  }
  return db.all(
    `SELECT e.data FROM events e WHERE ${conds.join(" AND ")} ORDER BY e.${q.column} ${q.dir}, e.id ${q.dir} LIMIT ?`,
    [...params, q.limit + 1],
  );
}

/** A date-order cursor as the walk's keyset bound (its value is the event's day). */
function dayBound(after: [string | number, string] | undefined): { after?: [string, string] } {
  return after === undefined ? {} : { after: [String(after[0]), after[1]] };
}

/** One event with its mentions, or undefined. */
export async function getEvent(db: SqlTx, id: string): Promise<EventWithMentions | undefined> {
  const row = (await db.all("SELECT data FROM events WHERE id = ?", [id]))[0];
  if (row === undefined) return undefined;
  const [event] = await attachMentions(db, [eventFromRow(row)]);
  return event;
}

/** The events with a mention from one article, by day then id. */
export async function eventsOfArticle(db: SqlTx, articleId: string): Promise<StoredEvent[]> {
  const rows = await db.all(
    "SELECT e.data FROM events e WHERE e.id IN (SELECT m.event_id FROM mentions m WHERE m.article_id = ?) ORDER BY e.day, e.id",
    [articleId],
  );
  return rows.map(eventFromRow);
}

/** Loads the mentions of some events by their ids (one query per 500 mentions) and attaches them. */
export async function attachMentions(
  db: SqlTx,
  events: readonly StoredEvent[],
): Promise<EventWithMentions[]> {
  const byId = new Map<string, StoredMention>();
  const ids = events.flatMap((e) => e.mention_ids);
  for (const part of chunks(ids, MAX_IN_LIST)) {
    const rows = await db.all(
      `SELECT m.id, m.event_id, m.coder_version, m.record, a.title, a.date, a.source, a.url FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.id IN ${placeholders(part.length)}`,
      part,
    );
    for (const r of rows) byId.set(String(r["id"]), mentionOf(r));
  }
  // mention_ids are sorted, so mentions come in id order.
  return events.map((e) => ({ ...e, mentions: e.mention_ids.flatMap((id) => byId.get(id) ?? []) }));
}

function mentionOf(r: SqlRow): StoredMention {
  const opt = (key: string, name: string): Record<string, string> => {
    const v = r[key];
    return typeof v === "string" && v !== "" ? { [name]: v } : {};
  };
  return {
    record: JSON.parse(String(r["record"])) as EventRecord,
    eventId: String(r["event_id"]),
    coderVersion: String(r["coder_version"]),
    ...opt("title", "articleTitle"),
    ...opt("date", "articleDate"),
    ...opt("source", "articleSource"),
    ...opt("url", "articleUrl"),
  };
}

/** Opaque cursor: the sort it belongs to and the last row's sort value and id. */
function encodeCursor(sort: EventSort, value: string | number, id: string): string {
  return Buffer.from(JSON.stringify([sort, value, id])).toString("base64url");
}

function decodeCursor(cursor: string, sort: EventSort): [string | number, string] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch (err) {
    throw new UsageError(`invalid page cursor "${cursor}"`, { cause: err });
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    parsed[0] !== sort ||
    typeof parsed[2] !== "string"
  ) {
    throw new UsageError(`page cursor "${cursor}" does not belong to a ${sort} query`);
  }
  const value: unknown = parsed[1];
  if (typeof value !== "string" && typeof value !== "number")
    throw new UsageError(`invalid page cursor "${cursor}"`);
  return [value, parsed[2]];
}
