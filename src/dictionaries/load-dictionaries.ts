import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { DataFileError } from "../core/errors.js";
import type {
  ActorEntry,
  AgentEntry,
  CameoDictionaries,
  DictionaryFamily,
  DiscardEntry,
  VerbEntry,
} from "./dictionary-types.js";
import { parseActors } from "./parse-actors.js";
import { parseAgents } from "./parse-agents.js";
import { parseDiscards } from "./parse-discards.js";
import { parseOptions } from "./parse-options.js";
import { parsePetrarchVerbs } from "./parse-verbs-petrarch.js";
import { parseTabariVerbs } from "./parse-verbs-tabari.js";

/** What a dictionary file holds, told by its name or, failing that, its first lines. */
export type DictionaryKind = "actors" | "agents" | "discards" | "verbs" | "options" | "issues";

const KINDS: readonly DictionaryKind[] = [
  "actors",
  "agents",
  "discards",
  "verbs",
  "options",
  "issues",
];
const HEADER_WORDS: Readonly<Record<string, DictionaryKind>> = {
  ACTOR: "actors",
  AGENT: "agents",
  DISCARD: "discards",
  VERB: "verbs",
  OPTION: "options",
  ISSUE: "issues",
};

/**
 * Reads every dictionary file in `dir` (PETRARCH `PETR.*.actors.txt` ..., TABARI `*.actors`,
 * `*.verbs`, `*.agents`, `*.options`), telling each file's kind from its name or header.
 * Throws DataFileError (file:line) on malformed input or a file whose kind cannot be told.
 */
export function loadDictionaries(dir: string): CameoDictionaries {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => !n.startsWith(".") && !/\.(md|json|jsonl)$/i.test(n))
      .sort();
  } catch (err) {
    throw new DataFileError(dir, undefined, "cannot read the dictionaries folder", { cause: err });
  }
  const acc = emptyAcc();
  for (const name of names) {
    const file = join(dir, name);
    const content = readFileSync(file, "latin1");
    addFile(acc, file, content);
  }
  if (acc.verbs.length === 0)
    throw new DataFileError(dir, undefined, "no verb dictionary in the folder");
  return {
    family: acc.family,
    scheme: acc.family === "tabari" ? "weis" : "cameo",
    actors: acc.actors,
    agents: acc.agents,
    discards: acc.discards,
    verbs: acc.verbs,
    options: acc.options,
    files: acc.files,
  };
}

interface Acc {
  family: DictionaryFamily;
  actors: ActorEntry[];
  agents: AgentEntry[];
  discards: DiscardEntry[];
  verbs: VerbEntry[];
  options: Map<string, string>;
  files: string[];
}

function emptyAcc(): Acc {
  return {
    family: "petrarch",
    actors: [],
    agents: [],
    discards: [],
    verbs: [],
    options: new Map(),
    files: [],
  };
}

/** Parses one file into the accumulator. */
function addFile(acc: Acc, file: string, content: string): void {
  const kind = kindOf(file, content);
  const family = familyOf(file, kind, content);
  acc.files.push(file);
  if (kind === "actors") acc.actors.push(...parseActors(file, content, family));
  else if (kind === "agents") acc.agents.push(...parseAgents(file, content, family));
  else if (kind === "discards") acc.discards.push(...parseDiscards(file, content));
  else if (kind === "options")
    for (const [k, v] of parseOptions(file, content)) acc.options.set(k, v);
  else if (kind === "verbs") {
    acc.family = family;
    acc.verbs.push(
      ...(family === "tabari"
        ? parseTabariVerbs(file, content)
        : parsePetrarchVerbs(file, content)),
    );
  }
}

/** Builds dictionaries from in-memory files (name -> content), as `loadDictionaries` does from a folder. */
export function dictionariesFromFiles(files: Readonly<Record<string, string>>): CameoDictionaries {
  const acc = emptyAcc();
  for (const [name, content] of Object.entries(files)) addFile(acc, name, content);
  return { ...acc, scheme: acc.family === "tabari" ? "weis" : "cameo" };
}

function kindOf(file: string, content: string): DictionaryKind {
  const name = basename(file).toLowerCase();
  for (const k of KINDS) if (name.includes(k.slice(0, -1))) return k;
  const head = content.slice(0, 400).toUpperCase();
  for (const [word, k] of Object.entries(HEADER_WORDS)) if (head.includes(word)) return k;
  throw new DataFileError(
    file,
    undefined,
    "cannot tell which kind of dictionary this is (actors, agents, verbs, ...)",
  );
}

/** `.txt` files and `--- NAME ---` verb blocks are PETRARCH; bare TABARI extensions are TABARI. */
function familyOf(file: string, kind: DictionaryKind, content: string): DictionaryFamily {
  if (kind === "verbs") return /^-{3}.*-{3}\s*$/m.test(content) ? "petrarch" : "tabari";
  return /\.txt$/i.test(file) ? "petrarch" : "tabari";
}
