import { createHash } from "node:crypto";
import type { DateGranularity } from "../core/types.js";
import type { Cluster } from "./cluster-index.js";
import type { MergedEvent } from "./dedup-types.js";
import { type Footprint, dayString, isDayLevel } from "./footprint.js";

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Writes a finished cluster as one merged event. */
export function mergeCluster(signature: string, c: Cluster): MergedEvent {
  const members = [...c.core, ...c.attached];
  const r = representative(c.core).mention.record;
  const t = tally(members);
  // Optional fields are assigned, not spread: object spread in a literal is V8's slow path.
  const e: Writable<MergedEvent> = {
    id: eventId(signature, c),
    signature,
    event: r.event,
    mode: sortedUnique(r.mode),
    context: [...t.contexts].sort(),
    quad_code: r.quad_code,
    intensity: r.intensity,
    cameo: r.cameo,
    actor: r.actor,
    recipient: r.recipient,
    modality: r.modality,
    confidence: t.confidence,
    mention_ids: t.ids.sort(),
    mention_count: members.length,
    article_count: t.articles.size,
    source_count: t.sources.size,
  };
  setDate(e, c);
  const location =
    r.location?.source === "event" ? r.location : (t.placed?.mention.record.location ?? r.location);
  if (location !== undefined) e.location = location;
  if (t.first !== undefined && t.last !== undefined)
    [e.first_report, e.last_report] = [t.first, t.last];
  return e;
}

function sortedUnique(xs: readonly string[]): string[] {
  return xs.length < 2 ? [...xs] : [...new Set(xs)].sort();
}

interface Tally {
  readonly contexts: Set<string>;
  readonly ids: string[];
  readonly articles: Set<string>;
  readonly sources: Set<string>;
  confidence: number;
  first: string | undefined;
  last: string | undefined;
  /** Best-ranked member whose text places the event (used when the representative does not). */
  placed: Footprint | undefined;
}

/** One pass over the members for everything that is counted or unioned. */
function tally(members: readonly Footprint[]): Tally {
  const t: Tally = {
    contexts: new Set(),
    ids: [],
    articles: new Set(),
    sources: new Set(),
    confidence: -Infinity,
    first: undefined,
    last: undefined,
    placed: undefined,
  };
  for (const f of members) {
    const m = f.mention;
    for (const x of m.record.context) t.contexts.add(x);
    t.ids.push(m.record.id);
    t.articles.add(m.articleId);
    t.sources.add(sourceKey(m.source, m.articleId));
    t.confidence = Math.max(t.confidence, m.record.confidence);
    const at = m.reportedAt;
    if (at !== undefined && (t.first === undefined || at < t.first)) t.first = at;
    if (at !== undefined && (t.last === undefined || at > t.last)) t.last = at;
    if (
      m.record.location?.source === "event" &&
      (t.placed === undefined || ranksBefore(f, t.placed))
    )
      t.placed = f;
  }
  return t;
}

/**
 * Event id: a hash of the signature and the cluster's anchor (date kind, place, first core day).
 * The anchor is unique within a signature and does not move when more reports of the same
 * happening arrive, so ids survive re-clustering (see README for what does change them).
 */
export function eventId(signature: string, c: Cluster): string {
  const start = Number.isFinite(c.lo) ? dayString(c.lo) : "";
  const key = `${signature}\n${c.kind}|${c.country ?? "*"}|${start}`;
  let id = EVENT_IDS.get(key);
  if (id === undefined) {
    id = createHash("sha256").update(key).digest("hex").slice(0, 20);
    if (EVENT_IDS.size >= MAX_EVENT_IDS) EVENT_IDS.clear();
    EVENT_IDS.set(key, id);
  }
  return id;
}

/**
 * Ids already hashed: the store re-clusters a signature's whole mention set on every change, so
 * the same events get their ids again and again.
 */
const EVENT_IDS = new Map<string, string>();
const MAX_EVENT_IDS = 50_000;

/** Mention whose wording speaks for the event: most confident, placed, then smallest id. */
function representative(core: readonly Footprint[]): Footprint {
  let best = core[0]!;
  for (const f of core) if (ranksBefore(f, best)) best = f;
  return best;
}

function ranksBefore(a: Footprint, b: Footprint): boolean {
  const ra = a.mention.record;
  const rb = b.mention.record;
  if (ra.confidence !== rb.confidence) return ra.confidence > rb.confidence;
  if ((a.country === undefined) !== (b.country === undefined)) return a.country !== undefined;
  return ra.id < rb.id;
}

/** The core's date: the most reported day (earliest on ties) or the core's coarse date. */
function setDate(e: Writable<MergedEvent>, c: Cluster): void {
  if (c.kind === "none") return;
  if (!isDayLevel(c.kind)) {
    e.date = c.core.map((f) => f.mention.record.date!).sort()[0]!;
    e.date_granularity = c.kind as DateGranularity;
    return;
  }
  let day = c.lo;
  if (c.hi > c.lo) {
    const counts = new Map<number, number>();
    for (const f of c.core) counts.set(f.lo, (counts.get(f.lo) ?? 0) + 1);
    let top = 0;
    for (const [d, n] of counts) if (n > top || (n === top && d < day)) [day, top] = [d, n];
  }
  e.date = dayString(day);
  e.date_granularity = "day";
}

/** Outlet key: the source name, or the article itself when the source is unknown. */
function sourceKey(source: string | undefined, articleId: string): string {
  const s = source?.trim().toLowerCase();
  return s ? `source:${s}` : `article:${articleId}`;
}
