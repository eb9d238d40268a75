/**
 * Re-clusters the events of some signatures from their full mention sets and writes only what
 * changed: events, their participant rows, the daily stats roll-up and the mentions' event ids.
 */
import type { EventRecord } from "../../core/types.js";
import { clusterMentions, type DedupMention } from "../dedup-port.js";
import type { StoredEvent } from "../event-store.js";
import { MAX_IN_LIST, batchInsert, chunks, placeholders } from "./batch-insert.js";
import {
  EVENT_COLUMNS,
  PARTY_COLUMNS,
  eventFromRow,
  eventValues,
  partyValues,
  storedEventOf,
} from "./event-rows.js";
import type { Dialect, SqlTx } from "./sql-driver.js";
import { type RollupDelta, applyRollup } from "./stats-rollup.js";

interface LoadedMention {
  readonly mention: DedupMention;
  readonly eventId: string;
}

interface NewEvent {
  readonly event: StoredEvent;
  readonly data: string;
  readonly records: EventRecord[];
}

/** Re-clusters the given signatures (callers hold their locks). */
export async function recluster(
  tx: SqlTx,
  dialect: Dialect,
  signatures: readonly string[],
): Promise<void> {
  for (const part of chunks(signatures, MAX_IN_LIST)) {
    const mentions = await loadMentions(tx, part);
    const fresh = clusterAll(mentions);
    const old = await tx.all(
      `SELECT id, data FROM events WHERE signature IN ${placeholders(part.length)}`,
      part,
    );
    const oldData = new Map(old.map((r) => [String(r["id"]), String(r["data"])]));
    const gone = old.filter((r) => fresh.get(String(r["id"]))?.data !== String(r["data"]));
    const added = [...fresh.values()].filter((e) => oldData.get(e.event.id) !== e.data);
    await deleteEvents(
      tx,
      gone.map((r) => String(r["id"])),
    );
    await insertEvents(tx, dialect, added);
    const deltas: RollupDelta[] = [
      ...gone.map((r) => rollupDelta(-1, eventFromRow(r))),
      ...added.map(({ event }) => rollupDelta(1, event)),
    ];
    await applyRollup(tx, dialect, deltas);
    await relinkMentions(tx, mentions, fresh);
  }
}

async function loadMentions(
  tx: SqlTx,
  signatures: readonly string[],
): Promise<Map<string, LoadedMention[]>> {
  const rows = await tx.all(
    `SELECT m.signature, m.event_id, m.article_id, m.record, a.date, a.source FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.signature IN ${placeholders(signatures.length)}`,
    signatures,
  );
  const out = new Map<string, LoadedMention[]>();
  for (const r of rows) {
    const sig = String(r["signature"]);
    const date = r["date"];
    const source = r["source"];
    const mention: DedupMention = {
      record: JSON.parse(String(r["record"])) as EventRecord,
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

async function deleteEvents(tx: SqlTx, ids: readonly string[]): Promise<void> {
  for (const part of chunks(ids, MAX_IN_LIST)) {
    await tx.run(`DELETE FROM event_parties WHERE event_id IN ${placeholders(part.length)}`, part);
    await tx.run(`DELETE FROM events WHERE id IN ${placeholders(part.length)}`, part);
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

/** Points each mention at its new event, touching only mentions whose event changed. */
async function relinkMentions(
  tx: SqlTx,
  mentions: Map<string, LoadedMention[]>,
  fresh: Map<string, NewEvent>,
): Promise<void> {
  const current = new Map<string, string>();
  for (const list of mentions.values())
    for (const l of list) current.set(l.mention.record.id, l.eventId);
  const moves = new Map<string, string[]>();
  for (const { event } of fresh.values()) {
    const ids = event.mention_ids.filter((id) => current.get(id) !== event.id);
    if (ids.length > 0) moves.set(event.id, ids);
  }
  for (const [eventId, ids] of moves) {
    for (const part of chunks(ids, MAX_IN_LIST)) {
      await tx.run(`UPDATE mentions SET event_id = ? WHERE id IN ${placeholders(part.length)}`, [
        eventId,
        ...part,
      ]);
    }
  }
}

function rollupDelta(sign: 1 | -1, e: StoredEvent): RollupDelta {
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
