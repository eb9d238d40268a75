/**
 * The dashboard's breakdown of matching events: per dyad over a bounded sample of the newest
 * matching events (its network), and per participant code (its map). Code counts are exact when
 * the filter has only dates, types and quads: whole months come from `stats_monthly_code` and the
 * partial months at the ends of the range from `event_parties`; otherwise they are counted over
 * the same sample. The work is bounded on any store size: the sample walks a date-ordered index.
 */
import { UsageError } from "../../core/errors.js";
import type { BreakdownOptions, EventBreakdown, EventFilter, KeyCount } from "../event-store.js";
import { placeholders } from "./batch-insert.js";
import { checkDay, filterCondition } from "./filter-sql.js";
import { type Role, listOf, partyWalk } from "./party-walk.js";
import type { Dialect, SqlRow, SqlTx, SqlValue } from "./sql-driver.js";

/** Default number of newest matching events the dyads are counted over. */
export const DEFAULT_SAMPLE = 10_000;
const MAX_SAMPLE = 100_000;
const DEFAULT_DYADS = 500;

interface Query {
  readonly sql: string;
  readonly params: SqlValue[];
}

type Codes = Record<Role, KeyCount[]>;

/** Events per dyad (sampled) and per participant code (exact when the roll-ups allow). */
export async function eventBreakdown(
  db: SqlTx,
  dialect: Dialect,
  filter: EventFilter,
  opts: BreakdownOptions = {},
): Promise<EventBreakdown> {
  const sample = checkLimit("sample", opts.sample ?? DEFAULT_SAMPLE);
  const maxDyads = checkLimit("dyads", opts.dyads ?? DEFAULT_DYADS);
  const q = sampleQuery(filter, dialect, sample);
  const rows = await db.all(
    `SELECT s.dyad AS k, COUNT(*) AS n, SUM(s.intensity) AS i FROM (${q.sql}) s GROUP BY s.dyad`,
    q.params,
  );
  const dyads = sortCounts(rows.map((r) => countOf(String(r["k"]), r)));
  const sampled = dyads.reduce((t, d) => t + d.events, 0);
  const complete = sampled < sample;
  const exact = !complete && rollupAnswers(filter);
  const codes = exact ? await exactCodeCounts(db, filter) : codesOfDyads(dyads);
  return {
    dyads: dyads.slice(0, maxDyads),
    actors: codes.actor,
    recipients: codes.recipient,
    sampled,
    complete,
    codesExact: complete || exact,
  };
}

function checkLimit(name: string, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SAMPLE)
    throw new UsageError(`${name} must be an integer in 1..${MAX_SAMPLE}, got ${n}`);
  return n;
}

/**
 * The newest `limit` matching events (dyad and intensity), in the order of a date-desc event page.
 * With a participant code or country the walk starts from the `event_parties (code, role, day)`
 * index in date order (`party-walk.ts`), which stays fast for actors with many events; otherwise
 * from `events (day)`.
 */
function sampleQuery(filter: EventFilter, dialect: Dialect, limit: number): Query {
  const columns = "e.dyad AS dyad, e.intensity AS intensity";
  const walk = partyWalk(filter, dialect, { desc: true, limit, columns });
  if (walk !== undefined) return walk;
  const w = filterCondition(filter, dialect);
  return {
    sql: `SELECT ${columns} FROM events e WHERE ${w.sql} ORDER BY e.day DESC, e.id DESC LIMIT ?`,
    params: [...w.params, limit],
  };
}

/** True when the filter has nothing but dates, types and quads (what the roll-ups are keyed by). */
export function rollupAnswers(filter: EventFilter): boolean {
  return Object.entries(filter).every(([k, v]) => ROLLUP_KEYS.has(k) || isAbsent(v));
}

const ROLLUP_KEYS: ReadonlySet<string> = new Set(["from", "to", "type", "quad"]);

function isAbsent(v: unknown): boolean {
  if (v === undefined || v === "") return true;
  if (typeof v === "object" && v !== null && !Array.isArray(v))
    return Object.values(v).every((x) => x === undefined);
  return false;
}

/** Per-code counts of every matching event: whole months from the roll-up, ends from parties. */
async function exactCodeCounts(db: SqlTx, filter: EventFilter): Promise<Codes> {
  const cells = new Map<string, { role: Role; key: string; events: number; intensity: number }>();
  const add = (rows: readonly SqlRow[]): void => {
    for (const r of rows) {
      const role = String(r["role"]) as Role;
      const c = countOf(String(r["code"]), r);
      const id = `${role}\t${c.key}`;
      const cell = cells.get(id) ?? { role, key: c.key, events: 0, intensity: 0 };
      cell.events += c.events;
      cell.intensity = roundSum(cell.intensity + c.intensity);
      cells.set(id, cell);
    }
  };
  const parts = splitRange(filter.from, filter.to);
  const types = listOf(filter.type);
  const quads = listOf(filter.quad);
  if (parts.months !== null) add(await db.all(...wholeMonths(parts.months, types, quads)));
  for (const days of parts.partial) add(await db.all(...partialMonth(days, types, quads)));
  const out: Codes = { actor: [], recipient: [] };
  for (const c of cells.values()) {
    if (c.events > 0) out[c.role].push({ key: c.key, events: c.events, intensity: c.intensity });
  }
  return { actor: sortCounts(out.actor), recipient: sortCounts(out.recipient) };
}

function wholeMonths(
  months: readonly [string, string] | undefined,
  types: readonly string[],
  quads: readonly number[],
): [string, SqlValue[]] {
  const conds = ["1 = 1"];
  const params: SqlValue[] = [];
  if (months !== undefined) {
    conds.push("r.month >= ?", "r.month <= ?");
    params.push(...months);
  }
  inList(conds, params, "r.type", types);
  inList(conds, params, "r.quad", quads);
  return [
    `SELECT r.role AS role, r.code AS code, SUM(r.events) AS n, SUM(r.intensity) AS i FROM stats_monthly_code r
     WHERE ${conds.join(" AND ")} GROUP BY r.role, r.code HAVING SUM(r.events) > 0`,
    params,
  ];
}

function partialMonth(
  days: readonly [string, string],
  types: readonly string[],
  quads: readonly number[],
): [string, SqlValue[]] {
  const inner = ["p.day >= ?", "p.day <= ?"];
  const params: SqlValue[] = [...days];
  inList(inner, params, "p.type", types);
  const outer = ["1 = 1"];
  inList(outer, params, "e.quad", quads);
  // DISTINCT: an entity coded twice in one role (other sectors) counts once, as in the roll-up.
  return [
    `SELECT q.role AS role, q.code AS code, COUNT(*) AS n, SUM(e.intensity) AS i
     FROM (SELECT DISTINCT p.role AS role, p.code AS code, p.event_id AS event_id FROM event_parties p WHERE ${inner.join(" AND ")}) q
     JOIN events e ON e.id = q.event_id WHERE ${outer.join(" AND ")} GROUP BY q.role, q.code`,
    params,
  ];
}

function inList(conds: string[], params: SqlValue[], column: string, values: readonly SqlValue[]) {
  if (values.length === 0) return;
  conds.push(`${column} IN ${placeholders(values.length)}`);
  params.push(...values);
}

/** A day range as whole months (`null`: none; `undefined`: every month, undated too) and partial months. */
export interface RangeParts {
  readonly months: readonly [string, string] | undefined | null;
  readonly partial: readonly (readonly [string, string])[];
}

/** Splits an inclusive day range into whole months and the partial months at its ends. */
export function splitRange(from: string | undefined, to: string | undefined): RangeParts {
  if (from === undefined && to === undefined) return { months: undefined, partial: [] };
  const lo = checkDay(from ?? "0000-01-01", "from");
  const hi = checkDay(to ?? "9999-12-31", "to");
  if (lo > hi) return { months: null, partial: [] };
  const partial: [string, string][] = [];
  let first = lo.slice(0, 7);
  let last = hi.slice(0, 7);
  let headHasAll = false;
  if (!lo.endsWith("-01")) {
    const end = monthEnd(first);
    headHasAll = hi <= end;
    partial.push([lo, headHasAll ? hi : end]);
    first = nextMonth(first);
  }
  if (hi !== monthEnd(last)) {
    const start = `${last}-01`;
    if (!headHasAll) partial.push([start > lo ? start : lo, hi]);
    last = previousMonth(last);
  }
  return { months: first <= last ? [first, last] : null, partial };
}

function monthEnd(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return `${month}-${days}`;
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? fmtMonth(y + 1, 1) : fmtMonth(y, m + 1);
}

function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? fmtMonth(y - 1, 12) : fmtMonth(y, m - 1);
}

function fmtMonth(y: number, m: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
}

/** Per-code counts of a sample, from its dyads (`A+B>C`: distinct codes per role). */
function codesOfDyads(dyads: readonly KeyCount[]): Codes {
  const maps: Record<Role, Map<string, { events: number; intensity: number }>> = {
    actor: new Map(),
    recipient: new Map(),
  };
  for (const d of dyads) {
    const [actors = "", recipients = ""] = d.key.split(">");
    for (const [role, codes] of [
      ["actor", actors],
      ["recipient", recipients],
    ] as const) {
      for (const code of codes.split("+")) {
        if (code === "") continue;
        const c = maps[role].get(code) ?? { events: 0, intensity: 0 };
        c.events += d.events;
        c.intensity = roundSum(c.intensity + d.intensity);
        maps[role].set(code, c);
      }
    }
  }
  const list = (m: Map<string, { events: number; intensity: number }>): KeyCount[] =>
    sortCounts([...m].map(([key, c]) => ({ key, ...c })));
  return { actor: list(maps.actor), recipient: list(maps.recipient) };
}

function countOf(key: string, r: SqlRow): KeyCount {
  return { key, events: Number(r["n"]), intensity: roundSum(Number(r["i"] ?? 0)) };
}

function sortCounts(rows: KeyCount[]): KeyCount[] {
  return rows.sort((a, b) => b.events - a.events || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Sums of intensities may carry float noise; intensities have at most a few decimals. */
function roundSum(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
