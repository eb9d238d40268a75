import { readFileSync } from "node:fs";
import type { PloverType } from "./types.js";
import { dataPath } from "./data-path.js";
import { readTsv } from "./read-tsv.js";

/** Facts about one PLOVER event type used when writing records. */
export interface PloverTypeInfo {
  readonly type: PloverType;
  readonly quad: 1 | 2 | 3 | 4;
  readonly intensity: number;
  readonly modes: ReadonlyMap<string, number | undefined>;
}

/** One CAMEO code with its PLOVER translation. */
export interface CameoInfo {
  readonly code: string;
  readonly name: string;
  readonly goldstein?: number;
  readonly ploverType?: string;
}

/** The PLOVER 2.0 + CAMEO ontology, loaded once from data/ontology. */
export interface Ontology {
  readonly types: ReadonlyMap<PloverType, PloverTypeInfo>;
  readonly contexts: ReadonlySet<string>;
  readonly sectors: ReadonlySet<string>;
  readonly cameo: ReadonlyMap<string, CameoInfo>;
}

interface PloverJson {
  event_types: {
    type: PloverType;
    quad_code: 1 | 2 | 3 | 4;
    intensity: number;
    modes: { mode: string; intensity?: number }[];
  }[];
  contexts: { context: string }[];
  sectors: { code: string }[];
}

let cached: Ontology | undefined;

/** Returns the ontology, parsing data/ontology on first use. */
export function ontology(): Ontology {
  cached ??= load();
  return cached;
}

function load(): Ontology {
  const json = JSON.parse(readFileSync(dataPath("ontology", "plover.json"), "utf8")) as PloverJson;
  const types = new Map<PloverType, PloverTypeInfo>();
  for (const t of json.event_types) {
    const modes = new Map(t.modes.map((m) => [m.mode, m.intensity] as const));
    types.set(t.type, { type: t.type, quad: t.quad_code, intensity: t.intensity, modes });
  }
  const cameo = new Map<string, CameoInfo>();
  for (const row of readTsv(dataPath("ontology", "cameo.tsv"), ["code", "name", "goldstein"])) {
    const c = row.cells;
    const g = c["goldstein"] === "" ? undefined : Number(c["goldstein"]);
    cameo.set(c["code"] ?? "", {
      code: c["code"] ?? "",
      name: c["name"] ?? "",
      ...(g === undefined ? {} : { goldstein: g }),
      ...(c["plover_type"] ? { ploverType: c["plover_type"] } : {}),
    });
  }
  return {
    types,
    contexts: new Set(json.contexts.map((c) => c.context)),
    sectors: new Set(json.sectors.map((s) => s.code)),
    cameo,
  };
}

/** True when `s` names one of the 16 PLOVER 2.0 event types. */
export function isPloverType(s: string): s is PloverType {
  return ontology().types.has(s as PloverType);
}

/**
 * The intensity of an event: its mode's score where the manual gives one, else the type's.
 * ACCUSE's printed +3 is a known sign typo in the manual (its modes are all negative), so it is negated.
 */
export function intensityOf(type: PloverType, modes: readonly string[]): number {
  const info = ontology().types.get(type);
  if (!info) return 0;
  for (const m of modes) {
    const v = info.modes.get(m);
    if (v !== undefined) return v;
  }
  return type === "ACCUSE" ? -Math.abs(info.intensity) : info.intensity;
}
