import { annotate } from "../annotate/annotate.js";
import { DEFAULT_HASH_BITS, featurize, type FeatureVector } from "./features.js";

/**
 * Annotates a free text (one or several sentences) and featurises it as one unit. Used for
 * training examples and ad-hoc prediction; the event coder uses sentenceTypeProbs on its Doc instead.
 */
export function featurizeText(text: string, bits: number = DEFAULT_HASH_BITS): FeatureVector {
  const doc = annotate({ id: "model-text", text, origin: { file: "-" } });
  return featurize(doc.tokens, 0, doc.tokens.length, bits);
}
