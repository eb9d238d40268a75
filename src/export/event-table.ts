/**
 * The terminal table of `dyad query`: one line per merged event, and with mentions each
 * mention's article, sentence (trigger marked `[[...]]`) and evidence spans.
 */
import type { Entity, Span } from "../core/types.js";
import type { EventWithMentions, StoredEvent, StoredMention } from "../store/index.js";
import { textLines } from "./text-table.js";

/** Columns of the event table. */
export const EVENT_TABLE_COLUMNS = [
  "id",
  "date",
  "type",
  "mode",
  "actors -> recipients",
  "ment",
  "art",
  "src",
  "first..last report",
];

/** Length of the id prefix shown: enough to be unique in practice, short enough to read. */
const SHORT_ID = 12;

/** Renders events (a page) as a table; events with mentions get their evidence below their line. */
export function eventTable(events: readonly (StoredEvent | EventWithMentions)[]): string {
  const [header, ...lines] = textLines(EVENT_TABLE_COLUMNS, events.map(eventCells));
  return `${header}\n${lines.map((l, i) => `${l}\n${mentionBlock(events[i])}`).join("")}`;
}

/** The table cells of one event. */
export function eventCells(e: StoredEvent): string[] {
  return [
    shortId(e.id),
    e.date ?? (e.day === "" ? "-" : `~${e.day}`),
    e.event,
    e.mode.join(",") || "-",
    `${parties(e.actor)} -> ${parties(e.recipient)}`,
    String(e.mention_count),
    String(e.article_count),
    String(e.source_count),
    `${e.first_report ?? "?"}..${e.last_report ?? "?"}`,
  ];
}

/** The id without a scheme prefix, cut to a readable length. */
export function shortId(id: string): string {
  return id.replace(/^[a-z0-9]+:/i, "").slice(0, SHORT_ID);
}

function parties(es: readonly Entity[]): string {
  if (es.length === 0) return "-";
  return es
    .map((e) => `${[e.code, ...e.sector].join(" ")}${e.name ? ` (${e.name})` : ""}`)
    .join(" + ");
}

function mentionBlock(e: StoredEvent | EventWithMentions | undefined): string {
  if (e === undefined || !("mentions" in e)) return "";
  return e.mentions.map(mentionLines).join("");
}

/** Article line, sentence with the trigger marked, and the evidence spans of one mention. */
function mentionLines(m: StoredMention): string {
  const r = m.record;
  const ev = r.evidence;
  const about = [m.articleDate, m.articleSource, m.articleTitle ? `"${m.articleTitle}"` : undefined]
    .filter(Boolean)
    .join(" ");
  const spans = [
    `trigger "${ev.trigger.text}"`,
    ...ev.actor.map((s) => `actor "${s.text}"`),
    ...ev.recipient.map((s) => `recipient "${s.text}"`),
    ...(ev.date ? [`date "${ev.date.text}"`] : []),
    ...(ev.place ? [`place "${ev.place.text}"`] : []),
    ...(ev.attribution ? [`said by "${ev.attribution.text}"`] : []),
  ];
  return (
    `    [${r.article_id}] ${about}  (${r.modality}, confidence ${r.confidence}, rule ${r.rule}, ${m.coderVersion})\n` +
    `      ${markTrigger(ev.sentence, ev.trigger)}\n` +
    `      ${spans.join("; ")}\n`
  );
}

/** The sentence with `[[` `]]` around the trigger (offsets are article offsets). */
export function markTrigger(sentence: Span, trigger: Span): string {
  const a = trigger.start - sentence.start;
  const b = trigger.end - sentence.start;
  const text = sentence.text.replace(/\s+/g, " ");
  if (a < 0 || b > sentence.text.length || a > b) return text;
  const t = sentence.text;
  return `${t.slice(0, a)}[[${t.slice(a, b)}]]${t.slice(b)}`.replace(/\s+/g, " ").trim();
}
