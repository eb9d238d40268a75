/**
 * Well-known public figures (data/actors/people.tsv): their name alone gives country, sector and
 * office, and the document date tells a sitting official from a former one (PLOVER ELI).
 */
import { dataPath } from "../core/data-path.js";
import { DataFileError } from "../core/errors.js";
import { readTsv } from "../core/read-tsv.js";
import { splitList, type PatternEntry } from "./builtin-tables.js";
import type { ActorEntry } from "./kb-types.js";

/** A term of office as [first year, last year]; an open term ends in year Infinity. */
export type Term = readonly [number, number];

const TERM = /^(\d{4})-(\d{4})?$/;

function parseTerms(cell: string, path: string, line: number): Term[] {
  return splitList(cell).map((t) => {
    const m = TERM.exec(t);
    if (!m) throw new DataFileError(path, line, `bad term "${t}" (want YYYY-YYYY or YYYY-)`);
    return [Number(m[1]), m[2] ? Number(m[2]) : Number.POSITIVE_INFINITY] as const;
  });
}

/** Patterns of people.tsv: the full name and every alias, all pointing to one person entry. */
export function peoplePatterns(): PatternEntry[] {
  const path = dataPath("actors", "people.tsv");
  const out: PatternEntry[] = [];
  for (const { line, cells: c } of readTsv(path, [
    "id",
    "name",
    "aliases",
    "code",
    "sector",
    "office",
    "terms",
  ])) {
    const name = c.name ?? "";
    const entry: ActorEntry = {
      id: c.id ?? "",
      kind: "person",
      form: "person",
      code: c.code ?? "",
      sector: splitList(c.sector),
      name,
      ...(c.office ? { office: c.office } : {}),
      officeTitle: false,
      plural: false,
      terms: parseTerms(c.terms ?? "", path, line),
    };
    for (const p of [name, ...splitList(c.aliases)]) out.push({ pattern: p, entry });
  }
  return out;
}

/**
 * Sectors of a listed person at the document date (YYYY..., optional): ELI once they have held
 * office and are out of every term, else the listed sectors. Undated documents keep the listed ones.
 */
export function personSectors(entry: ActorEntry, refDate: string | undefined): readonly string[] {
  const terms = entry.terms;
  const year = refDate ? Number(refDate.slice(0, 4)) : Number.NaN;
  if (!terms || terms.length === 0 || Number.isNaN(year)) return entry.sector;
  const first = Math.min(...terms.map((t) => t[0]));
  const inOffice = terms.some(([from, to]) => year >= from && year <= to);
  return !inOffice && year > first ? ["ELI"] : entry.sector;
}
