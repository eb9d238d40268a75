/**
 * The dashboard's whole view as a URL query string: which page, the filters and the display
 * options. Parsing is tolerant (an invalid parameter is dropped and reported, never fatal) and
 * serialising is canonical (fixed order, defaults left out), so a reload or a shared link
 * restores exactly the same view and back/forward walk through real states.
 */
import { PLOVER_TYPES } from "../../core/types.js";

/** Which page is shown. */
export type View = "overview" | "event" | "actor";
/** Time bucket of the timelines. */
export type Bucket = "day" | "week" | "month";
/** Order of the event table (the API's sorts). */
export type Sort = "date-desc" | "date-asc" | "mentions-desc";
/** Which participants the map counts. */
export type MapRole = "actor" | "recipient";
/** What the map's shading shows. */
export type MapShade = "events" | "intensity";

/** Event filters, named as the API's query parameters. */
export interface Filters {
  readonly from?: string;
  readonly to?: string;
  readonly actor?: string;
  readonly actor_name?: string;
  readonly recipient?: string;
  readonly recipient_name?: string;
  readonly type?: readonly string[];
  readonly mode?: string;
  readonly context?: string;
  readonly quad?: readonly number[];
  readonly modality?: readonly string[];
  readonly min_confidence?: number;
  readonly text?: string;
}

/** Everything the URL says. */
export interface ViewState {
  readonly view: View;
  /** Event id (event page). */
  readonly id?: string;
  /** Actor code (actor page). */
  readonly code?: string;
  readonly by: Bucket;
  readonly sort: Sort;
  readonly map: MapRole;
  readonly shade: MapShade;
  readonly filters: Filters;
}

/** The state of a URL without parameters. */
export const DEFAULT_STATE: ViewState = {
  view: "overview",
  by: "month",
  sort: "date-desc",
  map: "actor",
  shade: "events",
  filters: {},
};

/** Modalities an event can have. */
export const MODALITIES = ["asserted", "negated", "future", "hypothetical", "historical"] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Za-z0-9-]{3,30}$/;
const TERM = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
const TYPES: ReadonlySet<string> = new Set(PLOVER_TYPES);
const MODALITY_SET: ReadonlySet<string> = new Set(MODALITIES);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Single-valued text filters: parameter -> validity test. */
const TEXT_FILTERS: readonly [
  (
    | "from"
    | "to"
    | "actor"
    | "actor_name"
    | "recipient"
    | "recipient_name"
    | "mode"
    | "context"
    | "text"
  ),
  (v: string) => boolean,
][] = [
  ["from", (v) => DAY.test(v) && !Number.isNaN(Date.parse(v))],
  ["to", (v) => DAY.test(v) && !Number.isNaN(Date.parse(v))],
  ["actor", (v) => CODE.test(v)],
  ["actor_name", (v) => v.length >= 1 && v.length <= 200],
  ["recipient", (v) => CODE.test(v)],
  ["recipient_name", (v) => v.length >= 1 && v.length <= 200],
  ["mode", (v) => TERM.test(v)],
  ["context", (v) => TERM.test(v)],
  ["text", (v) => v.length >= 1 && v.length <= 200],
];

/** Reads a query string; invalid parameters are left out and described in `problems`. */
export function parseState(search: string): { state: ViewState; problems: string[] } {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  const bad = (name: string, value: string): void => {
    problems.push(`ignored the invalid URL parameter ${name}=${value}`);
  };
  const pick = <T extends string>(name: string, allowed: readonly T[], dflt: T): T => {
    const v = q.get(name);
    if (v === null) return dflt;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    bad(name, v);
    return dflt;
  };
  const state: Mutable<ViewState> = {
    view: pick("view", ["overview", "event", "actor"], "overview"),
    by: pick("by", ["day", "week", "month"], "month"),
    sort: pick("sort", ["date-desc", "date-asc", "mentions-desc"], "date-desc"),
    map: pick("map", ["actor", "recipient"], "actor"),
    shade: pick("shade", ["events", "intensity"], "events"),
    filters: parseFilters(q, bad),
  };
  const id = q.get("id");
  if (id !== null && id.length > 0 && id.length <= 500) state.id = id;
  const code = q.get("code");
  if (code !== null && CODE.test(code)) state.code = code.toUpperCase();
  else if (code !== null) bad("code", code);
  if (
    (state.view === "event" && state.id === undefined) ||
    (state.view === "actor" && state.code === undefined)
  ) {
    problems.push(`the ${state.view} page needs ${state.view === "event" ? "an id" : "a code"}`);
    state.view = "overview";
  }
  return { state, problems };
}

function parseFilters(q: URLSearchParams, bad: (name: string, value: string) => void): Filters {
  const f: Mutable<Filters> = {};
  for (const [name, ok] of TEXT_FILTERS) {
    const v = q.get(name);
    if (v === null) continue;
    if (ok(v)) f[name] = name === "actor" || name === "recipient" ? v.toUpperCase() : v;
    else bad(name, v);
  }
  const list = (name: string, ok: (v: string) => boolean): string[] | undefined => {
    const v = q.get(name);
    if (v === null) return undefined;
    const items = [...new Set(v.split(",").filter((x) => x !== ""))];
    const good = items.filter(ok);
    for (const x of items) if (!ok(x)) bad(name, x);
    return good.length > 0 ? good.sort(listOrder(name)) : undefined;
  };
  const type = list("type", (v) => TYPES.has(v));
  if (type) f.type = type;
  const quad = list("quad", (v) => /^[1-4]$/.test(v));
  if (quad) f.quad = quad.map(Number);
  const modality = list("modality", (v) => MODALITY_SET.has(v));
  if (modality) f.modality = modality;
  const conf = q.get("min_confidence");
  if (conf !== null) {
    const n = Number(conf);
    if (conf !== "" && Number.isFinite(n) && n >= 0 && n <= 1) f.min_confidence = n;
    else bad("min_confidence", conf);
  }
  return f;
}

/** Lists are kept in the ontology's order, so the same selection always has the same URL. */
function listOrder(name: string): (a: string, b: string) => number {
  const order: readonly string[] =
    name === "type" ? PLOVER_TYPES : name === "modality" ? MODALITIES : ["1", "2", "3", "4"];
  return (a, b) => order.indexOf(a) - order.indexOf(b);
}

/** Writes a state as a canonical query string ("" for the default view), with its leading "?". */
export function stateToSearch(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.view !== "overview") q.set("view", state.view);
  if (state.view === "event" && state.id !== undefined) q.set("id", state.id);
  if (state.view === "actor" && state.code !== undefined) q.set("code", state.code);
  const f = state.filters;
  for (const [name] of TEXT_FILTERS) {
    const v = f[name];
    if (v !== undefined) q.set(name, v);
  }
  if (f.type?.length) q.set("type", [...f.type].sort(listOrder("type")).join(","));
  if (f.quad?.length) q.set("quad", [...f.quad].sort((a, b) => a - b).join(","));
  if (f.modality?.length) q.set("modality", [...f.modality].sort(listOrder("modality")).join(","));
  if (f.min_confidence !== undefined) q.set("min_confidence", String(f.min_confidence));
  if (state.by !== DEFAULT_STATE.by) q.set("by", state.by);
  if (state.sort !== DEFAULT_STATE.sort) q.set("sort", state.sort);
  if (state.map !== DEFAULT_STATE.map) q.set("map", state.map);
  if (state.shade !== DEFAULT_STATE.shade) q.set("shade", state.shade);
  const s = q.toString();
  return s === "" ? "" : `?${s}`;
}

/** How many filters are set. */
export function filterCount(f: Filters): number {
  return Object.values(f).filter((v) => v !== undefined && !(Array.isArray(v) && v.length === 0))
    .length;
}

/** The filters with some fields replaced; `undefined` removes a field. */
export function withFilters(
  f: Filters,
  patch: { readonly [K in keyof Filters]?: Filters[K] | undefined },
): Filters {
  const merged: Record<string, unknown> = { ...f, ...patch };
  const kept = Object.entries(merged).filter(
    ([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0),
  );
  return Object.fromEntries(kept) as Filters;
}
