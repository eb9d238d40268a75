/**
 * The words the dashboard's filters and labels need, from the data dyad ships: PLOVER types with
 * their quad, modes and descriptions, contexts and sectors (data/ontology/plover.json), and the
 * countries' ISO alpha-3 and numeric codes and names (world-countries), which map the world atlas
 * shapes (numeric ids) onto dyad's alpha-3 actor codes. Built once per process.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { dataPath } from "../core/data-path.js";
import { DataFileError } from "../core/errors.js";

/** A described term (mode, context or sector). */
export interface Term {
  readonly name: string;
  readonly description: string;
}

/** One PLOVER event type as the dashboard shows it. */
export interface VocabularyType {
  readonly type: string;
  readonly quad: 1 | 2 | 3 | 4;
  readonly description: string;
  readonly modes: readonly Term[];
}

/** One country: ISO alpha-3 (dyad's actor code), ISO numeric (world atlas id) and common name. */
export interface VocabularyCountry {
  readonly code: string;
  readonly ccn3?: string;
  readonly name: string;
}

/** The body of `GET /api/vocabulary`. */
export interface Vocabulary {
  readonly quads: readonly { readonly quad: 1 | 2 | 3 | 4; readonly label: string }[];
  readonly types: readonly VocabularyType[];
  readonly contexts: readonly Term[];
  readonly sectors: readonly Term[];
  readonly countries: readonly VocabularyCountry[];
}

interface PloverJson {
  quad_codes: { code: 1 | 2 | 3 | 4; label: string }[];
  event_types: {
    type: string;
    quad_code: 1 | 2 | 3 | 4;
    description: string;
    modes: { mode: string; description?: string }[];
  }[];
  contexts: { context: string; description?: string }[];
  sectors: { code: string; description?: string }[];
}

let cached: Vocabulary | undefined;

/** Returns the vocabulary, reading the ontology and country data on first use. */
export function vocabulary(): Vocabulary {
  cached ??= load();
  return cached;
}

function load(): Vocabulary {
  const file = dataPath("ontology", "plover.json");
  let json: PloverJson;
  try {
    json = JSON.parse(readFileSync(file, "utf8")) as PloverJson;
  } catch (err) {
    throw new DataFileError(file, undefined, "cannot read the PLOVER ontology", { cause: err });
  }
  const countries = (createRequire(import.meta.url)("world-countries") as Country[])
    .map((c) => ({
      code: c.cca3,
      ...(c.ccn3 ? { ccn3: c.ccn3 } : {}),
      name: c.name.common,
    }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  return {
    quads: json.quad_codes.map((q) => ({ quad: q.code, label: q.label })),
    types: json.event_types.map((t) => ({
      type: t.type,
      quad: t.quad_code,
      description: t.description,
      modes: t.modes.map((m) => ({ name: m.mode, description: m.description ?? "" })),
    })),
    contexts: json.contexts.map((c) => ({ name: c.context, description: c.description ?? "" })),
    sectors: json.sectors.map((s) => ({ name: s.code, description: s.description ?? "" })),
    countries,
  };
}
