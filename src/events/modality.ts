import type { Modality, TimeExpression, Token } from "../core/types.js";
import type { Hit } from "./find-hits.js";
import type { CueRule } from "./lexicon.js";

/**
 * How far before a trigger each cue kind reaches, in tokens. "if"-like cues reach to the next
 * comma instead (their clause), which is what `clauseWide` marks.
 */
const REACH: Readonly<Record<string, number>> = {
  negation: 4,
  future: 6,
  hypothetical: 5,
  historical: 8,
};
const CLAUSE_WIDE = new Set(["if", "unless", "whether"]);
/** Extra reach of a cue over the verb phrase a "to" infinitive completes. */
const PURPOSE_REACH = 6;
const PRIORITY: readonly Modality[] = ["negated", "hypothetical", "future", "historical"];
const KIND_TO_MODALITY: Readonly<Record<string, Modality>> = {
  negation: "negated",
  hypothetical: "hypothetical",
  future: "future",
  historical: "historical",
};

/** The modality of a trigger and the cue that decided it (absent for asserted). */
export interface ModalityDecision {
  readonly modality: Modality;
  readonly cue?: string;
}

/**
 * Decides the modality of a trigger from the cues before it in its clause and from its date:
 * negated beats hypothetical beats future beats historical beats asserted.
 */
export function decideModality(
  tokens: readonly Token[],
  cues: readonly Hit<CueRule>[],
  trigStart: number,
  date: TimeExpression | undefined,
  refDate: string | undefined,
): ModalityDecision {
  const found = new Map<Modality, string>();
  for (const c of cues) {
    const m = KIND_TO_MODALITY[c.rule.kind];
    if (!m || c.end > trigStart + 1 || found.has(m)) continue;
    // A cue word that starts the trigger is the event's own word ("prevented a march" is a
    // restriction, not a negated march); only cues before the trigger modify it.
    if (c.start >= trigStart) continue;
    if (reaches(tokens, c, trigStart)) found.set(m, c.rule.id);
  }
  if (date && !found.has("historical") && date.past) found.set("historical", "date-in-past");
  if (date && refDate && !found.has("future") && isAfter(date.value, refDate))
    found.set("future", "date-in-future");
  for (const m of PRIORITY) {
    const cue = found.get(m);
    if (cue) return { modality: m, cue };
  }
  return { modality: "asserted" };
}

function reaches(tokens: readonly Token[], c: Hit<CueRule>, trigStart: number): boolean {
  const wide = CLAUSE_WIDE.has(tokens[c.start]?.lower ?? "");
  // "will send a team to help identify victims": a "to" infinitive inherits the modality of the
  // verb it completes, so the cue reaches through that verb's phrase too.
  const purpose = tokens[trigStart - 1]?.lower === "to" && c.rule.kind !== "historical";
  const reach = wide ? 40 : (REACH[c.rule.kind] ?? 0) + (purpose ? PURPOSE_REACH : 0);
  if (trigStart - c.end > reach) return false;
  for (let i = c.end; i < trigStart; i++) {
    const t = tokens[i]!.text;
    if (c.rule.kind === "negation" && startsNewVerbPhrase(tokens, i)) return false;
    if (t === ";" || t === "." || (t === "," && !wide && c.rule.kind !== "future")) return false;
    if (wide && t === ",") return false;
  }
  return true;
}

const COORDINATORS = new Set(["and", "but"]);
const AUXILIARIES = new Set(
  "will would can could may might must shall should has have had did does do is are was were".split(
    " ",
  ),
);

/**
 * True when token i is "and"/"but" followed by an auxiliary: "would not be intimidated and would
 * expel ..." coordinates a second verb phrase with its own auxiliary, which the "not" of the first
 * does not negate ("did not attack and kill" shares one auxiliary, so "not" covers both).
 */
function startsNewVerbPhrase(tokens: readonly Token[], i: number): boolean {
  return COORDINATORS.has(tokens[i]?.lower ?? "") && AUXILIARIES.has(tokens[i + 1]?.lower ?? "");
}

/** True when date value a (YYYY[-MM[-DD]]) starts after reference day b (YYYY-MM-DD). */
function isAfter(a: string, b: string): boolean {
  return a.slice(0, Math.min(a.length, 10)) > b.slice(0, a.length);
}
