import type { Article, Doc } from "../core/types.js";
import { formatDay, parseIsoDay } from "./date-math.js";
import { parseDateline } from "./dateline.js";
import { findDates } from "./dates.js";
import { tokenize } from "./tokenize.js";

/**
 * Annotates an article: wink-nlp tokens and sentences (offsets into `article.text`), the wire
 * dateline, and the date expressions resolved against the reference date (the dateline's date,
 * else the publication date). Pure apart from lazily loaded, process-wide models and tables.
 */
export function annotate(article: Article): Doc {
  const text = article.text;
  const { tokens, sentences } = tokenize(text);
  const dateline = parseDateline(text, article.date);
  const ref = parseIsoDay(dateline?.date?.value) ?? parseIsoDay(article.date);
  const dates = findDates(text, tokens, sentences, ref, dateline?.span);
  return {
    article,
    text,
    tokens,
    sentences,
    ...(dateline ? { dateline } : {}),
    ...(ref === undefined ? {} : { refDate: formatDay(ref) }),
    dates,
  };
}
