/** Test factory: small, readable mentions for dedup tests (wire-style, written for dyad). */
import type {
  DateGranularity,
  Entity,
  EventRecord,
  Location,
  Modality,
  PloverType,
} from "../core/types.js";
import type { DedupMention } from "./dedup-types.js";

/** Short entity: "CHN GOV Wang Yi" style. */
export function ent(code: string, sector: readonly string[] = [], name?: string): Entity {
  return {
    code,
    sector,
    entity_text: name ?? `${code} ${sector.join(" ")}`.trim(),
    ...(name ? { name } : {}),
  };
}

/** What a test says about one mention; everything else gets a default. */
export interface MentionSpec {
  readonly id: string;
  readonly article?: string;
  readonly source?: string;
  readonly reportedAt?: string;
  readonly type?: PloverType;
  readonly mode?: readonly string[];
  readonly context?: readonly string[];
  readonly modality?: Modality;
  readonly actor?: readonly Entity[];
  readonly recipient?: readonly Entity[];
  /** Date value; `stated: false` makes it the article's fallback date (no date evidence). */
  readonly date?: string;
  readonly granularity?: DateGranularity;
  readonly stated?: boolean;
  /** Country of an event place, or `dateline:XXX` for a dateline-only place. */
  readonly place?: string;
  readonly confidence?: number;
  readonly cameo?: string;
}

const SPAN = { start: 0, end: 4, text: "said" };

/** Builds a mention: by default a CHN-OMN phone call, stated as 2023-11-01. */
export function mention(s: MentionSpec): DedupMention {
  const article = s.article ?? `a-${s.id}`;
  const date =
    s.date === undefined ? {} : { date: s.date, date_granularity: s.granularity ?? "day" };
  const record: EventRecord = {
    version: 1,
    id: s.id,
    article_id: article,
    ...date,
    event: s.type ?? "CONSULT",
    mode: s.mode ?? ["phone"],
    context: s.context ?? [],
    quad_code: 1,
    intensity: 1,
    cameo: s.cameo ?? "040",
    actor: s.actor ?? [ent("CHN", ["GOV"], "Wang Yi"), ent("OMN", ["GOV"])],
    recipient: s.recipient ?? [],
    ...(s.place === undefined ? {} : { location: placeOf(s.place) }),
    modality: s.modality ?? "asserted",
    confidence: s.confidence ?? 0.8,
    rule: "test",
    evidence: {
      trigger: SPAN,
      actor: [],
      recipient: [],
      ...(s.date !== undefined && s.stated !== false ? { date: SPAN } : {}),
      sentence: SPAN,
    },
  };
  return {
    record,
    articleId: article,
    ...(s.source === undefined ? {} : { source: s.source }),
    ...(s.reportedAt === undefined ? {} : { reportedAt: s.reportedAt }),
  };
}

function placeOf(p: string): Location {
  if (p.startsWith("dateline:"))
    return { text: p.slice(9), country: p.slice(9), source: "dateline" };
  return { text: p, country: p, source: "event" };
}
