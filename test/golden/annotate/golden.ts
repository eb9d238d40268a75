/**
 * Golden cases of the annotate stage: each JSON file holds `why`, an `input` (inline text and
 * date, or the path of an `article`-format fixture) and the `expect`ed summary of annotate().
 * annotate.test.ts compares; `npx tsx test/golden/annotate/regen.ts` rewrites `expect` after a
 * deliberate change (review the diff).
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { Article, Doc } from "../../../src/core/types.js";
import { parseArticleFormat } from "../../../src/ingest/parse-article-format.js";

/** Folder of the golden files. */
export const GOLDEN_DIR = fileURLToPath(new URL(".", import.meta.url));

/** One golden case as stored. */
export interface GoldenCase {
  readonly why: string;
  readonly input: { readonly text?: string; readonly date?: string; readonly fixture?: string };
  readonly expect?: GoldenSummary;
}

/** The parts of a Doc a golden file pins down. */
export interface GoldenSummary {
  readonly sentences: number;
  readonly refDate: string | null;
  readonly dateline: {
    place: string;
    agency: string | null;
    date: string | null;
    text: string;
  } | null;
  readonly dates: readonly { text: string; value: string; granularity: string; past: boolean }[];
}

/** Lists the golden files as [name, path]. */
export function goldenFiles(): [string, string][] {
  return readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f.slice(0, -5), join(GOLDEN_DIR, f)]);
}

/** Reads a golden case. */
export function readCase(path: string): GoldenCase {
  return JSON.parse(readFileSync(path, "utf8")) as GoldenCase;
}

/** Builds the Article a case describes (a fixture is cut like the ingest stage cuts it). */
export function caseArticle(name: string, c: GoldenCase): Article {
  const origin = { file: `golden:${name}` };
  if (c.input.fixture !== undefined) {
    const parts = parseArticleFormat(readFileSync(c.input.fixture, "utf8"));
    if (!parts) throw new Error(`${c.input.fixture}: not in article format`);
    return { id: name, text: parts.body, date: parts.date, origin };
  }
  const text = c.input.text ?? "";
  return c.input.date === undefined
    ? { id: name, text, origin }
    : { id: name, text, date: c.input.date, origin };
}

/** Summarises a Doc the way golden files store it. */
export function summarize(doc: Doc): GoldenSummary {
  const dl = doc.dateline;
  return {
    sentences: doc.sentences.length,
    refDate: doc.refDate ?? null,
    dateline: dl
      ? {
          place: dl.place.text,
          agency: dl.agency ?? null,
          date: dl.date?.value ?? null,
          text: dl.span.text,
        }
      : null,
    dates: doc.dates.map((d) => ({
      text: d.span.text,
      value: d.value,
      granularity: d.granularity,
      past: d.past,
    })),
  };
}
