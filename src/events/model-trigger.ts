import { isPloverType, ontology } from "../core/ontology.js";
import type { Doc, PloverType, Sentence } from "../core/types.js";
import type { Model } from "../model/model-types.js";
import { sentenceProbs, sentenceTypeProbs } from "../model/sentence-type-probs.js";
import type { Hit } from "./find-hits.js";
import type { TriggerRule } from "./lexicon.js";
import { compilePattern, type TokenPattern } from "./token-pattern.js";

/**
 * When the statistical model may add an event the rules missed: only in a story's first
 * sentences (where the main event is stated) and only when it is sure, so the rules keep
 * precision everywhere else.
 */
export const MODEL_EVENT = { maxSentence: 2, minProb: 0.6, confidenceFactor: 0.6 } as const;

/** Verbs that carry no event of their own, so they never anchor a model event. */
const LIGHT_VERBS = new Set(["be", "have", "say", "do", "tell", "add", "report", "state", "note"]);

/**
 * A synthetic trigger for a sentence with no rule trigger, when the model is confident the
 * sentence reports a PLOVER event: anchored on its first content verb, rule id `model-<type>`.
 */
export function modelTrigger(doc: Doc, s: Sentence, model: Model): Hit<TriggerRule> | undefined {
  if (s.index >= MODEL_EVENT.maxSentence) return undefined;
  const probs = [...sentenceTypeProbs(model, doc, s.index)].sort((a, b) => b[1] - a[1]);
  const [label, prob] = probs[0] ?? ["NONE", 0];
  if (label === "NONE" || !isPloverType(label) || prob < MODEL_EVENT.minProb) return undefined;
  const head = anchor(doc, s);
  if (head === undefined) return undefined;
  const pattern = compilePattern(doc.tokens[head]!.lower) as TokenPattern;
  const rule: TriggerRule = {
    id: `model-${label.toLowerCase()}`,
    pattern,
    type: label,
    mode: bestMode(doc, s, model, label),
    context: [],
    cameo: rootCameo(label),
    role: label === "CONSULT" ? "reciprocal" : "dyadic",
    confidence: prob * MODEL_EVENT.confidenceFactor,
  };
  return { rule, start: head, end: head + 1 };
}

function anchor(doc: Doc, s: Sentence): number | undefined {
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i]!;
    if (t.pos === "VERB" && !LIGHT_VERBS.has(t.lemma)) return i;
  }
  return undefined;
}

function bestMode(doc: Doc, s: Sentence, model: Model, type: PloverType): string {
  const valid = ontology().types.get(type)?.modes;
  if (!valid?.size) return "";
  const ranked = [...sentenceProbs(model, doc, s.index, "mode")].sort((a, b) => b[1] - a[1]);
  const hit = ranked.find(([m, p]) => valid.has(m) && p >= 0.5);
  return hit ? hit[0] : "";
}

const roots = new Map<string, string>();

/** The shortest CAMEO code whose PLOVER translation is the type (its CAMEO root, or a 3-digit code). */
function rootCameo(type: PloverType): string {
  let code = roots.get(type);
  if (code === undefined) {
    const codes = [...ontology().cameo.values()]
      .filter((c) => c.ploverType === type)
      .map((c) => c.code);
    code = codes.sort((a, b) => a.length - b.length || a.localeCompare(b))[0] ?? "";
    roots.set(type, code);
  }
  return code;
}
