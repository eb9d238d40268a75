/**
 * The fixed corpora `npm run bench` times: the Guardian sample as is (~1,000 words), the same
 * articles cut at the sentence boundary nearest 500 words, and the bundled examples.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../src/core/types.js";
import { parseArticleFormat } from "../src/ingest/parse-article-format.js";

/** A named list of articles. */
export interface Corpus {
  readonly name: string;
  readonly articles: readonly Article[];
}

// End of a sentence: terminal punctuation (plus closing quotes/brackets) before whitespace, or a line break.
const BOUNDARY = /[.!?]["'\u201d\u2019)\]]*(?=\s)|\n/g;

/** Counts whitespace-separated words in text[from, to). */
function countWords(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Cuts `text` at the sentence boundary whose word count is nearest `words` (ties: the earlier);
 * a text with no boundary, or not longer than `words`, is returned whole. Deterministic.
 */
export function cutNearWords(text: string, words: number): string {
  if (countWords(text, 0, text.length) <= words) return text;
  let best = text.length;
  let bestDist = Infinity;
  let count = 0;
  let last = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = (m.index ?? 0) + m[0].length;
    count += countWords(text, last, end);
    last = end;
    const dist = Math.abs(count - words);
    if (dist < bestDist) [best, bestDist] = [end, dist];
    if (count > words) break;
  }
  return text.slice(0, best).trimEnd();
}

/** Reads the Guardian sample (`{id, date, text}` lines); empty when the file is absent. */
export function readGuardian(file: string): Article[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l, i) => {
      const v = JSON.parse(l) as { id?: unknown; date?: unknown; text?: unknown };
      const date = typeof v.date === "string" ? v.date : undefined;
      return {
        id: typeof v.id === "string" ? v.id : `guardian-${i + 1}`,
        text: typeof v.text === "string" ? v.text : "",
        ...(date === undefined ? {} : { date }),
        origin: { file, line: i + 1 },
      };
    });
}

/** Reads the bundled `examples/*.article` files, in name order. */
export function readExamples(dir: string): Article[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".article"))
    .sort()
    .flatMap((f) => {
      const parts = parseArticleFormat(readFileSync(join(dir, f), "utf8"));
      if (parts === undefined) return [];
      return [{ id: f, text: parts.body, date: parts.date, origin: { file: join(dir, f) } }];
    });
}

/** Builds the bench corpora: guardian-1000, guardian-500 (derived) and examples, skipping empty ones. */
export function benchCorpora(guardianFile: string, examplesDir: string): Corpus[] {
  const guardian = readGuardian(guardianFile);
  const cut = guardian.map((a) => ({ ...a, id: `${a.id}@500`, text: cutNearWords(a.text, 500) }));
  return [
    { name: "guardian-1000", articles: guardian },
    { name: "guardian-500", articles: cut },
    { name: "examples", articles: readExamples(examplesDir) },
  ].filter((c) => c.articles.length > 0);
}
