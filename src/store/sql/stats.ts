/**
 * Event counts and summed intensity per time bucket and key. The cheapest source that can answer
 * exactly is read: a monthly roll-up (optionally per participant country), the daily roll-up,
 * or, for any other filter, the events table itself.
 */
import type { EventFilter, StatsBy, StatsGroup, StatsRow } from "../event-store.js";
import { filterCondition } from "./filter-sql.js";
import { type StatsSource, statsSource } from "./stats-source.js";
import type { Dialect, SqlTx, SqlValue } from "./sql-driver.js";

/** Stats rows sorted by bucket, then key. */
export async function stats(
  db: SqlTx,
  dialect: Dialect,
  groupBy: StatsGroup,
  by: StatsBy,
  filter: EventFilter = {},
): Promise<StatsRow[]> {
  const source = statsSource(groupBy, by, filter);
  const { sql, params } =
    source === undefined ? eventsQuery(groupBy, by, filter, dialect) : rollupQuery(source, by);
  const rows = (await db.all(sql, params)).map((r) => ({
    bucket: String(r["bucket"]),
    key: String(r["k"]),
    events: Number(r["n"]),
    mentions: Number(r["m"]),
    intensity: roundSum(Number(r["i"])),
  }));
  return sortRows(groupBy === "week" ? foldWeeks(rows) : rows);
}

function eventsQuery(
  groupBy: StatsGroup,
  by: StatsBy,
  filter: EventFilter,
  dialect: Dialect,
): { sql: string; params: SqlValue[] } {
  // Weeks are folded from days in code: week arithmetic differs between the two dialects.
  const bucket = groupBy === "month" ? "substr(e.day, 1, 7)" : "e.day";
  const where = filterCondition(filter, dialect);
  return {
    sql: `SELECT ${bucket} AS bucket, e.${by} AS k, COUNT(*) AS n, SUM(e.mention_count) AS m, SUM(e.intensity) AS i
          FROM events e WHERE ${where.sql} GROUP BY ${bucket}, e.${by}`,
    params: where.params,
  };
}

function rollupQuery(s: StatsSource, by: StatsBy): { sql: string; params: SqlValue[] } {
  return {
    sql: `SELECT r.${s.bucket} AS bucket, r.${by} AS k, SUM(r.events) AS n, SUM(r.mentions) AS m, SUM(r.intensity) AS i
          FROM ${s.table} r WHERE ${s.where} GROUP BY r.${s.bucket}, r.${by} HAVING SUM(r.events) > 0`,
    params: s.params,
  };
}

/** Sums day rows into ISO weeks, each named by its Monday. */
function foldWeeks(rows: readonly StatsRow[]): StatsRow[] {
  const out = new Map<
    string,
    { bucket: string; key: string; events: number; mentions: number; intensity: number }
  >();
  for (const r of rows) {
    const bucket = mondayOf(r.bucket);
    const id = `${bucket}\t${r.key}`;
    const cell = out.get(id);
    if (cell === undefined) out.set(id, { ...r, bucket });
    else {
      cell.events += r.events;
      cell.mentions += r.mentions;
      cell.intensity = roundSum(cell.intensity + r.intensity);
    }
  }
  return [...out.values()];
}

/** The Monday of a day's ISO week, YYYY-MM-DD ("" stays "" for undated events). */
export function mondayOf(day: string): string {
  if (day === "") return "";
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
}

function sortRows(rows: StatsRow[]): StatsRow[] {
  return rows.sort((a, b) =>
    a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
}

/** Sums of roll-up deltas may carry float noise; intensities have at most a few decimals. */
function roundSum(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
