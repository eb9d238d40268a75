/**
 * PLOVER JSONL: one merged event a line, with the field names of the records `dyad code` writes
 * (PLOVER 2.0 `event`, `mode`, `context`, `actor`, `recipient`, ... plus `cameo`), the report
 * counts of the merged event, and optionally each mention's evidence.
 */
import type { Evidence } from "../core/types.js";
import type { EventWithMentions, StoredEvent, StoredMention } from "../store/index.js";

/** One mention as written under `mentions`. */
export interface PloverMention {
  readonly id: string;
  readonly article_id: string;
  readonly article_date?: string;
  readonly source?: string;
  readonly url?: string;
  readonly title?: string;
  readonly coder_version: string;
  readonly confidence: number;
  readonly rule: string;
  readonly evidence: Evidence;
}

/** A merged event in PLOVER JSON form. */
export type PloverEvent = Omit<StoredEvent, "signature" | "mention_ids" | "day"> & {
  readonly mentions?: readonly PloverMention[];
};

/** The PLOVER JSON object of an event (mentions included when the event carries them). */
export function ploverEvent(e: StoredEvent | EventWithMentions): PloverEvent {
  if ("mentions" in e) {
    const { mentions, ...event } = e;
    return { ...ploverEvent(event), mentions: mentions.map(ploverMention) };
  }
  const { signature, mention_ids, day, ...rest } = e;
  void [signature, mention_ids, day]; // store-internal fields, not part of the PLOVER record
  return rest;
}

/** One event as a JSONL line. */
export function ploverJsonLine(e: StoredEvent | EventWithMentions): string {
  return `${JSON.stringify(ploverEvent(e))}\n`;
}

function ploverMention(m: StoredMention): PloverMention {
  const r = m.record;
  return {
    id: r.id,
    article_id: r.article_id,
    ...(m.articleDate ? { article_date: m.articleDate } : {}),
    ...(m.articleSource ? { source: m.articleSource } : {}),
    ...(m.articleUrl ? { url: m.articleUrl } : {}),
    ...(m.articleTitle ? { title: m.articleTitle } : {}),
    coder_version: m.coderVersion,
    confidence: r.confidence,
    rule: r.rule,
    evidence: r.evidence,
  };
}
