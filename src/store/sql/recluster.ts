/**
 * Re-clusters the events of some signatures from their full mention sets and writes only what
 * changed: events, their participant rows, the stats roll-ups and the mentions' event ids.
 */
import type { EventRecord } from "../../core/types.js";
import { clusterMentions, type DedupMention } from "../dedup-port.js";
import type { StoredEvent } from "../event-store.js";
import { MAX_IN_LIST, batchInsert, chunks } from "./batch-insert.js";
import {
  EVENT_COLUMNS,
  MENTION_COLUMNS,
  PARTY_COLUMNS,
  eventFromRow,
  eventValues,
  mentionValues,
  partyValues,
  storedEventOf,
} from "./event-rows.js";
import type { Dialect, SqlTx } from "./sql-driver.js";
import { type RollupDelta, applyRollup, rollupDeltaOf } from "./stats-rollup.js";

interface LoadedMention {
  readonly mention: DedupMention;
  /** The event the stored row points at; "" for a mention not written yet. */
  readonly eventId: string;
}

/** A mention being stored by this transaction: not in the table yet, written by `recluster`. */
export interface FreshMention {
  readonly mention: DedupMention;
  readonly signature: string;
  readonly coderVersion: string;
}

interface NewEvent {
  readonly event: StoredEvent;
  readonly data: string;
  readonly records: EventRecord[];
}

/**
 * Re-clusters the given signatures from their stored mentions plus the fresh ones (callers hold
 * their locks), writes the events that changed, moves stored mentions whose event changed, and
 * inserts the fresh mentions pointing at their events.
 */
export async function recluster(
  tx: SqlTx,
  dialect: Dialect,
  signatures: readonly string[],
  fresh: readonly FreshMention[] = [],
): Promise<void> {
  const freshBySignature = groupBy(fresh, (f) => f.signature);
  for (const part of chunks(signatures, MAX_IN_LIST)) {
    const mentions = await loadMentions(tx, dialect, part);
    const adding: FreshMention[] = [];
    for (const sig of part) {
      for (const f of freshBySignature.get(sig) ?? []) {
        adding.push(f);
        let list = mentions.get(sig);
        if (list === undefined) mentions.set(sig, (list = []));
        list.push({ mention: f.mention, eventId: "" });
      }
    }
    const events = clusterAll(mentions);
    await writeEvents(tx, dialect, part, events);
    await relinkMentions(tx, dialect, mentions, events);
    await insertFresh(tx, dialect, adding, events);
  }
}

/** Replaces the events of some signatures whose JSON changed, with their parties and roll-ups. */
async function writeEvents(
  tx: SqlTx,
  dialect: Dialect,
  signatures: readonly string[],
  fresh: Map<string, NewEvent>,
): Promise<void> {
  const list = dialect.inList(signatures);
  const old = await tx.all(
    `SELECT id, data FROM events WHERE signature IN ${list.sql}`,
    list.params,
  );
  const oldData = new Map(old.map((r) => [String(r["id"]), String(r["data"])]));
  const gone = old.filter((r) => fresh.get(String(r["id"]))?.data !== String(r["data"]));
  const added = [...fresh.values()].filter((e) => oldData.get(e.event.id) !== e.data);
  await deleteEvents(
    tx,
    dialect,
    gone.map((r) => String(r["id"])),
  );
  await insertEvents(tx, dialect, added);
  const deltas: RollupDelta[] = [
    ...gone.map((r) => rollupDeltaOf(-1, eventFromRow(r))),
    ...added.map(({ event }) => rollupDeltaOf(1, event)),
  ];
  await applyRollup(tx, dialect, deltas);
}

async function insertFresh(
  tx: SqlTx,
  dialect: Dialect,
  fresh: readonly FreshMention[],
  events: Map<string, NewEvent>,
): Promise<void> {
  if (fresh.length === 0) return;
  const eventOf = new Map<string, string>();
  for (const { event } of events.values())
    for (const id of event.mention_ids) eventOf.set(id, event.id);
  const rows = fresh.map((f) => {
    const r = f.mention.record;
    return mentionValues(r, f.signature, eventOf.get(r.id) ?? "", f.coderVersion);
  });
  await batchInsert(tx, dialect, "mentions", MENTION_COLUMNS, rows);
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list === undefined) out.set(k, [t]);
    else list.push(t);
  }
  return out;
}

async function loadMentions(
  tx: SqlTx,
  dialect: Dialect,
  signatures: readonly string[],
): Promise<Map<string, LoadedMention[]>> {
  const list = dialect.inList(signatures);
  const rows = await tx.all(
    `SELECT m.signature, m.event_id, m.article_id, m.record, a.date, a.source FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.signature IN ${list.sql}`,
    list.params,
  );
  const out = new Map<string, LoadedMention[]>();
  for (const r of rows) {
    const sig = String(r["signature"]);
    const date = r["date"];
    const source = r["source"];
    const mention: DedupMention = {
      record: parseRecord(String(r["record"])),
      articleId: String(r["article_id"]),
      ...(typeof source === "string" && source !== "" ? { source } : {}),
      ...(typeof date === "string" && date !== "" ? { reportedAt: date } : {}),
    };
    let list = out.get(sig);
    if (list === undefined) out.set(sig, (list = []));
    list.push({ mention, eventId: String(r["event_id"]) });
  }
  return out;
}

/**
 * Records parsed before, by their JSON: a signature's whole mention set is loaded again each time
 * one of its mentions changes, and parsing is most of that. Keyed by the JSON itself, so a hit is
 * exactly what parsing would give; records are read-only, so sharing them is safe.
 */
const PARSED = new Map<string, EventRecord>();
const MAX_PARSED = 10_000;

function parseRecord(json: string): EventRecord {
  let record = PARSED.get(json);
  if (record === undefined) {
    record = JSON.parse(json) as EventRecord;
    if (PARSED.size >= MAX_PARSED) PARSED.clear();
    PARSED.set(json, record);
  }
  return record;
}

function clusterAll(bySignature: Map<string, LoadedMention[]>): Map<string, NewEvent> {
  const out = new Map<string, NewEvent>();
  for (const list of bySignature.values()) {
    const records = new Map(list.map((l) => [l.mention.record.id, l.mention.record]));
    for (const merged of clusterMentions(list.map((l) => l.mention))) {
      const event = storedEventOf(merged);
      const mine = merged.mention_ids.map((id) => records.get(id)!);
      out.set(event.id, { event, data: JSON.stringify(event), records: mine });
    }
  }
  return out;
}

async function deleteEvents(tx: SqlTx, dialect: Dialect, ids: readonly string[]): Promise<void> {
  for (const part of chunks(ids, MAX_IN_LIST)) {
    const list = dialect.inList(part);
    await tx.run(`DELETE FROM event_parties WHERE event_id IN ${list.sql}`, list.params);
    await tx.run(`DELETE FROM events WHERE id IN ${list.sql}`, list.params);
  }
}

async function insertEvents(
  tx: SqlTx,
  dialect: Dialect,
  events: readonly NewEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await batchInsert(
    tx,
    dialect,
    "events",
    EVENT_COLUMNS,
    events.map((e) => eventValues(e.event, e.data)),
  );
  await batchInsert(
    tx,
    dialect,
    "event_parties",
    PARTY_COLUMNS,
    events.flatMap((e) => partyValues(e.event, e.records)),
  );
}

/** Points each stored mention at its new event, touching only mentions whose event changed. */
async function relinkMentions(
  tx: SqlTx,
  dialect: Dialect,
  mentions: Map<string, LoadedMention[]>,
  fresh: Map<string, NewEvent>,
): Promise<void> {
  const current = new Map<string, string>();
  for (const list of mentions.values())
    for (const l of list) if (l.eventId !== "") current.set(l.mention.record.id, l.eventId);
  const moves = new Map<string, string[]>();
  for (const { event } of fresh.values()) {
    // Fresh mentions are not in `current`: they are inserted with their event id afterwards.
    const ids = event.mention_ids.filter((id) => {
      const now = current.get(id);
      return now !== undefined && now !== event.id;
    });
    if (ids.length > 0) moves.set(event.id, ids);
  }
  for (const [eventId, ids] of moves) {
    for (const part of chunks(ids, MAX_IN_LIST)) {
      const list = dialect.inList(part);
      await tx.run(`UPDATE mentions SET event_id = ? WHERE id IN ${list.sql}`, [
        eventId,
        ...list.params,
      ]);
    }
  }
}
