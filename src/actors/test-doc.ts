/**
 * Test helper: builds a Doc from plain text with wink-nlp, the way src/annotate does, so the
 * actor stage can be tested on its own. Not used by the pipeline.
 */
import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Dateline, Doc, Sentence, Token } from "../core/types.js";

let nlp: WinkMethods | undefined;

/** A wire dateline "PLACE, Mon. D (Agency) --" at the very start of the text. */
function findDateline(text: string): Dateline | undefined {
  const m = /^([A-Z][A-Z .'-]+), [^\n]{0,40}?\(([A-Za-z ]+)\) --/.exec(text);
  if (!m?.[1]) return undefined;
  return { span: { start: 0, end: m[0].length, text: m[0] }, place: { start: 0, end: m[1].length, text: m[1] }, agency: m[2] ?? "" };
}

/** Tokenises `text` into a Doc (tokens with offsets, lemma, POS; sentences; dateline). */
export function testDoc(text: string): Doc {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  const wd = nlp.readDoc(text);
  const values = wd.tokens().out(its.value) as string[];
  const spaces = wd.tokens().out(its.precedingSpaces) as string[];
  const pos = wd.tokens().out(its.pos) as string[];
  // wink's typings declare its.lemma with a wider signature than out() accepts; the runtime call is fine.
  const lemmas = wd.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const spans = wd.sentences().out(its.span) as unknown as number[][];
  const sentenceOf = new Int32Array(values.length);
  spans.forEach(([first = 0, last = -1], s) => sentenceOf.fill(s, first, last + 1));
  const tokens: Token[] = [];
  const firstOf: number[] = [];
  const endOf: number[] = [];
  let cursor = 0;
  values.forEach((value, w) => {
    const found = text.indexOf(value, cursor + Math.max(0, (spaces[w] ?? "").length - 1));
    const start = found < 0 ? cursor : found;
    cursor = start + value.length;
    // Like src/annotate, whitespace tokens (paragraph breaks) are not kept.
    if (value.trim() === "") return;
    const sentence = sentenceOf[w] ?? 0;
    const i = tokens.length;
    firstOf[sentence] ??= i;
    endOf[sentence] = i + 1;
    tokens.push({ i, start, end: cursor, text: value, lower: value.toLowerCase(), lemma: (lemmas[w] ?? value).toLowerCase(), pos: pos[w] ?? "X", sentence });
  });
  const sentences: Sentence[] = [];
  spans.forEach((_, s) => {
    const first = firstOf[s];
    const end = endOf[s];
    if (first === undefined || end === undefined) return;
    const index = sentences.length;
    for (let i = first; i < end; i++) {
      const t = tokens[i];
      if (t) tokens[i] = { ...t, sentence: index };
    }
    sentences.push({ index, start: tokens[first]?.start ?? 0, end: tokens[end - 1]?.end ?? 0, firstToken: first, endToken: end });
  });
  const dateline = findDateline(text);
  const article = { id: "test", text, origin: { file: "-" } };
  return { article, text, tokens, sentences, dates: [], ...(dateline ? { dateline } : {}) };
}
