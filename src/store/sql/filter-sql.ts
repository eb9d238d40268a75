/**
 * Turns an `EventFilter` into a parameterised WHERE condition on `events e`. User values only
 * ever travel as parameters; the SQL text depends on which fields are set and list lengths.
 */
import type { EventFilter, OneOrMany, PartyFilter } from "../event-store.js";
import { UsageError } from "../../core/errors.js";
import { placeholders } from "./batch-insert.js";
import { escapeLike } from "./escape-like.js";
import type { Dialect, SqlValue } from "./sql-driver.js";

/** A condition and its parameters. */
export interface SqlCondition {
  readonly sql: string;
  readonly params: SqlValue[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Builds the condition for a filter; "1 = 1" when it filters nothing. `perEvent`: the caller
 * reaches events one by one from elsewhere (a participant walk), so participant filters are
 * tested per event (a primary-key probe) instead of as a set of every matching participant.
 */
export function filterCondition(
  filter: EventFilter,
  dialect: Dialect,
  perEvent = false,
): SqlCondition {
  const conds: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, ...ps: SqlValue[]): void => {
    conds.push(sql);
    params.push(...ps);
  };
  if (filter.from !== undefined || filter.to !== undefined) {
    // Undated events have day "", below any real day, so any date bound leaves them out.
    add("e.day >= ?", checkDay(filter.from ?? "0000-01-01", "from"));
    if (filter.to !== undefined) add("e.day <= ?", checkDay(filter.to, "to"));
  }
  inList(add, "e.type", filter.type);
  inList(add, "e.quad", filter.quad);
  inList(add, "e.modality", filter.modality);
  if (filter.mode !== undefined)
    add("e.modes LIKE ? ESCAPE '\\'", memberPattern(filter.mode.toLowerCase()));
  if (filter.context !== undefined)
    add("e.contexts LIKE ? ESCAPE '\\'", memberPattern(filter.context.toLowerCase()));
  if (filter.minConfidence !== undefined) add("e.confidence >= ?", filter.minConfidence);
  for (const role of ["actor", "recipient"] as const) {
    const p = filter[role];
    if (p !== undefined && hasFields(p)) add(...partyFilter(role, p, filter, perEvent));
  }
  if (filter.text !== undefined && filter.text !== "") {
    const t = dialect.textEvents(filter.text);
    add(`e.id IN (${t.sql})`, ...t.params);
  }
  return { sql: conds.length === 0 ? "1 = 1" : conds.join(" AND "), params };
}

/**
 * Condition that some participant of `role` passes a participant filter. With a code it is an
 * IN over the `event_parties (code, role, day, type)` index, narrowed by the event's own type and
 * date bounds, so the planner can start from the few matching participants; otherwise (or per
 * event) EXISTS.
 */
function partyFilter(
  role: string,
  p: PartyFilter,
  f: EventFilter,
  perEvent: boolean,
): [string, ...SqlValue[]] {
  const c = partyCondition(p);
  if (perEvent || !usesCodeIndex(p)) {
    return [
      `EXISTS (SELECT 1 FROM event_parties p WHERE p.event_id = e.id AND p.role = ? AND ${c.sql})`,
      role,
      ...c.params,
    ];
  }
  const conds = [c.sql];
  const params = [...c.params];
  const types: readonly string[] =
    f.type === undefined ? [] : Array.isArray(f.type) ? f.type : [f.type as string];
  if (types.length > 0) {
    conds.push(`p.type IN ${placeholders(types.length)}`);
    params.push(...types);
  }
  if (f.from !== undefined || f.to !== undefined) {
    conds.push("p.day >= ?");
    params.push(f.from ?? "0000-01-01");
  }
  if (f.to !== undefined) {
    conds.push("p.day <= ?");
    params.push(f.to);
  }
  return [
    `e.id IN (SELECT p.event_id FROM event_parties p WHERE p.role = ? AND ${conds.join(" AND ")})`,
    role,
    ...params,
  ];
}

function usesCodeIndex(p: PartyFilter): boolean {
  return p.country !== undefined || (p.code !== undefined && isEntityCode(p.code));
}

/** Entity codes (ISO alpha-3, IGO, UNO, ---) have three characters; full CAMEO codes are longer. */
function isEntityCode(code: string): boolean {
  return code.length <= 3;
}

/**
 * Condition on a participant row (`event_parties` or `actors`, alias `a`) for one participant
 * filter: all fields on the same row. `name` is tested against the `names` set column.
 */
export function partyCondition(p: PartyFilter, a = "p"): SqlCondition {
  const conds: string[] = [];
  const params: SqlValue[] = [];
  if (p.code !== undefined) {
    conds.push(isEntityCode(p.code) ? `${a}.code = ?` : `${a}.code_full = ?`);
    params.push(p.code.toUpperCase());
  }
  if (p.country !== undefined) {
    conds.push(`${a}.code = ?`);
    params.push(p.country.toUpperCase());
  }
  if (p.sector !== undefined) {
    conds.push(`${a}.sectors LIKE ? ESCAPE '\\'`);
    params.push(memberPattern(p.sector.toUpperCase()));
  }
  if (p.name !== undefined) {
    conds.push(`${a}.names LIKE ? ESCAPE '\\'`);
    params.push(`%${escapeLike(p.name.toLowerCase())}%`);
  }
  return { sql: conds.length === 0 ? "1 = 1" : conds.join(" AND "), params };
}

function hasFields(p: PartyFilter): boolean {
  return (
    p.code !== undefined ||
    p.country !== undefined ||
    p.sector !== undefined ||
    p.name !== undefined
  );
}

/** LIKE pattern testing membership in a `|a|b|` set column. */
function memberPattern(item: string): string {
  return `%|${escapeLike(item)}|%`;
}

function inList<T extends string | number>(
  add: (sql: string, ...ps: SqlValue[]) => void,
  column: string,
  v: OneOrMany<T> | undefined,
): void {
  if (v === undefined) return;
  const list: readonly T[] = Array.isArray(v) ? v : [v as T];
  if (list.length === 0) return;
  if (list.length === 1) add(`${column} = ?`, list[0]);
  else add(`${column} IN ${placeholders(list.length)}`, ...list);
}

/** Returns a YYYY-MM-DD date bound, or throws a usage error naming the bound. */
export function checkDay(day: string, name: string): string {
  if (!DAY.test(day)) throw new UsageError(`${name} must be a date YYYY-MM-DD, got "${day}"`);
  return day;
}
