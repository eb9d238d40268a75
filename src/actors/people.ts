/**
 * Well-known public figures (data/actors/people.tsv): their name alone gives country, sector and
 * office, and the document date tells a sitting official from a former one (PLOVER ELI). People who
 * served different states or bodies over time carry the post of each term in the `terms` cell.
 */
import { dataPath } from "../core/data-path.js";
import { DataFileError } from "../core/errors.js";
import { readTsv } from "../core/read-tsv.js";
import { splitList, type PatternEntry } from "./builtin-tables.js";
import type { ActorEntry, PersonTerm } from "./kb-types.js";

/**
 * "FROM-TO" or "FROM-" (YYYY or YYYY.MM), optionally "=CODE SECTOR[+SECTOR] Office words" for the
 * post of that term.
 */
const TERM =
  /^(\d{4})(?:\.(\d{2}))?-(?:(\d{4})(?:\.(\d{2}))?)?(?:=([A-Z]{3,6}) ([A-Z]{3}(?:\+[A-Z]{3})*)(?: (.+))?)?$/;

/** Months since year 0 of a year and optional 1-based month (default: January or December). */
function monthIndex(year: string, month: string | undefined, dflt: number): number {
  const m = month ? Number(month) : dflt;
  return m >= 1 && m <= 12 ? Number(year) * 12 + m - 1 : Number.NaN;
}

function parseTerm(t: string, path: string, line: number): PersonTerm {
  const m = TERM.exec(t);
  if (!m) {
    throw new DataFileError(
      path,
      line,
      `bad term "${t}" (want YYYY-YYYY or YYYY-, optionally "=CODE SECTOR Office")`,
    );
  }
  const from = monthIndex(m[1] ?? "", m[2], 1);
  const to = m[3] ? monthIndex(m[3], m[4], 12) : Number.POSITIVE_INFINITY;
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) {
    throw new DataFileError(
      path,
      line,
      `bad term "${t}" (month out of range or ends before it starts)`,
    );
  }
  const post = m[5] && m[6] ? { code: m[5], sector: m[6].split("+") } : {};
  return { from, to, ...post, ...(m[7] ? { office: m[7].trim() } : {}) };
}

/** Parses a `terms` cell; a malformed term throws DataFileError naming `path:line`. */
export function parseTerms(cell: string, path: string, line: number): PersonTerm[] {
  return splitList(cell).map((t) => parseTerm(t, path, line));
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

/** Month index (year * 12 + month - 1) of a YYYY[-MM...] date, or NaN; a bare year counts as its middle. */
function monthOf(refDate: string | undefined): number {
  if (!refDate) return Number.NaN;
  const year = Number(refDate.slice(0, 4));
  const month = refDate.length >= 7 ? Number(refDate.slice(5, 7)) : 6;
  return refDate.length >= 4 && month >= 1 && month <= 12 ? year * 12 + month - 1 : Number.NaN;
}

/**
 * The term that speaks for a person in a given month: the latest-starting term that contains it
 * (a handover month belongs to the new post); else, once in office, the last term ended before it
 * (`former` true); before any term, the first one.
 */
export function termAt(
  terms: readonly PersonTerm[],
  month: number,
): { term: PersonTerm; former: boolean } | undefined {
  let inside: PersonTerm | undefined;
  let before: PersonTerm | undefined;
  let first: PersonTerm | undefined;
  for (const t of terms) {
    if (month >= t.from && month <= t.to && (!inside || t.from >= inside.from)) inside = t;
    if (t.to < month && (!before || t.to >= before.to)) before = t;
    if (!first || t.from < first.from) first = t;
  }
  if (inside) return { term: inside, former: false };
  if (before) return { term: before, former: true };
  return first ? { term: first, former: false } : undefined;
}

/**
 * Sectors of a listed person at the document date (YYYY..., optional): ELI once they have held
 * office and are out of every term, else the listed sectors. Undated documents keep the listed ones.
 */
export function personSectors(entry: ActorEntry, refDate: string | undefined): readonly string[] {
  return personAt(entry, refDate).sector;
}

const resolved = new WeakMap<ActorEntry, Map<number, ActorEntry>>();

/**
 * A listed person as of the document date: the code, sector and office of the term in force
 * (sector ELI between and after terms). Undated documents, and terms without a post of their own,
 * keep the row's main post. Other entries are returned unchanged.
 */
export function personAt(entry: ActorEntry, refDate: string | undefined): ActorEntry {
  const month = monthOf(refDate);
  const terms = entry.terms;
  if (entry.kind !== "person" || !terms || terms.length === 0 || Number.isNaN(month)) return entry;
  let byMonth = resolved.get(entry);
  if (!byMonth) resolved.set(entry, (byMonth = new Map()));
  const hit = byMonth.get(month);
  if (hit) return hit;
  const at = termAt(terms, month);
  const term = at?.term;
  const office = term?.office ?? (term?.code ? undefined : entry.office);
  const out: ActorEntry = {
    id: entry.id,
    kind: entry.kind,
    form: entry.form,
    name: entry.name,
    officeTitle: entry.officeTitle,
    plural: entry.plural,
    code: term?.code ?? entry.code,
    sector: at?.former ? ["ELI"] : (term?.sector ?? entry.sector),
    ...(office ? { office } : {}),
  };
  byMonth.set(month, out);
  return out;
}
