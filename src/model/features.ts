/**
 * Sentence features for dyad's statistical classifier, hashed into a fixed space (2^bits) so a
 * model needs no vocabulary file. Computed from annotated tokens only (lemma, lower, POS), so the
 * same function serves training texts and the sentences of an already annotated Doc.
 */
import type { Token } from "../core/types.js";
import { fnv1a, mix } from "./hash.js";

/**
 * Version of the feature templates below. A model records the version it was trained with and
 * loadModel refuses another one: change this string whenever any template or normalisation changes.
 */
export const FEATURE_VERSION = "dyad-features-1";

/** Default size of the hashed feature space, as a power of two. */
export const DEFAULT_HASH_BITS = 18;

/**
 * Hashed feature indices of one text, in [0, 2^bits). An index may repeat (a word seen twice);
 * every occurrence has the value 1/sqrt(indices.length), so long and short texts weigh alike.
 */
export type FeatureVector = Uint32Array;

// Namespaces keep templates apart: "attack" as a lemma, a word, a verb and in a bigram are four features.
const NS_LEMMA = fnv1a("lemma");
const NS_WORD = fnv1a("word");
const NS_VERB = fnv1a("verb");
const NS_BIGRAM = fnv1a("bigram");
const NS_SHAPE = fnv1a("shape");
const H_NUM = fnv1a("<num>");
const H_PROPN = fnv1a("<propn>");
const H_START = fnv1a("<s>");
const SHAPE_NEGATION = mix(NS_SHAPE, fnv1a("negation"));
const SHAPE_NUMBER = mix(NS_SHAPE, fnv1a("number"));
const SHAPE_QUESTION = mix(NS_SHAPE, fnv1a("question"));
const SHAPE_QUOTE = mix(NS_SHAPE, fnv1a("quote"));
const NS_LENGTH = mix(NS_SHAPE, fnv1a("length"));

/** Lemmas that mark a negated clause; n't is lemmatised to "not" by wink. */
const NEGATIONS = new Set(["not", "never", "no", "n't", "neither", "nor", "without"]);
const QUOTES = new Set(['"', "“", "”", "'", "‘", "’"]);

/** Features per token at most (lemma, word, verb, bigram) plus the per-text shape features. */
const PER_TOKEN = 4;
const SHAPES = 5;
let scratch = new Uint32Array(256);

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Per-text flags collected while walking the tokens. */
interface Shape {
  negation: boolean;
  number: boolean;
  question: boolean;
  quote: boolean;
}

/**
 * Computes the hashed features of tokens[from, to): lemma unigrams, lower-cased word unigrams (when
 * they differ from the lemma), verb lemmas, lemma bigrams (numbers and proper nouns reduced to a
 * class, so "<propn> arrive" generalises), and shape flags (negation, number, question, quote, length).
 */
export function featurize(
  tokens: readonly Token[],
  from: number,
  to: number,
  bits: number = DEFAULT_HASH_BITS,
): FeatureVector {
  const need = (to - from) * PER_TOKEN + SHAPES;
  if (scratch.length < need) scratch = new Uint32Array(need * 2);
  const out = scratch;
  const mask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
  const shape: Shape = { negation: false, number: false, question: false, quote: false };
  let n = 0;
  let prev = H_START;
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t === undefined) break;
    if (t.pos === "PUNCT" || t.pos === "SYM") {
      if (t.text === "?") shape.question = true;
      else if (QUOTES.has(t.text)) shape.quote = true;
      continue;
    }
    words++;
    const isNum = t.pos === "NUM" || hasDigit(t.text);
    if (isNum) shape.number = true;
    else if (NEGATIONS.has(t.lemma)) shape.negation = true;
    const hl = isNum ? H_NUM : fnv1a(t.lemma);
    out[n++] = mix(NS_LEMMA, hl) & mask;
    if (!isNum && t.lower !== t.lemma) out[n++] = mix(NS_WORD, fnv1a(t.lower)) & mask;
    if (t.pos === "VERB") out[n++] = mix(NS_VERB, hl) & mask;
    const cls = t.pos === "PROPN" ? H_PROPN : hl;
    // Runs of proper nouns ("Sayyid Badr Albusaidi") give one class bigram, not one per name part.
    if (!(cls === H_PROPN && prev === H_PROPN)) out[n++] = mix(mix(NS_BIGRAM, prev), cls) & mask;
    prev = cls;
  }
  n = addShapes(out, n, shape, words, mask);
  return out.slice(0, n);
}

function addShapes(out: Uint32Array, n: number, shape: Shape, words: number, mask: number): number {
  if (shape.negation) out[n++] = SHAPE_NEGATION & mask;
  if (shape.number) out[n++] = SHAPE_NUMBER & mask;
  if (shape.question) out[n++] = SHAPE_QUESTION & mask;
  if (shape.quote) out[n++] = SHAPE_QUOTE & mask;
  // Length bucket 0..6 (1-2, 3-4, 5-8, ... words): headlines and fragments read differently.
  out[n++] = mix(NS_LENGTH, Math.min(6, 31 - Math.clz32(words + 1))) & mask;
  return n;
}
