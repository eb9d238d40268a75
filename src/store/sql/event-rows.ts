/**
 * Conversions between merged events and table rows: the `events` row with its filter columns, the
 * `event_parties` rows the participant filters use, `mentions` rows, and back.
 */
import type { Entity, EventRecord } from "../../core/types.js";
import type { MergedEvent } from "../dedup-port.js";
import type { StoredEvent } from "../event-store.js";
import type { SqlRow, SqlValue } from "./sql-driver.js";

/** Columns of `events`, in the order `eventValues` returns them. */
export const EVENT_COLUMNS = [
  "id",
  "signature",
  "type",
  "quad",
  "modality",
  "modes",
  "contexts",
  "day",
  "dyad",
  "mention_count",
  "confidence",
  "intensity",
  "data",
] as const;

/** Columns of `event_parties`, in the order `partyValues` returns them. */
export const PARTY_COLUMNS = [
  "event_id",
  "role",
  "code",
  "code_full",
  "sectors",
  "names",
  "type",
  "day",
] as const;

/** Columns of `mentions` the write path fills, in the order `mentionValues` returns them. */
export const MENTION_COLUMNS = [
  "id",
  "article_id",
  "signature",
  "event_id",
  "sentence_start",
  "sentence_end",
  "sentence_text",
  "coder_version",
  "record",
] as const;

/** Row values of one mention, in `MENTION_COLUMNS` order. */
export function mentionValues(
  record: EventRecord,
  signature: string,
  eventId: string,
  coderVersion: string,
): SqlValue[] {
  const s = record.evidence.sentence;
  return [
    record.id,
    record.article_id,
    signature,
    eventId,
    s.start,
    s.end,
    s.text,
    coderVersion,
    JSON.stringify(record),
  ];
}

/** The day an event is filed under: first day of its date, else of its first report, else "". */
export function dayOf(e: Pick<MergedEvent, "date" | "first_report">): string {
  const d = e.date ?? e.first_report;
  if (d === undefined) return "";
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d.slice(0, 10);
}

/** `|a|b|`: a set column a LIKE '%|a|%' condition can test in both dialects. */
export function setColumn(items: readonly string[]): string {
  return `|${items.join("|")}|`;
}

/** Dyad key: sorted distinct actor codes joined by `+`, then `>` and the recipients'. */
export function dyadOf(e: Pick<MergedEvent, "actor" | "recipient">): string {
  const codes = (es: readonly Entity[]): string =>
    [...new Set(es.map((x) => x.code))].sort().join("+");
  return `${codes(e.actor)}>${codes(e.recipient)}`;
}

/** The stored form of a merged event (its JSON is the `data` column). */
export function storedEventOf(m: MergedEvent): StoredEvent {
  return { ...m, day: dayOf(m) };
}

/** Row values of one event, in `EVENT_COLUMNS` order; `data` is its canonical JSON. */
export function eventValues(e: StoredEvent, data: string): SqlValue[] {
  return [
    e.id,
    e.signature,
    e.event,
    e.quad_code,
    e.modality,
    setColumn(e.mode),
    setColumn(e.context),
    e.day,
    dyadOf(e),
    e.mention_count,
    e.confidence,
    e.intensity,
    data,
  ];
}

/**
 * Participant rows of an event: one per distinct role, code, full code and sector set over all
 * its mentions, with every name and text any mention gave that participant (lower-cased).
 */
export function partyValues(e: StoredEvent, records: readonly EventRecord[]): SqlValue[][] {
  const parties = new Map<string, { role: string; entity: Entity; names: Set<string> }>();
  const add = (role: string, x: Entity): void => {
    const sectors = [...new Set(x.sector.map((s) => s.toUpperCase()))].sort();
    const key = [
      role,
      x.code.toUpperCase(),
      (x.code_full ?? "").toUpperCase(),
      sectors.join("+"),
    ].join("\t");
    let p = parties.get(key);
    if (p === undefined)
      parties.set(key, (p = { role, entity: { ...x, sector: sectors }, names: new Set() }));
    for (const n of [x.name, x.entity_text]) if (n) p.names.add(n.toLowerCase());
  };
  for (const r of [e, ...records]) {
    for (const x of r.actor) add("actor", x);
    for (const x of r.recipient) add("recipient", x);
  }
  return [...parties.keys()].sort().map((k) => {
    const p = parties.get(k)!;
    const names = [...p.names].sort();
    return [
      e.id,
      p.role,
      p.entity.code.toUpperCase(),
      (p.entity.code_full ?? "").toUpperCase(),
      setColumn(p.entity.sector),
      setColumn(names),
      e.event,
      e.day,
    ];
  });
}

/** Reads a `data` column back into an event. */
export function eventFromRow(row: SqlRow): StoredEvent {
  return JSON.parse(String(row["data"])) as StoredEvent;
}
