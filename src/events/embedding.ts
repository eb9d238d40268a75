import { readFileSync } from "node:fs";
import { dataPath } from "../core/data-path.js";
import { DataFileError } from "../core/errors.js";
import { isPloverType } from "../core/ontology.js";
import { parseTsv } from "../core/read-tsv.js";
import type { PloverType, Token } from "../core/types.js";
import type { Hit } from "./find-hits.js";
import type { TriggerRule } from "./lexicon.js";

/** One row of embedding.tsv: a verbal event type whose complement is not an event of its own. */
export interface EmbeddingRule {
  readonly id: string;
  readonly governor: PloverType;
  readonly linkers: ReadonlySet<string>;
  readonly maxGap: number;
}

let builtIn: EmbeddingRule[] | undefined;

/** The built-in embedding rules, parsed once. */
export function defaultEmbeddingRules(): EmbeddingRule[] {
  builtIn ??= parseEmbeddingRules(readFileSync(dataPath("events", "embedding.tsv"), "utf8"));
  return builtIn;
}

/** Parses embedding.tsv text; throws DataFileError naming the bad row. */
export function parseEmbeddingRules(text: string): EmbeddingRule[] {
  const file = "embedding.tsv";
  return parseTsv(text, file, ["id", "governor", "linkers", "max_gap"]).map((r) => {
    const c = r.cells;
    const governor = c["governor"] ?? "";
    const maxGap = Number(c["max_gap"]);
    if (!isPloverType(governor)) throw new DataFileError(file, r.line, `unknown type ${governor}`);
    if (!(maxGap > 0)) throw new DataFileError(file, r.line, "bad max_gap");
    return { id: c["id"] ?? "", governor, linkers: new Set((c["linkers"] ?? "").split("|")), maxGap };
  });
}

const BREAKS = new Set([".", ";", ":", "?", "!"]);

/**
 * Removes triggers that sit in the complement of an earlier verbal trigger of the same sentence,
 * returning the kept triggers and, for each dropped one, the rule that dropped it.
 */
export function dropEmbedded(
  triggers: readonly Hit<TriggerRule>[],
  tokens: readonly Token[],
  rules: readonly EmbeddingRule[],
): Hit<TriggerRule>[] {
  const kept: Hit<TriggerRule>[] = [];
  for (const t of triggers) {
    const governed = kept.some((g) => rules.some((r) => governs(r, g, t, tokens)));
    if (!governed) kept.push(t);
  }
  return kept;
}

function governs(r: EmbeddingRule, g: Hit<TriggerRule>, t: Hit<TriggerRule>, tokens: readonly Token[]): boolean {
  if (g.rule.type !== r.governor || t.start < g.end || t.start - g.end > r.maxGap) return false;
  let linked = false;
  for (let i = g.end; i < t.start; i++) {
    const tok = tokens[i]!;
    if (BREAKS.has(tok.text) || tok.lemma === "say") return false;
    if (r.linkers.has(tok.lower)) linked = true;
  }
  // A trigger's own last word can be the linker ("called for", "accused ... of").
  return linked || r.linkers.has(tokens[g.end - 1]?.lower ?? "");
}
