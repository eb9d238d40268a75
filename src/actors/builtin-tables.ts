/**
 * Parses the built-in tables under data/actors/ into knowledge-base entries.
 */
import { dataPath } from "../core/data-path.js";
import { DataFileError } from "../core/errors.js";
import { readTsv, type TsvRow } from "../core/read-tsv.js";
import type {
  ActorEntry,
  EntryForm,
  FunctionWordKind,
  PronounEntry,
  PronounTarget,
} from "./kb-types.js";

/** A pattern and the entry it stands for. */
export interface PatternEntry {
  readonly pattern: string;
  readonly entry: ActorEntry;
}

const SECTOR_FORMS = new Set(["role", "body", "group", "collective"]);
const FUNCTION_KINDS = new Set([
  "displacement",
  "counterpart",
  "time",
  "determiner",
  "indefinite",
  "locative",
  "coordinator",
  "former",
  "cataphora",
  "not-name",
  "speech",
  "attributive",
]);
const PRONOUN_TARGETS = new Set(["person", "group", "organisation"]);

function table(file: string, required: readonly string[]): { path: string; rows: TsvRow[] } {
  const path = dataPath("actors", file);
  return { path, rows: readTsv(path, required) };
}

/** Splits a ';'-separated cell into trimmed, non-empty items. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Patterns of countries.tsv: names, demonyms, plurals, capitals and metonyms. */
export function countryPatterns(): PatternEntry[] {
  const out: PatternEntry[] = [];
  const { rows } = table("countries.tsv", [
    "id",
    "code",
    "name",
    "aliases",
    "demonyms",
    "plurals",
    "capitals",
    "metonyms",
    "sector",
  ]);
  for (const { cells: c } of rows) {
    const base = {
      id: c.id ?? "",
      code: c.code ?? "",
      name: c.name ?? "",
      officeTitle: false,
      plural: false,
    };
    const sector = splitList(c.sector);
    const push = (
      pattern: string,
      kind: "country" | "capital",
      form: EntryForm,
      extra: readonly string[] = [],
    ): void => {
      const entry: ActorEntry = {
        ...base,
        kind,
        form,
        sector: [...extra, ...sector],
        plural: form === "plural",
      };
      out.push({ pattern, entry });
    };
    // The name itself too: a `drop` of a capital equal to the name ("Singapore") empties it from
    // the alias list, and the country must still be found by name.
    for (const p of new Set([c.name ?? "", ...splitList(c.aliases)]))
      if (p) push(p, "country", "name");
    for (const p of splitList(c.demonyms)) push(p, "country", "demonym");
    for (const p of splitList(c.plurals)) push(p, "country", "plural");
    for (const p of splitList(c.capitals)) push(p, "capital", "capital", ["GOV"]);
    for (const m of splitList(c.metonyms)) {
      const [text = "", sec = "GOV"] = m.split("=");
      push(text, "capital", "capital", splitList(sec));
    }
  }
  return out;
}

/** Patterns of organisations.tsv (organisations and regional groupings). */
export function organisationPatterns(): PatternEntry[] {
  const out: PatternEntry[] = [];
  const { rows } = table("organisations.tsv", [
    "id",
    "code",
    "sector",
    "type",
    "name",
    "aliases",
    "office",
  ]);
  for (const { cells: c } of rows) {
    const region = c.type === "region";
    const entry: ActorEntry = {
      id: c.id ?? "",
      kind: region ? "region" : "organisation",
      form: region ? "collective" : "organisation",
      code: c.code ?? "",
      sector: splitList(c.sector),
      name: c.name ?? "",
      ...(c.office ? { office: c.office } : {}),
      officeTitle: (c.office ?? "") !== "",
      plural: false,
    };
    for (const p of [c.name ?? "", ...splitList(c.aliases)]) {
      if (p !== "") out.push({ pattern: p, entry: { ...entry, plural: region && /s$/.test(p) } });
    }
  }
  return out;
}

/** Regular English plural of a phrase's last word ("minister" -> "ministers"). */
export function pluralPhrase(p: string): string {
  if (/[^aeiou]y$/.test(p)) return `${p.slice(0, -1)}ies`;
  if (/man$/.test(p)) return `${p.slice(0, -3)}men`;
  if (/(s|sh|ch|x)$/.test(p)) return `${p}es`;
  return `${p}s`;
}

/** Patterns of sectors.tsv, each with its regular plural. */
export function sectorPatterns(): PatternEntry[] {
  const out: PatternEntry[] = [];
  const { path, rows } = table("sectors.tsv", [
    "id",
    "pattern",
    "sector",
    "kind",
    "office_title",
    "office",
    "bare",
  ]);
  for (const { line, cells: c } of rows) {
    const form = c.kind ?? "";
    if (!SECTOR_FORMS.has(form)) throw new DataFileError(path, line, `unknown kind "${form}"`);
    const entry: ActorEntry = {
      id: c.id ?? "",
      kind: "sector",
      form: form as EntryForm,
      code: "",
      sector: splitList(c.sector),
      name: "",
      ...(c.office ? { office: c.office } : {}),
      officeTitle: c.office_title === "true",
      plural: form === "group",
      bare: c.bare === "true",
      local: c.local === "true",
      home: c.home === "true",
    };
    const p = c.pattern ?? "";
    out.push({ pattern: p, entry });
    if (form !== "group")
      out.push({ pattern: pluralPhrase(p), entry: { ...entry, plural: true, officeTitle: false } });
  }
  return out;
}

/** Patterns of honorifics.tsv and blockers.tsv. */
export function honorificAndBlockerPatterns(): PatternEntry[] {
  const out: PatternEntry[] = [];
  const blank = { code: "", sector: [], name: "", officeTitle: false, plural: false };
  for (const { cells: c } of table("honorifics.tsv", ["id", "pattern", "kind"]).rows) {
    const kind = c.kind === "particle" ? "particle" : "honorific";
    out.push({
      pattern: c.pattern ?? "",
      entry: { ...blank, id: c.id ?? "", kind, form: "title", sector: splitList(c.sector) },
    });
  }
  for (const { cells: c } of table("blockers.tsv", ["id", "pattern"]).rows) {
    out.push({
      pattern: c.pattern ?? "",
      entry: { ...blank, id: c.id ?? "", kind: "blocker", form: "name" },
    });
  }
  return out;
}

/** pronouns.tsv as a map by pronoun. */
export function pronounTable(): Map<string, PronounEntry> {
  const { path, rows } = table("pronouns.tsv", ["id", "pronoun", "refers_to", "window"]);
  const out = new Map<string, PronounEntry>();
  for (const { line, cells: c } of rows) {
    const target = c.refers_to ?? "";
    const window = Number(c.window);
    if (!PRONOUN_TARGETS.has(target) || !Number.isInteger(window))
      throw new DataFileError(path, line, "bad refers_to or window");
    out.set((c.pronoun ?? "").toLowerCase(), {
      id: c.id ?? "",
      refersTo: target as PronounTarget,
      window,
    });
  }
  return out;
}

/** function-words.tsv as a map by word. */
export function functionWordTable(): Map<string, FunctionWordKind> {
  const { path, rows } = table("function-words.tsv", ["id", "word", "kind"]);
  const out = new Map<string, FunctionWordKind>();
  for (const { line, cells: c } of rows) {
    const kind = c.kind ?? "";
    if (!FUNCTION_KINDS.has(kind)) throw new DataFileError(path, line, `unknown kind "${kind}"`);
    out.set((c.word ?? "").toLowerCase(), kind as FunctionWordKind);
  }
  return out;
}

/** org-heads.tsv as a map from lower-cased head word to sectors. */
export function orgHeadTable(): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const { cells: c } of table("org-heads.tsv", ["id", "word", "sector"]).rows)
    out.set((c.word ?? "").toLowerCase(), splitList(c.sector));
  return out;
}

/** Definite descriptions that refer back (descriptions.tsv), by lower-cased word. */
export interface DescriptionTables {
  /** Number words: how many parties "the three ..." names. */
  readonly counts: ReadonlyMap<string, number>;
  /** Plural nouns naming the sides of a relation ("sides", "countries"). */
  readonly parties: ReadonlySet<string>;
  /** Organisation nouns: row id and the codes it may take, or "name" (the word must be in the name). */
  readonly orgs: ReadonlyMap<
    string,
    { readonly id: string; readonly codes: readonly string[] | "name" }
  >;
}

/** descriptions.tsv split by kind. */
export function descriptionTables(): DescriptionTables {
  const { path, rows } = table("descriptions.tsv", ["id", "word", "kind", "value"]);
  const counts = new Map<string, number>();
  const parties = new Set<string>();
  const orgs = new Map<string, { id: string; codes: readonly string[] | "name" }>();
  for (const { line, cells: c } of rows) {
    const word = (c.word ?? "").toLowerCase();
    if (c.kind === "count" && Number.isInteger(Number(c.value))) counts.set(word, Number(c.value));
    else if (c.kind === "party") parties.add(word);
    else if (c.kind === "organisation")
      orgs.set(word, { id: c.id ?? "", codes: c.value === "name" ? "name" : splitList(c.value) });
    else throw new DataFileError(path, line, `bad kind or value "${c.kind ?? ""}"`);
  }
  return { counts, parties, orgs };
}
