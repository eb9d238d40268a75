/**
 * Date-ordered walks over the `event_parties (code, role, day, type, event_id)` index: the newest
 * (or oldest) events matching a filter with a participant code or country, read from that
 * participant's index entries in date order and stopped at the limit. The work is proportional to
 * the page, not to how many events the participant has (the busiest actor of a million-event
 * store has ~150,000). Shared by event pages (`query-events.ts`) and the dashboard's sample
 * (`dashboard-queries.ts`).
 */
import type { EventFilter, PartyFilter } from "../event-store.js";
import { placeholders } from "./batch-insert.js";
import { type SqlCondition, checkDay, filterCondition, partyCondition } from "./filter-sql.js";
import type { Dialect, SqlValue } from "./sql-driver.js";

/** A participant role. */
export type Role = "actor" | "recipient";

/** The participant filter a walk starts from, and what the walk must still test on the event. */
export interface DrivingParty {
  readonly role: Role;
  readonly party: PartyFilter;
  /** The rest of the filter, without the dates and types the index entries already answer. */
  readonly rest: EventFilter;
}

/** How to walk. */
export interface WalkOptions {
  /** Newest first (the `date-desc` order) or oldest first (`date-asc`); ties by event id. */
  readonly desc: boolean;
  readonly limit: number;
  /** Keyset bound: only events strictly after this (day, event id) in the walk's order. */
  readonly after?: readonly [string, string];
  /** Extra columns of `events e` to select (SQL with aliases, e.g. `e.dyad AS dyad`). */
  readonly columns?: string;
}

/**
 * The participant filter a walk can start from: the actor's, else the recipient's, when it has an
 * entity code or country (full CAMEO codes are in `code_full`, which the index does not lead with).
 */
export function drivingParty(filter: EventFilter): DrivingParty | undefined {
  const { actor, recipient, ...others } = filter;
  // Dates and types are columns of the index entries (copies of the event's), tested there.
  delete others.from;
  delete others.to;
  delete others.type;
  if (actor !== undefined && usesCodeIndex(actor))
    return { role: "actor", party: actor, rest: recipient ? { ...others, recipient } : others };
  if (recipient !== undefined && usesCodeIndex(recipient))
    return { role: "recipient", party: recipient, rest: actor ? { ...others, actor } : others };
  return undefined;
}

/** Entity codes have three characters; longer codes are full CAMEO codes (`code_full`). */
function usesCodeIndex(p: PartyFilter): boolean {
  return p.country !== undefined || (p.code !== undefined && p.code.length <= 3);
}

/**
 * The first `limit` matching events in date order as rows `day`, `event_id` (plus `columns`),
 * walked from the driving participant's index entries; undefined when no participant filter can
 * drive the walk. An entity coded twice in one role (other sectors) has several entries: only the
 * first matching one (by primary key) counts. `DISTINCT` would say the same, but SQLite then
 * sorts every entry of the participant before returning the first row (~65 ms for the busiest
 * actor of a million events, against ~0.5 ms for this walk).
 */
export function partyWalk(
  filter: EventFilter,
  dialect: Dialect,
  opts: WalkOptions,
): SqlCondition | undefined {
  const driver = drivingParty(filter);
  if (driver === undefined) return undefined;
  const c = partyCondition(driver.party);
  const w = filterCondition(driver.rest, dialect, true);
  const first = partyCondition(driver.party, "q");
  const conds = ["p.role = ?", c.sql, ...bounds(filter, opts), firstEntry(first.sql)];
  const params: SqlValue[] = [
    driver.role,
    ...c.params,
    ...boundParams(filter, opts),
    ...first.params,
  ];
  // Join the event only when a column or a condition needs it: a bare walk reads the index alone.
  const join = w.sql !== "1 = 1" || opts.columns !== undefined;
  if (w.sql !== "1 = 1") {
    conds.push(w.sql);
    params.push(...w.params);
  }
  const dir = opts.desc ? "DESC" : "ASC";
  const extra = opts.columns === undefined ? "" : `, ${opts.columns}`;
  return {
    sql: `SELECT p.day AS day, p.event_id AS event_id${extra}
          FROM event_parties p${join ? " JOIN events e ON e.id = p.event_id" : ""}
          WHERE ${conds.join(" AND ")} ORDER BY p.day ${dir}, p.event_id ${dir} LIMIT ?`,
    params: [...params, opts.limit],
  };
}

/** No earlier entry (primary key order) of the same event, role and code passes the filter. */
function firstEntry(partyOfQ: string): string {
  return `NOT EXISTS (SELECT 1 FROM event_parties q WHERE q.event_id = p.event_id AND q.role = p.role
          AND q.code = p.code AND (q.code_full, q.sectors) < (p.code_full, p.sectors) AND ${partyOfQ})`;
}

/** Conditions on the index entry: types, date bounds, the keyset bound. */
function bounds(filter: EventFilter, opts: WalkOptions): string[] {
  const out: string[] = [];
  const types = listOf(filter.type);
  if (types.length > 0) out.push(`p.type IN ${placeholders(types.length)}`);
  // Undated events have day "", below any real day, so any date bound leaves them out.
  if (filter.from !== undefined || filter.to !== undefined) out.push("p.day >= ?");
  if (filter.to !== undefined) out.push("p.day <= ?");
  if (opts.after !== undefined) out.push(`(p.day, p.event_id) ${opts.desc ? "<" : ">"} (?, ?)`);
  return out;
}

/** The parameters of `bounds`, in the same order. */
function boundParams(filter: EventFilter, opts: WalkOptions): SqlValue[] {
  const out: SqlValue[] = [...listOf(filter.type)];
  if (filter.from !== undefined || filter.to !== undefined)
    out.push(checkDay(filter.from ?? "0000-01-01", "from"));
  if (filter.to !== undefined) out.push(checkDay(filter.to, "to"));
  if (opts.after !== undefined) out.push(...opts.after);
  return out;
}

/** A one-or-many filter value as a list. */
export function listOf<T>(v: T | readonly T[] | undefined): readonly T[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? (v as readonly T[]) : [v as T];
}
