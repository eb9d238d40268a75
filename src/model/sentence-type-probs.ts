import type { Doc } from "../core/types.js";
import { featurize } from "./features.js";
import type { HeadName, Model } from "./model-types.js";
import { probabilitiesInto } from "./predict.js";

let scratch = new Float64Array(32);

/**
 * Label probabilities of one sentence of an annotated Doc, from the Doc's own tokens (no
 * re-annotation): the model's type head by default, or its mode head. Empty when the head is absent
 * or the sentence index is out of range.
 */
export function sentenceProbs(
  model: Model,
  doc: Doc,
  sentence: number,
  head: HeadName = "type",
): ReadonlyMap<string, number> {
  const s = doc.sentences[sentence];
  const c = head === "type" ? model.type : model.mode;
  if (!s || !c) return new Map();
  if (scratch.length < c.labels.length) scratch = new Float64Array(c.labels.length);
  probabilitiesInto(c, featurize(doc.tokens, s.firstToken, s.endToken, model.hashBits), scratch);
  const out = new Map<string, number>();
  for (let j = 0; j < c.labels.length; j++) out.set(c.labels[j] as string, scratch[j] as number);
  return out;
}

/** Event-type probabilities of one Doc sentence (see sentenceProbs); what the event coder calls. */
export function sentenceTypeProbs(
  model: Model,
  doc: Doc,
  sentence: number,
): ReadonlyMap<string, number> {
  return sentenceProbs(model, doc, sentence, "type");
}
