/**
 * Builds data/actors/countries.tsv: the base rows come from the `world-countries` package
 * (ODbL 1.0), then the hand-curated data/actors/country-aliases.tsv is merged on top.
 *
 * Run: npx tsx scripts/build-countries.ts
 * Fails (exit 1) when a pattern would name two different actor codes, so every ambiguity is
 * settled by a curated `drop` row instead of by accident of file order.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface WorldCountry {
  readonly cca3: string;
  readonly independent: boolean | null;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly capital: readonly string[];
  readonly demonyms: { readonly eng?: { readonly m: string; readonly f: string } };
}

interface Row {
  key: string;
  code: string;
  iso3: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  plurals: string[];
  capitals: string[];
  metonyms: string[];
  sector: string[];
  note: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const countries = require("world-countries/countries.json") as readonly WorldCountry[];

/** Alternative spellings worth matching: English-looking, not bare 2-letter ISO codes. */
const usableSpelling = (s: string): boolean =>
  /^[A-Za-z][A-Za-z .'()-]{2,}$/.test(s) && !s.includes(",");

/** Plural noun for a demonym ("Omani" -> "Omanis"); none for -ese/-ish/-ch/-ss forms. */
function pluralOf(demonym: string): string | undefined {
  return /(ese|ish|[^z]ch|ss|sh|x)$/.test(demonym) ? undefined : `${demonym}s`;
}

function baseRow(c: WorldCountry): Row {
  const eng = c.demonyms.eng;
  const demonyms = eng
    ? [...new Set([eng.m, eng.f].flatMap((d) => d.split(/, | or /)))].filter(Boolean)
    : [];
  const independent = c.independent === true;
  return {
    key: c.cca3,
    code: c.cca3,
    iso3: c.cca3,
    name: c.name.common,
    aliases: [c.name.common, c.name.official, ...c.altSpellings.filter(usableSpelling)],
    demonyms,
    plurals: demonyms.map(pluralOf).filter((p): p is string => p !== undefined),
    capitals: [...c.capital],
    metonyms: [],
    sector: [],
    note: independent ? "" : "not independent",
  };
}

function listField(row: Row, field: string): string[] | undefined {
  const lists: Record<string, string[]> = {
    alias: row.aliases,
    demonym: row.demonyms,
    plural: row.plurals,
    capital: row.capitals,
    metonym: row.metonyms,
    sector: row.sector,
  };
  return lists[field];
}

function applyAlias(rows: Map<string, Row>, line: number, cells: string[]): void {
  const [key = "", field = "", value = "", note = ""] = cells;
  let row = rows.get(key);
  if (!row) {
    if (field !== "name")
      throw new Error(
        `country-aliases.tsv:${line}: unknown key ${key} (first row of a new entity must be 'name')`,
      );
    row = {
      key,
      code: "",
      iso3: "",
      name: value,
      aliases: [value],
      demonyms: [],
      plurals: [],
      capitals: [],
      metonyms: [],
      sector: [],
      note,
    };
    rows.set(key, row);
    return;
  }
  if (field === "fold") {
    // A folded dependency shares demonyms and capitals with its sovereign ("French", "Dutch")
    // or has ambiguous ones ("Hamilton"): it keeps only its names.
    row.code = value;
    row.demonyms = [];
    row.plurals = [];
    row.capitals = [];
  } else if (field === "code") row.code = value;
  else if (field === "name") row.name = value;
  else if (field === "note") row.note = value;
  else if (field === "drop") {
    for (const list of [row.aliases, row.demonyms, row.plurals, row.capitals, row.metonyms]) {
      const at = list.indexOf(value);
      if (at >= 0) list.splice(at, 1);
    }
  } else {
    const list = listField(row, field);
    if (!list) throw new Error(`country-aliases.tsv:${line}: unknown field ${field}`);
    if (!list.includes(value)) list.push(value);
  }
}

function checkCollisions(rows: Iterable<Row>): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const row of rows) {
    for (const p of [
      ...row.aliases,
      ...row.demonyms,
      ...row.plurals,
      ...row.capitals,
      ...row.metonyms.map((m) => m.split("=")[0] ?? m),
    ]) {
      const prev = owner.get(p);
      if (prev !== undefined && prev !== row.code)
        problems.push(`"${p}" names both ${prev} and ${row.code} (${row.key})`);
      owner.set(p, row.code);
    }
  }
  return problems;
}

function main(): void {
  const rows = new Map<string, Row>();
  for (const c of countries) rows.set(c.cca3, baseRow(c));
  const aliasText = readFileSync(join(root, "data/actors/country-aliases.tsv"), "utf8");
  let seenHeader = false;
  aliasText.split("\n").forEach((text, i) => {
    if (text.trim() === "" || text.startsWith("#")) return;
    if (seenHeader) applyAlias(rows, i + 1, text.split("\t"));
    seenHeader = true;
  });
  const problems = checkCollisions(rows.values());
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  const header =
    "id\tcode\tiso3\tname\taliases\tdemonyms\tplurals\tcapitals\tmetonyms\tsector\tnote";
  const body = [...rows.values()]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((r) => {
      const uniq = (xs: string[]): string => [...new Set(xs)].join(";");
      const id = `country-${r.key.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
      return [
        id,
        r.code,
        r.iso3,
        r.name,
        uniq(r.aliases),
        uniq(r.demonyms),
        uniq(r.plurals),
        uniq(r.capitals),
        uniq(r.metonyms),
        uniq(r.sector),
        r.note,
      ].join("\t");
    });
  const preamble = [
    "# GENERATED by scripts/build-countries.ts from world-countries (ODbL 1.0) + country-aliases.tsv. Do not edit by hand.",
    "# code = PLOVER actor code (dependencies folded into their sovereign); lists are ';'-separated; metonyms are TEXT=SECTOR.",
  ];
  writeFileSync(
    join(root, "data/actors/countries.tsv"),
    [...preamble, header, ...body, ""].join("\n"),
  );
  console.log(`wrote ${rows.size} rows`);
}

main();
