/**
 * Maps validated query parameters 1:1 onto the store's `EventFilter` and `PartyFilter`: names
 * only change from the URL's snake_case to the store's field names; no value is interpreted here.
 */
import type { Modality, PloverType } from "../core/types.js";
import type { EventFilter, PartyFilter } from "../store/index.js";

/** The filter parameters of `/api/events` and `/api/stats`, after schema validation. */
export interface FilterQuery {
  readonly from?: string;
  readonly to?: string;
  readonly actor?: string;
  readonly actor_country?: string;
  readonly actor_sector?: string;
  readonly actor_name?: string;
  readonly recipient?: string;
  readonly recipient_country?: string;
  readonly recipient_sector?: string;
  readonly recipient_name?: string;
  readonly type?: readonly PloverType[];
  readonly mode?: string;
  readonly context?: string;
  readonly quad?: readonly (1 | 2 | 3 | 4)[];
  readonly modality?: readonly Modality[];
  readonly min_confidence?: number;
  readonly text?: string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Query parameter suffix -> `PartyFilter` field (`actor` itself is the code). */
const PARTY_FIELDS = [
  ["", "code"],
  ["_country", "country"],
  ["_sector", "sector"],
  ["_name", "name"],
] as const;

/** Builds the store filter of a validated query; absent parameters do not filter. */
export function eventFilterOf(q: FilterQuery): EventFilter {
  const f: Mutable<EventFilter> = {};
  if (q.from !== undefined) f.from = q.from;
  if (q.to !== undefined) f.to = q.to;
  const actor = partyOf(q, "actor");
  if (actor) f.actor = actor;
  const recipient = partyOf(q, "recipient");
  if (recipient) f.recipient = recipient;
  if (q.type !== undefined) f.type = q.type;
  if (q.mode !== undefined) f.mode = q.mode;
  if (q.context !== undefined) f.context = q.context;
  if (q.quad !== undefined) f.quad = q.quad;
  if (q.modality !== undefined) f.modality = q.modality;
  if (q.min_confidence !== undefined) f.minConfidence = q.min_confidence;
  if (q.text !== undefined) f.text = q.text;
  return f;
}

function partyOf(q: FilterQuery, role: "actor" | "recipient"): PartyFilter | undefined {
  const p: Mutable<PartyFilter> = {};
  for (const [suffix, field] of PARTY_FIELDS) {
    const value = q[`${role}${suffix}`];
    if (value !== undefined) p[field] = value;
  }
  return Object.keys(p).length === 0 ? undefined : p;
}

/**
 * Splits comma-separated values of list parameters (`type=ASSAULT,COERCE`) so they validate like
 * repeated parameters; runs before validation.
 */
export function splitListParams(query: Record<string, unknown>, names: readonly string[]): void {
  for (const name of names) {
    const v = query[name];
    if (typeof v === "string") query[name] = splitCommas(v);
    else if (Array.isArray(v))
      query[name] = v.flatMap((x) => (typeof x === "string" ? splitCommas(x) : [x]));
  }
}

function splitCommas(s: string): string[] {
  return s.split(",").map((x) => x.trim());
}
