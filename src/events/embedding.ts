import { readFileSync } from "node:fs";
import { dataPath } from "../core/data-path.js";
import { DataFileError } from "../core/errors.js";
import { isPloverType } from "../core/ontology.js";
import { parseTsv } from "../core/read-tsv.js";
import type { Modality, PloverType, Token } from "../core/types.js";
import { withComplementMode, withComplementVerb } from "./complement-mode.js";
import type { Hit } from "./find-hits.js";
import type { CueRule, TriggerRule } from "./lexicon.js";

/** Governor cell of a row whose governors are `opaque` cues (denials, hopes, doubts). */
export const OPAQUE = "opaque";

/**
 * One row of embedding.tsv: a verbal event type, or an `opaque` cue of cues.tsv, whose complement
 * is not an event of its own.
 */
export interface EmbeddingRule {
  readonly id: string;
  readonly governor: PloverType | typeof OPAQUE;
  /** Ids of the `opaque` cues that govern, for an `opaque` row (empty otherwise). */
  readonly governorCues: ReadonlySet<string>;
  readonly linkers: ReadonlySet<string>;
  readonly maxGap: number;
  /** Complement types that replace the governor instead of being dropped. */
  readonly promote: ReadonlySet<string>;
  readonly promoteTo?: PloverType;
  readonly promoteCameo: string;
  readonly promoteModality?: Modality;
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
    const governorCues = new Set((c["governor_cues"] ?? "").split("|").filter(Boolean));
    if (governor !== OPAQUE && !isPloverType(governor))
      throw new DataFileError(file, r.line, `unknown type ${governor}`);
    if ((governor === OPAQUE) !== governorCues.size > 0)
      throw new DataFileError(file, r.line, "governor_cues is for (and needed by) opaque rows");
    if (!(maxGap > 0)) throw new DataFileError(file, r.line, "bad max_gap");
    const promoteTo = c["promote_to"] ?? "";
    if (promoteTo && !isPloverType(promoteTo))
      throw new DataFileError(file, r.line, `unknown type ${promoteTo}`);
    return {
      id: c["id"] ?? "",
      governor,
      governorCues,
      linkers: new Set((c["linkers"] ?? "").split("|")),
      maxGap,
      promote: new Set((c["promote"] ?? "").split("|").filter(Boolean)),
      ...(promoteTo ? { promoteTo: promoteTo as PloverType } : {}),
      promoteCameo: c["promote_cameo"] ?? "",
      ...(c["promote_modality"] ? { promoteModality: c["promote_modality"] as Modality } : {}),
    };
  });
}

const BREAKS = new Set([".", ";", ":", "?", "!"]);

/**
 * Removes triggers that sit in the complement of an earlier verbal trigger of the same sentence;
 * a complement whose type the rule promotes replaces its governor instead ("agreed to withdraw").
 * A trigger in the complement of an `opaque` cue ("denied charges that it shelled ...", "is
 * skeptical the talks will resume") is dropped too, and so is whatever that trigger governs.
 */
export function dropEmbedded(
  triggers: readonly Hit<TriggerRule>[],
  tokens: readonly Token[],
  rules: readonly EmbeddingRule[],
  opaque: readonly Hit<CueRule>[] = [],
): Hit<TriggerRule>[] {
  const kept: Hit<TriggerRule>[] = [];
  const unasserted: Hit<TriggerRule>[] = [];
  for (const t of triggers) {
    if (inOpaqueComplement(t, opaque, unasserted, tokens, rules)) {
      unasserted.push(t);
      continue;
    }
    let governed = false;
    for (let k = 0; k < kept.length && !governed; k++) {
      const g = kept[k]!;
      const all = rules.filter((x) => governs(x, g.rule.type, g, t, tokens));
      if (all.length === 0) continue;
      governed = true;
      const r = all.find((x) => x.promote.has(t.rule.type));
      if (r) kept[k] = promote(t, r, r.promoteTo ?? t.rule.type);
      // "urged Israel to free the prisoners": the dropped act says what is asked (REQUEST yield).
      else kept[k] = { ...g, rule: withComplementMode(g.rule, t.rule) };
    }
    if (!governed) kept.push(t);
  }
  return kept.map((g) => withComplementVerb(g, tokens));
}

/** True when `t` is in the complement of an opaque cue, or of a trigger already found in one. */
function inOpaqueComplement(
  t: Hit<TriggerRule>,
  opaque: readonly Hit<CueRule>[],
  unasserted: readonly Hit<TriggerRule>[],
  tokens: readonly Token[],
  rules: readonly EmbeddingRule[],
): boolean {
  for (const r of rules) {
    if (r.governor !== OPAQUE) continue;
    for (const c of opaque)
      if (r.governorCues.has(c.rule.id) && governs(r, OPAQUE, c, t, tokens)) return true;
  }
  return unasserted.some((g) => rules.some((r) => governs(r, g.rule.type, g, t, tokens)));
}

function promote(t: Hit<TriggerRule>, r: EmbeddingRule, to: PloverType): Hit<TriggerRule> {
  const same = t.rule.type === to;
  const rule: TriggerRule = {
    ...t.rule,
    id: `${t.rule.id}+${r.id}`,
    ...(r.promoteModality ? { promotedModality: r.promoteModality } : {}),
    type: to,
    mode: same ? t.rule.mode : "",
    cameo: same ? t.rule.cameo : r.promoteCameo,
  };
  return { ...t, rule };
}

/** Finite forms of "be" and "have": a complement ("to ...", "for ...ing") has none of its own. */
const FINITE_AUX = new Set(["is", "are", "was", "were", "has", "have", "had"]);

const COORD = new Set(["and", "but"]);
/** Linker cell value meaning "the governor's direct object" ("welcomed the verdict"). */
const OBJECT_LINKER = "_object";
/** Linker cell value meaning "the complement starts right after the governor": "considering sending aid". */
const ADJACENT_LINKER = "_adjacent";
/** Linker cell value meaning "no linker needed": "denied charges he ran a hit squad". */
const BARE_LINKER = "_none";
/**
 * Words that open an adverbial clause: "rejected the charges as troops attacked the town" asserts
 * the attack. They end an opaque complement (a trigger's complement keeps its older, wider reach).
 */
const CLAUSE_OPENERS = new Set([
  "as",
  "after",
  "before",
  "when",
  "while",
  "whereas",
  "although",
  "though",
  "because",
  "since",
  "until",
  "but",
]);
const OBJECT_NP = new Set(["DET", "ADJ", "NUM", "PROPN"]);

/** True when event noun `t` heads the noun phrase right after the governor (its direct object). */
function isDirectObject(tokens: readonly Token[], from: number, t: Hit<TriggerRule>): boolean {
  if (tokens[t.start]?.pos !== "NOUN" || t.start - from > 3) return false;
  for (let i = from; i < t.start; i++) {
    const tok = tokens[i];
    if (!tok || (!OBJECT_NP.has(tok.pos) && tok.lower !== "'s")) return false;
  }
  return true;
}

/** True when `tok` opens an adverbial clause; "as a partner" is a role, not a clause. */
function opensClause(tok: Token, next: Token | undefined): boolean {
  if (!CLAUSE_OPENERS.has(tok.lower)) return false;
  return !(tok.lower === "as" && (next?.lower === "a" || next?.lower === "an"));
}

function inflectedVerb(tok: Token | undefined): boolean {
  return tok?.pos === "VERB" && tok.lower !== tok.lemma && !tok.lower.endsWith("ing");
}

function finiteAux(tok: Token | undefined): boolean {
  return tok?.pos === "AUX" && FINITE_AUX.has(tok.lower);
}

function governs(
  r: EmbeddingRule,
  governorType: string,
  g: { readonly start: number; readonly end: number },
  t: Hit<TriggerRule>,
  tokens: readonly Token[],
): boolean {
  if (governorType !== r.governor || t.start < g.end || t.start - g.end > r.maxGap) return false;
  if (r.linkers.has(OBJECT_LINKER) && isDirectObject(tokens, g.end, t)) return true;
  if (r.linkers.has(ADJACENT_LINKER)) return t.start === g.end;
  const opaque = r.governor === OPAQUE;
  let linked = r.linkers.has(BARE_LINKER);
  let comma = false;
  for (let i = g.end; i < t.start; i++) {
    const tok = tokens[i]!;
    if (BREAKS.has(tok.text) || tok.lemma === "say") return false;
    if (opaque && opensClause(tok, tokens[i + 1])) return false;
    // "The men jailed for spying were freed": a finite auxiliary opens the subject's main clause.
    if (finiteAux(tok) && linked && !opaque) return false;
    // "condemned the strike ... and called on Washington to ...": an inflected verb after "and"
    // is a second predicate of the subject; a base form ("to stop and withdraw") continues.
    if (COORD.has(tok.lower) && inflectedVerb(tokens[i + 1])) return false;
    // "Despite calls for a pause, the army shelled ...": after a comma only a new linker continues
    // the complement; otherwise a new clause has begun.
    if (tok.text === ",") [linked, comma] = [false, true];
    else if (r.linkers.has(tok.lower)) linked = true;
  }
  if (finiteAux(tokens[t.start]) && linked && !opaque) return false;
  // The governor's own words can hold the linker ("called for", "called on Israel to stop ...").
  for (let i = g.start + 1; i < g.end && !linked && !comma; i++)
    linked = r.linkers.has(tokens[i]!.lower);
  return linked;
}
