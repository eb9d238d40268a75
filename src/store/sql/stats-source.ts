/**
 * Picks the stats roll-up that answers a stats request exactly, if any: monthly buckets over
 * whole months (optionally for one participant country), or daily buckets without participant
 * filters. Anything else (dyads, modes, text, names...) must aggregate the events table.
 */
import type { EventFilter, OneOrMany, PartyFilter, StatsBy, StatsGroup } from "../event-store.js";
import { placeholders } from "./batch-insert.js";
import { checkDay } from "./filter-sql.js";
import type { SqlValue } from "./sql-driver.js";

/** A roll-up table, its bucket column, and the condition (alias `r`) the filter becomes. */
export interface StatsSource {
  readonly table: "stats_daily" | "stats_monthly" | "stats_monthly_code";
  readonly bucket: "day" | "month";
  readonly where: string;
  readonly params: SqlValue[];
}

/** The roll-up for a request, or undefined when only the events table can answer it. */
export function statsSource(
  groupBy: StatsGroup,
  by: StatsBy,
  filter: EventFilter,
): StatsSource | undefined {
  const { from, to, type, quad, actor, recipient, ...rest } = filter;
  if (by === "dyad" || Object.values(rest).some((v) => v !== undefined)) return undefined;
  const parties = [party("actor", actor), party("recipient", recipient)].filter((p) => p !== null);
  if (parties.some((p) => p === undefined) || parties.length > 1) return undefined;
  const code = parties[0];
  const wholeMonths =
    (from === undefined || checkDay(from, "from").endsWith("-01")) &&
    (to === undefined || isMonthEnd(checkDay(to, "to")));
  if (groupBy === "month" && wholeMonths) {
    const conds: string[] = [];
    const params: SqlValue[] = [];
    if (code !== undefined) {
      conds.push("r.role = ?", "r.code = ?");
      params.push(code.role, code.code);
    }
    // Any date bound leaves out undated events, whose bucket is "".
    if (from !== undefined || to !== undefined) {
      conds.push("r.month >= ?");
      params.push((from ?? "0000-01").slice(0, 7));
    }
    if (to !== undefined) {
      conds.push("r.month <= ?");
      params.push(to.slice(0, 7));
    }
    return finish(
      code === undefined ? "stats_monthly" : "stats_monthly_code",
      "month",
      conds,
      params,
      type,
      quad,
    );
  }
  if (code !== undefined) return undefined;
  const conds: string[] = [];
  const params: SqlValue[] = [];
  if (from !== undefined || to !== undefined) {
    conds.push("r.day >= ?");
    params.push(from ?? "0000-01-01");
  }
  if (to !== undefined) {
    conds.push("r.day <= ?");
    params.push(to);
  }
  return finish("stats_daily", "day", conds, params, type, quad);
}

function finish(
  table: StatsSource["table"],
  bucket: StatsSource["bucket"],
  conds: string[],
  params: SqlValue[],
  type: OneOrMany<string> | undefined,
  quad: OneOrMany<number> | undefined,
): StatsSource {
  for (const [column, v] of [
    ["type", type],
    ["quad", quad],
  ] as const) {
    if (v === undefined) continue;
    const list: readonly (string | number)[] = Array.isArray(v) ? v : [v];
    if (list.length === 0) continue;
    conds.push(`r.${column} IN ${placeholders(list.length)}`);
    params.push(...list);
  }
  return { table, bucket, where: conds.length === 0 ? "1 = 1" : conds.join(" AND "), params };
}

/**
 * A participant filter as a roll-up key: null when absent or empty, `{role, code}` when it
 * gives a country only, undefined when the roll-ups cannot answer it.
 */
function party(
  role: "actor" | "recipient",
  p: PartyFilter | undefined,
): { role: string; code: string } | null | undefined {
  if (p === undefined) return null;
  const { country, ...others } = p;
  if (Object.values(others).some((v) => v !== undefined)) return undefined;
  return country === undefined ? null : { role, code: country.toUpperCase() };
}

function isMonthEnd(day: string): boolean {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y!, m!, 0)).getUTCDate() === d;
}
