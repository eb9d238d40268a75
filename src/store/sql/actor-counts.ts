/**
 * Per-actor mention counts (`actors` table): collected as deltas while a transaction replaces
 * mentions, then applied once, in key order (a stable lock order for concurrent writers).
 */
import type { Entity, EventRecord } from "../../core/types.js";
import { MAX_IN_LIST, batchInsert, chunks } from "./batch-insert.js";
import type { Dialect, SqlTx } from "./sql-driver.js";

/** Mention-count changes per actor coding (code, full code, name, sectors). */
export class ActorCounts {
  private readonly deltas = new Map<string, { values: string[]; n: number }>();
  private removed = false;

  /** Counts each participant of the records once per record, with the given sign. */
  count(records: readonly EventRecord[], sign: 1 | -1): void {
    if (sign < 0 && records.length > 0) this.removed = true;
    for (const r of records) {
      for (const e of [...r.actor, ...r.recipient]) {
        const { key, values } = actorKeyOf(e);
        const d = this.deltas.get(key);
        if (d === undefined) this.deltas.set(key, { values, n: sign });
        else d.n += sign;
      }
    }
  }

  /** Writes the summed changes and deletes actors no mention names any more. */
  async apply(tx: SqlTx, dialect: Dialect): Promise<void> {
    const keys = [...this.deltas.keys()].filter((k) => this.deltas.get(k)!.n !== 0).sort();
    const rows = keys.map((k) => {
      const d = this.deltas.get(k)!;
      return [k, ...d.values, d.n];
    });
    await batchInsert(
      tx,
      dialect,
      "actors",
      ["key", "code", "code_full", "name", "sectors", "mentions"],
      rows,
      " ON CONFLICT (key) DO UPDATE SET mentions = actors.mentions + excluded.mentions",
    );
    if (!this.removed) return;
    for (const part of chunks(keys, MAX_IN_LIST)) {
      const list = dialect.inList(part);
      await tx.run(`DELETE FROM actors WHERE key IN ${list.sql} AND mentions <= 0`, list.params);
    }
  }
}

/** Key of one actor coding in the `actors` table, and its column values. */
export function actorKeyOf(e: Entity): { key: string; values: string[] } {
  const sectors = `|${[...new Set(e.sector)].sort().join("|")}|`;
  const values = [e.code, e.code_full ?? "", e.name ?? "", sectors];
  return { key: values.join("\t"), values };
}
