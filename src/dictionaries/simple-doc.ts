import winkNLP, { type ItsFunction, type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Article, Doc, Sentence, Token } from "../core/types.js";

let nlp: WinkMethods | undefined;

/**
 * Builds a minimal Doc (wink tokens with lemma/POS, sentences; no dateline or dates) for this
 * folder's tests and for `run-suite.ts --simple-doc`, independent of the annotate stage.
 */
export function simpleDoc(article: Article): Doc {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  const wdoc = nlp.readDoc(article.text);
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  // wink's typings declare its.lemma with an extra parameter that out() supplies.
  const lemmas = wdoc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
  const spans = wdoc.sentences().out(its.span) as unknown as number[][];
  const tokens: Token[] = [];
  const sentenceOf = new Int32Array(values.length);
  spans.forEach(([first = 0, last = -1], s) => sentenceOf.fill(s, first, last + 1));
  let cursor = 0;
  values.forEach((v, i) => {
    const start = article.text.indexOf(v, cursor);
    if (start < 0) return;
    cursor = start + v.length;
    const t = {
      i: tokens.length,
      start,
      end: cursor,
      text: v,
      lower: v.toLowerCase(),
      lemma: (lemmas[i] ?? v).toLowerCase(),
    };
    tokens.push({ ...t, pos: pos[i] ?? "X", sentence: sentenceOf[i] ?? 0 });
  });
  return {
    article,
    text: article.text,
    tokens,
    sentences: sentencesOf(tokens),
    dates: [],
    ...(article.date ? { refDate: article.date } : {}),
  };
}

function sentencesOf(tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.index === t.sentence)
      out[out.length - 1] = { ...last, end: t.end, endToken: t.i + 1 };
    else
      out.push({
        index: t.sentence,
        start: t.start,
        end: t.end,
        firstToken: t.i,
        endToken: t.i + 1,
      });
  }
  return out;
}
