/**
 * Property tests of ingest on generated feeds and pages: reading never throws (every problem is
 * an issue), every article has text, and reading the same file again gives the same ids (so
 * re-ingesting is a no-op for the store).
 */
import fc from "fast-check";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feedDocument, trickyText } from "../sources/feed-arbitraries.js";
import { collect, makeTempDir } from "./test-helpers.js";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

const html = fc
  .tuple(
    fc.constantFrom(
      "",
      '<meta property="article:published_time" content="2024-05-14T10:00:00Z">',
      '<link rel="canonical" href="https://w.example/x">',
    ),
    fc.array(fc.oneof(trickyText, fc.lorem({ maxCount: 30 })), { maxLength: 5 }),
  )
  .map(
    ([head, paragraphs]) =>
      `<html><head>${head}</head><body>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</body></html>`,
  );

const jsonl = fc
  .array(
    fc.oneof(
      fc
        .record({ text: trickyText, date: fc.constantFrom("2024-01-01", "2099-01-01", "x") })
        .map((r) => JSON.stringify(r)),
      trickyText,
    ),
    { maxLength: 6 },
  )
  .map((lines) => lines.join("\n"));

const inputs: fc.Arbitrary<[string, string]> = fc.oneof(
  feedDocument.map((d): [string, string] => ["rss", d]),
  html.map((d): [string, string] => ["html", d]),
  jsonl.map((d): [string, string] => ["jsonl", d]),
);

describe("readInputs on generated feeds, pages and jsonl (properties)", () => {
  it("never throws, yields articles with text, and gives the same ids when read again", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(inputs, async ([ext, content]) => {
        const path = join(dir, `g${n++}.${ext}`);
        await writeFile(path, content);
        const first = await collect([path], { now: new Date("2024-06-01T00:00:00Z") });
        for (const article of first.articles) {
          expect(article.text).toMatch(/\S/);
          expect(article.id).not.toBe("");
          expect(article.bodyStart ?? 0).toBeLessThanOrEqual(article.text.length);
        }
        for (const issue of first.issues) expect(issue.origin.file).toBe(path);
        const again = await collect([path], { now: new Date("2024-06-01T00:00:00Z") });
        expect(again.articles.map((a) => a.id)).toEqual(first.articles.map((a) => a.id));
        expect(again.issues.map((i) => i.code)).toEqual(first.issues.map((i) => i.code));
      }),
      { numRuns: 150 },
    );
  });
});
