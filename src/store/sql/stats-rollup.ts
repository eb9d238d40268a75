/**
 * Maintains the stats roll-ups as events come and go: per (day, type), per (month, type), and per
 * (role, participant code, month, type). Stats queries read them instead of scanning events.
 */
import { batchInsert } from "./batch-insert.js";
import type { Dialect, SqlTx, SqlValue } from "./sql-driver.js";

/** One event entering (sign 1) or leaving (sign -1) the roll-ups. */
export interface RollupDelta {
  readonly sign: 1 | -1;
  readonly day: string;
  readonly type: string;
  readonly quad: number;
  readonly mentions: number;
  readonly intensity: number;
  /** Distinct participant codes per role. */
  readonly actorCodes: readonly string[];
  readonly recipientCodes: readonly string[];
}

interface Cell {
  readonly key: readonly SqlValue[];
  readonly quad: number;
  events: number;
  mentions: number;
  intensity: number;
}

type Cells = Map<string, Cell>;

function add(cells: Cells, key: readonly SqlValue[], d: RollupDelta): void {
  const id = key.join("\t");
  let c = cells.get(id);
  if (c === undefined)
    cells.set(id, (c = { key, quad: d.quad, events: 0, mentions: 0, intensity: 0 }));
  c.events += d.sign;
  c.mentions += d.sign * d.mentions;
  c.intensity += d.sign * d.intensity;
}

/**
 * Adds the deltas, summed per cell first (one statement may not update a row twice) and
 * applied in key order, so concurrent PostgreSQL writers lock cells in one order.
 */
export async function applyRollup(
  tx: SqlTx,
  dialect: Dialect,
  deltas: readonly RollupDelta[],
): Promise<void> {
  const daily: Cells = new Map();
  const monthly: Cells = new Map();
  const byCode: Cells = new Map();
  for (const d of deltas) {
    const month = d.day.slice(0, 7);
    add(daily, [d.day, d.type], d);
    add(monthly, [month, d.type], d);
    for (const code of d.actorCodes) add(byCode, ["actor", code, month, d.type], d);
    for (const code of d.recipientCodes) add(byCode, ["recipient", code, month, d.type], d);
  }
  await upsert(tx, dialect, "stats_daily", ["day", "type"], daily);
  await upsert(tx, dialect, "stats_monthly", ["month", "type"], monthly);
  await upsert(tx, dialect, "stats_monthly_code", ["role", "code", "month", "type"], byCode);
}

async function upsert(
  tx: SqlTx,
  dialect: Dialect,
  table: string,
  keyColumns: readonly string[],
  cells: Cells,
): Promise<void> {
  const rows = [...cells.keys()]
    .sort()
    .map((k) => cells.get(k)!)
    .filter((c) => c.events !== 0 || c.mentions !== 0 || c.intensity !== 0)
    .map((c) => [...c.key, c.quad, c.events, c.mentions, c.intensity]);
  const sum = (col: string): string => `${col} = ${table}.${col} + excluded.${col}`;
  await batchInsert(
    tx,
    dialect,
    table,
    [...keyColumns, "quad", "events", "mentions", "intensity"],
    rows,
    ` ON CONFLICT (${keyColumns.join(", ")}) DO UPDATE SET ${["events", "mentions", "intensity"].map(sum).join(", ")}`,
  );
}
