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
  // A kept header (Article.bodyStart) is blanked out, so every offset is unchanged but it is not coded.
  const body = article.bodyStart
    ? " ".repeat(article.bodyStart) + text.slice(article.bodyStart)
    : text;
  const { tokens, sentences } = tokenize(body);
  const dateline = parseDateline(body, article.date);
  const ref = parseIsoDay(dateline?.date?.value) ?? parseIsoDay(article.date);
  const dates = findDates(body, tokens, sentences, ref, dateline?.span);
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
