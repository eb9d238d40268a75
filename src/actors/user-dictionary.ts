/**
 * Reads user actor dictionaries (`--actors FILE`): TSV, or JSON for tools that emit it.
 * The format is documented in data/actors/README.md.
 */
import { readFileSync } from "node:fs";
import { DataFileError } from "../core/errors.js";
import { parseTsv } from "../core/read-tsv.js";
import type { PatternEntry } from "./builtin-tables.js";
import { splitList } from "./builtin-tables.js";
import type { ActorEntry, EntryForm } from "./kb-types.js";

const TYPES = new Set(["person", "group", "organisation", "country", "dictionary"]);
const SECTOR_CODE = /^[A-Z]{3}$/;
const ACTOR_CODE = /^[A-Z]{3,6}$/;

/** One user row before validation. */
interface RawUserRow {
  readonly line: number | undefined;
  readonly id?: string;
  readonly patterns: string[];
  readonly code: string;
  readonly sector: string[];
  readonly office: string;
  readonly type: string;
  readonly name: string;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function toEntries(file: string, row: RawUserRow): PatternEntry[] {
  const fail = (msg: string): never => {
    throw new DataFileError(file, row.line, msg);
  };
  if (row.patterns.length === 0) fail("empty pattern");
  if (!ACTOR_CODE.test(row.code))
    fail(`code "${row.code}" is not an actor code (3-6 capital letters)`);
  const bad = row.sector.find((s) => !SECTOR_CODE.test(s));
  if (bad !== undefined) fail(`sector "${bad}" is not a 3-letter code`);
  const type = row.type === "" ? "dictionary" : row.type;
  if (!TYPES.has(type)) fail(`type "${row.type}" is not one of ${[...TYPES].join(", ")}`);
  const first = row.patterns[0] ?? "";
  const entry: ActorEntry = {
    id: row.id ?? `user-${slug(first)}`,
    kind: "user",
    form: type as EntryForm,
    code: row.code,
    sector: row.sector,
    name: row.name === "" ? first : row.name,
    ...(row.office ? { office: row.office } : {}),
    officeTitle: false,
    plural: type === "group",
  };
  return row.patterns.map((pattern) => ({ pattern, entry }));
}

function fromTsv(file: string, text: string): RawUserRow[] {
  return parseTsv(text, file, ["code"]).map(({ line, cells: c }) => {
    const patterns = splitList(c.pattern ?? c.name);
    if (c.pattern === undefined && c.name === undefined)
      throw new DataFileError(file, line, "needs a pattern or name column");
    return {
      line,
      ...(c.id ? { id: c.id } : {}),
      patterns,
      code: c.code ?? "",
      sector: splitList(c.sector),
      office: c.office ?? "",
      type: c.type ?? "",
      name: c.name ?? "",
    };
  });
}

function str(v: unknown): string {
  return typeof v === "string" ? v.trim() : "";
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter((s) => s !== "");
  return splitList(str(v));
}

function fromJson(file: string, text: string): RawUserRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new DataFileError(file, undefined, "invalid JSON", { cause });
  }
  if (!Array.isArray(data))
    throw new DataFileError(file, undefined, "expected a JSON array of actor objects");
  return data.map((item: unknown, i) => {
    if (typeof item !== "object" || item === null)
      throw new DataFileError(file, undefined, `item ${i + 1} is not an object`);
    const o = item as Record<string, unknown>;
    const patterns = list(o.pattern ?? o.name);
    // JSON has no line numbers that survive parsing; the item index stands in for them.
    return {
      line: i + 1,
      patterns,
      code: str(o.code),
      sector: list(o.sector),
      office: str(o.office),
      type: str(o.type),
      name: str(o.name),
    };
  });
}

/** Reads one user dictionary file (.json, else TSV) into pattern entries; throws DataFileError. */
export function readUserDictionary(file: string): PatternEntry[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new DataFileError(file, undefined, "cannot read actor dictionary", { cause });
  }
  const rows = file.toLowerCase().endsWith(".json") ? fromJson(file, text) : fromTsv(file, text);
  return rows.flatMap((row) => toEntries(file, row));
}
