/**
 * The whole pipeline on articles from every source kind: the team's example feeds and page and
 * the WARC fixture are coded, and every evidence span of every event quotes the article text at
 * its offsets; generated feed entries too (property). Also: an article with a 1 MB token is coded
 * (ingest blanks the token; unblanked, wink-nlp would run for hours and this test would time out).
 */
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, EventRecord, Span } from "../../src/core/types.js";
import { collect, makeTempDir } from "../../src/ingest/test-helpers.js";
import { codeArticle } from "../../src/pipeline.js";

const repo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

function spans(event: EventRecord): Span[] {
  const e = event.evidence;
  return [
    e.trigger,
    e.sentence,
    ...e.actor,
    ...e.recipient,
    ...[e.date, e.place, e.attribution].filter((s): s is Span => s !== undefined),
  ];
}

function badSpans(article: Article): string[] {
  return codeArticle(article).events.flatMap((event) =>
    spans(event)
      .filter(
        (s) =>
          s.start < 0 ||
          s.end > article.text.length ||
          article.text.slice(s.start, s.end) !== s.text,
      )
      .map((s) => `${event.event}: ${JSON.stringify(s)}`),
  );
}

describe("coding articles from feeds, pages and crawls", () => {
  it("codes the examples and the crawl, with evidence inside each article's text", async () => {
    const { articles } = await collect([
      repo("examples/feeds"),
      repo("examples/pages"),
      repo("test/sources/fixtures/wire-crawl.warc"),
    ]);
    expect(articles.length).toBeGreaterThanOrEqual(9);
    const events = articles.flatMap((a) => codeArticle(a).events);
    expect(events.length).toBeGreaterThan(articles.length);
    expect(articles.flatMap(badSpans)).toEqual([]);
  });

  it("codes an article holding a 1 MB token", async () => {
    const path = join(dir, "long.txt");
    writeFileSync(
      path,
      `LIMA, June 4 (Wire) -- Peru's foreign minister met his Chilean counterpart on Tuesday. ${"x".repeat(1 << 20)}\n`,
    );
    const { articles } = await collect([path]);
    const [article] = articles;
    expect(article).toBeDefined();
    if (article === undefined) return;
    expect(codeArticle(article).events.map((e) => e.event)).toContain("CONSULT");
  });

  it("keeps evidence inside the text of generated feed entries (property)", async () => {
    const COUNTRIES = ["Peru", "Chile", "Kenya", "Norway", "Ghana", "Poland"];
    const VERBS = ["met", "accused", "thanked", "criticised", "urged", "praised"];
    const sentence = fc
      .tuple(
        fc.constantFrom(...COUNTRIES),
        fc.constantFrom(...VERBS),
        fc.constantFrom(...COUNTRIES),
        fc.constantFrom("", " on Monday", " in Lima"),
      )
      .map(([a, v, b, tail]) => `${a}'s foreign minister ${v} ${b}'s envoy${tail}.`);
    const body = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(" "));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(body, fc.constantFrom("plain", "cdata", "escaped")), {
          minLength: 1,
          maxLength: 3,
        }),
        async (entries) => {
          const items = entries.map(([text, style], i) => {
            const html = `<p>LIMA, June 4 (Wire) - ${text}</p><p>${text}</p>`;
            const description =
              style === "plain"
                ? text
                : style === "cdata"
                  ? `<![CDATA[${html}]]>`
                  : html.replace(/</g, "&lt;").replace(/>/g, "&gt;");
            return `<item><title>Item ${i}</title><link>https://w.example/${n}/${i}</link><description>${description}</description></item>`;
          });
          const path = join(dir, `gen${n++}.rss`);
          writeFileSync(path, `<rss><channel><title>Wire</title>${items.join("")}</channel></rss>`);
          const { articles } = await collect([path], { date: "2024-06-04" });
          expect(articles).toHaveLength(entries.length);
          expect(articles.flatMap(badSpans)).toEqual([]);
        },
      ),
      { numRuns: 25 },
    );
  });
});
