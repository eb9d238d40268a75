/**
 * Builds the actor knowledge base from data/actors/*.tsv plus optional user dictionaries.
 */
import {
  countryPatterns,
  functionWordTable,
  honorificAndBlockerPatterns,
  orgHeadTable,
  organisationPatterns,
  pronounTable,
  sectorPatterns,
  type PatternEntry,
} from "./builtin-tables.js";
import type { ActorEntry, ActorKnowledgeBase } from "./kb-types.js";
import { peoplePatterns } from "./people.js";
import { PhraseTrie } from "./phrase-trie.js";
import { readUserDictionary } from "./user-dictionary.js";

export type { ActorKnowledgeBase } from "./kb-types.js";

let builtinPatterns: PatternEntry[] | undefined;
let builtin: ActorKnowledgeBase | undefined;

/**
 * Built-in patterns in priority order: when two tables hold the same phrase the earlier one
 * wins (organisations before countries so "Holy See" stays one entity, sector titles before
 * honorifics so "King" reads as an office).
 */
function builtinList(): PatternEntry[] {
  if (!builtinPatterns) {
    const titles = honorificAndBlockerPatterns();
    builtinPatterns = [
      ...titles.filter((p) => p.entry.kind === "blocker"),
      ...organisationPatterns(),
      ...peoplePatterns(),
      ...countryPatterns(),
      ...sectorPatterns(),
      ...titles.filter((p) => p.entry.kind !== "blocker"),
    ];
  }
  return builtinPatterns;
}

function build(user: readonly PatternEntry[]): ActorKnowledgeBase {
  const phrases = new PhraseTrie<ActorEntry>();
  // User rows replace built-in rows with the same pattern: the user knows their field.
  for (const { pattern, entry } of user) phrases.set(pattern, entry);
  for (const { pattern, entry } of builtinList()) phrases.add(pattern, entry);
  return {
    phrases,
    pronouns: pronounTable(),
    functionWords: functionWordTable(),
    orgHeads: orgHeadTable(),
  };
}

/**
 * Loads the actor knowledge base: the built-in tables (parsed once per process) plus the
 * user dictionaries in `opts.userFiles` (TSV or JSON, see data/actors/README.md).
 * Throws DataFileError (file:line) for a malformed file.
 */
export function loadKnowledgeBase(
  opts: { userFiles?: readonly string[] } = {},
): ActorKnowledgeBase {
  const files = opts.userFiles ?? [];
  if (files.length === 0) {
    builtin ??= build([]);
    return builtin;
  }
  return build(files.flatMap((f) => readUserDictionary(f)));
}
