/**
 * Maintains the stats roll-ups as events come and go: per (day, type), per (month, type), and per
 * (role, participant code, month, type). Stats queries read them instead of scanning events.
 */
import type { StoredEvent } from "../event-store.js";
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

/** Key columns of each roll-up table. */
const TABLES = [
  ["stats_daily", ["day", "type"]],
  ["stats_monthly", ["month", "type"]],
  ["stats_monthly_code", ["role", "code", "month", "type"]],
] as const;

/** The roll-up rows of one table: key columns, quad, events, mentions, intensity. */
export interface RollupTable {
  readonly table: string;
  readonly keyColumns: readonly string[];
  readonly rows: SqlValue[][];
}

/** Deltas summed per roll-up cell (one statement may not update a row twice). */
export class RollupCells {
  private readonly cells: Cells[] = TABLES.map(() => new Map());

  /** Adds one event's delta to its cells. */
  add(d: RollupDelta): void {
    const month = d.day.slice(0, 7);
    const [daily, monthly, byCode] = this.cells as [Cells, Cells, Cells];
    addTo(daily, [d.day, d.type], d);
    addTo(monthly, [month, d.type], d);
    for (const code of d.actorCodes) addTo(byCode, ["actor", code, month, d.type], d);
    for (const code of d.recipientCodes) addTo(byCode, ["recipient", code, month, d.type], d);
  }

  /** Rows per table in key order (a stable lock order for concurrent writers), empty cells left out. */
  tables(): RollupTable[] {
    return TABLES.map(([table, keyColumns], i) => {
      const cells = this.cells[i]!;
      const rows = [...cells.keys()]
        .sort()
        .map((k) => cells.get(k)!)
        .filter((c) => c.events !== 0 || c.mentions !== 0 || c.intensity !== 0)
        .map((c) => [...c.key, c.quad, c.events, c.mentions, c.intensity]);
      return { table, keyColumns, rows };
    });
  }
}

function addTo(cells: Cells, key: readonly SqlValue[], d: RollupDelta): void {
  const id = key.join("\t");
  let c = cells.get(id);
  if (c === undefined)
    cells.set(id, (c = { key, quad: d.quad, events: 0, mentions: 0, intensity: 0 }));
  c.events += d.sign;
  c.mentions += d.sign * d.mentions;
  c.intensity += d.sign * d.intensity;
}

/** The roll-up delta of one event entering (1) or leaving (-1) the store. */
export function rollupDeltaOf(sign: 1 | -1, e: StoredEvent): RollupDelta {
  const codes = (es: StoredEvent["actor"]): string[] => [
    ...new Set(es.map((x) => x.code.toUpperCase())),
  ];
  return {
    sign,
    day: e.day,
    type: e.event,
    quad: e.quad_code,
    mentions: e.mention_count,
    intensity: e.intensity,
    actorCodes: codes(e.actor),
    recipientCodes: codes(e.recipient),
  };
}

/** Adds the deltas to the roll-up tables, summed per cell first and applied in key order. */
export async function applyRollup(
  tx: SqlTx,
  dialect: Dialect,
  deltas: readonly RollupDelta[],
): Promise<void> {
  const cells = new RollupCells();
  for (const d of deltas) cells.add(d);
  for (const { table, keyColumns, rows } of cells.tables()) {
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
}
