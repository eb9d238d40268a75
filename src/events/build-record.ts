import { hash } from "node:crypto";
import { intensityOf, ontology } from "../core/ontology.js";
import type {
  DateGranularity,
  Doc,
  Entity,
  EventRecord,
  Location,
  Mention,
  Modality,
  PloverType,
  Span,
} from "../core/types.js";
import { RECORD_VERSION } from "../core/types.js";

/** Everything the coder decided about one event, before it is written as a record. */
export interface EventDraft {
  readonly type: PloverType;
  readonly mode: readonly string[];
  readonly context: readonly string[];
  readonly cameo: string;
  readonly actors: readonly Mention[];
  readonly recipients: readonly Mention[];
  readonly modality: Modality;
  readonly attribution?: Mention;
  readonly date?: {
    readonly value: string;
    readonly granularity: DateGranularity;
    readonly span?: Span;
  };
  readonly location?: { readonly location: Location; readonly span: Span };
  readonly trigger: Span;
  readonly sentence: Span;
  readonly confidence: number;
  readonly rule: string;
}

/** Turns a draft into a PLOVER JSON record with a stable content-hash id. */
export function buildRecord(doc: Doc, d: EventDraft): EventRecord {
  const info = ontology().types.get(d.type);
  const actor = d.actors.map(entityOf);
  const recipient = d.recipients.map(entityOf);
  const evidence = {
    trigger: d.trigger,
    actor: d.actors.map((m) => m.span),
    recipient: d.recipients.map((m) => m.span),
    ...(d.date?.span ? { date: d.date.span } : {}),
    ...(d.location ? { place: d.location.span } : {}),
    ...(d.attribution ? { attribution: d.attribution.span } : {}),
    sentence: d.sentence,
  };
  const id = recordId(doc.article.id, d, actor, recipient);
  return {
    version: RECORD_VERSION,
    id,
    article_id: doc.article.id,
    ...(d.date ? { date: d.date.value, date_granularity: d.date.granularity } : {}),
    event: d.type,
    mode: d.mode,
    context: d.context,
    quad_code: info?.quad ?? 1,
    intensity: intensityOf(d.type, d.mode),
    cameo: d.cameo,
    actor,
    recipient,
    ...(d.location ? { location: d.location.location } : {}),
    modality: d.modality,
    ...(d.attribution ? { attribution: entityOf(d.attribution) } : {}),
    confidence: Math.round(d.confidence * 1000) / 1000,
    rule: d.rule,
    evidence,
  };
}

/** The output entity of a mention; its text is always the mention's own words. */
export function entityOf(m: Mention): Entity {
  // An actor whose country the text does not give is "---", CAMEO's code for "unknown".
  return { ...m.entity, code: m.entity.code || "---", entity_text: m.span.text };
}

function recordId(
  articleId: string,
  d: EventDraft,
  actor: readonly Entity[],
  recipient: readonly Entity[],
): string {
  const key = JSON.stringify([
    articleId,
    d.type,
    d.mode,
    d.cameo,
    d.modality,
    actor.map((e) => e.code),
    recipient.map((e) => e.code),
    d.trigger.start,
    d.trigger.end,
  ]);
  // One-shot hash: no Hash object per event (a third of the cost), the same digest.
  return hash("sha256", key, "hex").slice(0, 20);
}
