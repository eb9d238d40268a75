import winkNLP, { type ItsFunction, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Sentence, Token } from "../core/types.js";

/**
 * Longest sentence we hand to later stages. A run-on "sentence" (a table, a list without
 * punctuation) is cut into chunks of this many tokens so no stage goes quadratic on it.
 */
export const MAX_SENTENCE_TOKENS = 200;

/** Tokens and sentences of one text, with offsets into that exact text. */
export interface Tokenized {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
}

let nlp: WinkMethods | undefined;

/** wink-nlp with only sentence splitting and POS tagging: NER, negation and sentiment are unused. */
function winkInstance(): WinkMethods {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

/** wink's packed per-token arrays for a text. */
interface WinkArrays {
  readonly values: string[];
  readonly spaces: string[];
  readonly pos: string[];
  readonly lemmas: string[];
  /** wink sentence index of each wink token. */
  readonly sentenceOf: Int32Array;
}

function readWink(text: string): WinkArrays {
  const w = winkInstance();
  const its = w.its;
  const doc = w.readDoc(text);
  const toks = doc.tokens();
  const values = toks.out(its.value) as string[];
  const sentenceOf = new Int32Array(values.length);
  const spans = doc.sentences().out(its.span) as unknown as number[][];
  spans.forEach(([first = 0, last = -1], s) => sentenceOf.fill(s, first, last + 1));
  return {
    values,
    spaces: toks.out(its.precedingSpaces) as string[],
    pos: toks.out(its.pos) as string[],
    // wink's typings declare its.lemma with an extra `addons` parameter that out() does supply.
    lemmas: toks.out(its.lemma as unknown as ItsFunction<string>) as string[],
    sentenceOf,
  };
}

/** True for tokens that are only whitespace or invisible format characters (ZWJ, ZWSP, BOM). */
function isBlank(value: string): boolean {
  const c = value.charCodeAt(0);
  // Fast exit for the common case, a visible ASCII first character.
  if (c > 32 && c < 127) return false;
  return /^[\s\p{Cf}\p{Cc}]*$/u.test(value);
}

/** True when text[from, to) holds a blank line (two line breaks), i.e. a paragraph break. */
function hasBlankLine(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // \r\n counts once: only \n, or a \r not followed by \n, is a break.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      if (++breaks >= 2) return true;
    }
  }
  return false;
}

/**
 * Finds where wink's token `value` starts in `text` at or after `cursor`. wink is lossless for
 * ordinary text, so the first guess (cursor + its preceding spaces) nearly always holds; when wink
 * dropped or changed characters (U+2028, U+0085, BOM) we search forward instead. -1: not found.
 */
function locate(text: string, value: string, cursor: number, spaces: number): number {
  const guess = cursor + spaces;
  if (text.startsWith(value, guess)) return guess;
  return text.indexOf(value, cursor);
}

/** Mutable sentence builder state. */
interface Builder {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  first: number;
}

function closeSentence(b: Builder): void {
  const firstTok = b.tokens[b.first];
  const lastTok = b.tokens[b.tokens.length - 1];
  if (!firstTok || !lastTok || b.first >= b.tokens.length) return;
  const index = b.sentences.length;
  b.sentences.push({
    index,
    start: firstTok.start,
    end: lastTok.end,
    firstToken: b.first,
    endToken: b.tokens.length,
  });
  b.first = b.tokens.length;
}

/**
 * Tokenizes `text` with wink-nlp into lossless tokens (`text.slice(start, end) === token.text`)
 * and sentences. Whitespace tokens are dropped; a blank line always ends a sentence; sentences
 * longer than MAX_SENTENCE_TOKENS are cut into chunks.
 */
export function tokenize(text: string): Tokenized {
  const w = readWink(text);
  const b: Builder = { tokens: [], sentences: [], first: 0 };
  let cursor = 0;
  let lastWinkSentence = -1;
  for (let k = 0; k < w.values.length; k++) {
    const value = w.values[k] ?? "";
    const pos = w.pos[k] ?? "X";
    if (value === "" || isBlank(value)) continue;
    const start = locate(text, value, cursor, (w.spaces[k] ?? "").length);
    if (start < 0) continue;
    const ws = w.sentenceOf[k] ?? 0;
    const size = b.tokens.length - b.first;
    if (
      size > 0 &&
      (ws !== lastWinkSentence || size >= MAX_SENTENCE_TOKENS || hasBlankLine(text, cursor, start))
    ) {
      closeSentence(b);
    }
    lastWinkSentence = ws;
    const end = start + value.length;
    const i = b.tokens.length;
    const sentence = b.sentences.length;
    b.tokens.push({
      i,
      start,
      end,
      text: value,
      lower: value.toLowerCase(),
      lemma: (w.lemmas[k] ?? value).toLowerCase(),
      pos,
      sentence,
    });
    cursor = end;
  }
  closeSentence(b);
  return b;
}
