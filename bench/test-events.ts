/**
 * Builders of synthetic EventRecords and gold cases for the bench tests (no gold text is used).
 */
import type { Entity, EventRecord, PloverType } from "../src/core/types.js";
import type { GoldCase, GoldEvent } from "./scoring.js";

/** Shorthand for an actor: a code, or a partial entity. */
export type EntitySpec = string | Partial<Entity>;

/** Fields a test sets on a synthetic event; everything else gets a neutral default. */
export interface EventSpec {
  readonly event?: PloverType;
  readonly confidence?: number;
  readonly cameo?: string;
  readonly mode?: readonly string[];
  readonly actor?: readonly EntitySpec[];
  readonly recipient?: readonly EntitySpec[];
}

/** Builds an entity from a code or partial entity. */
export function entity(spec: EntitySpec): Entity {
  const base: Entity = { code: "---", sector: [], entity_text: "x" };
  return typeof spec === "string" ? { ...base, code: spec } : { ...base, ...spec };
}

/** Builds a full EventRecord for article `id` from a spec. */
export function ev(id: string, spec: EventSpec = {}): EventRecord {
  const span = { start: 0, end: 1, text: "x" };
  return {
    version: 1,
    id: `${id}-${spec.event ?? "CONSULT"}-${spec.cameo ?? ""}`,
    article_id: id,
    event: spec.event ?? "CONSULT",
    mode: spec.mode ?? [],
    context: [],
    quad_code: 1,
    intensity: 0,
    cameo: spec.cameo ?? "040",
    actor: (spec.actor ?? []).map(entity),
    recipient: (spec.recipient ?? []).map(entity),
    modality: "asserted",
    confidence: spec.confidence ?? 0.5,
    rule: "test",
    evidence: { trigger: span, actor: [], recipient: [], sentence: span },
  };
}

/** Builds a gold case. */
export function gold(
  id: string,
  events: readonly GoldEvent[] | undefined,
  extra: Partial<GoldCase> = {},
): GoldCase {
  return { id, text: "synthetic", ...(events === undefined ? {} : { events }), ...extra };
}

/** Builds a predictions map from `[caseId, specs]` pairs. */
export function predsOf(
  rows: ReadonlyArray<readonly [string, readonly EventSpec[]]>,
): Map<string, EventRecord[]> {
  return new Map(rows.map(([id, specs]) => [id, specs.map((s) => ev(id, s))]));
}
