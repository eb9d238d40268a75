import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { collect, makeTempDir } from "./test-helpers.js";

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

/** Header + blank lines, as the article format allows them. */
const ARTICLE_PREFIX = /^\s*date[ \t]+\d{4}-\d{2}-\d{2}([ \t][^\n]*)?\n([ \t\r\f\v]*\n)*$/i;

const articleLike = fc
  .tuple(
    fc.constantFrom("", " ", "\n", "\t "),
    fc.constantFrom("date", "DATE", "dat"),
    fc.constantFrom("2023-11-02", "2024-02-30", "20-1-1"),
    fc.string({ unit: "grapheme", maxLength: 30 }),
    fc.constantFrom("\n", "\n\n", "\r\n\r\n", "\n \n", ""),
    fc.string({ unit: "grapheme", maxLength: 200 }),
  )
  .map(([lead, word, date, title, gap, body]) => `${lead}${word} ${date} ${title}${gap}${body}`);

const jsonRecord = fc.record({
  id: fc.string({ unit: "binary", minLength: 1, maxLength: 20 }).filter((id) => id.trim() !== ""),
  text: fc
    .string({ unit: "binary", minLength: 1, maxLength: 80 })
    .filter((text) => /\S/.test(text)),
  extra: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
});

describe("readInputs properties", () => {
  it("an article file yields an error or an article whose text is the file's body", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(articleLike, fc.string({ unit: "grapheme", maxLength: 200 })),
        async (content) => {
          const path = join(dir, `p${n++}.article`);
          await writeFile(path, content);
          const { articles, issues } = await collect([path], { date: "2024-01-01" });
          if (articles.length === 0) {
            expect(issues.some((issue) => issue.severity === "error")).toBe(true);
            return;
          }
          expect(articles).toHaveLength(1);
          const asRead = content.startsWith("\ufeff") ? content.slice(1) : content;
          // An indented header stays in the text; bodyStart marks where the body begins.
          const bodyStart = articles[0]?.bodyStart ?? 0;
          if (bodyStart > 0) expect(articles[0]?.text).toBe(asRead);
          const text = (articles[0]?.text ?? "").slice(bodyStart);
          expect(asRead.endsWith(text)).toBe(true);
          expect(asRead.slice(0, asRead.length - text.length)).toMatch(ARTICLE_PREFIX);
          expect(text).toMatch(/\S/);
          expect(text.split("\n")[0]).toMatch(/\S/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("jsonl ids and texts round-trip", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(jsonRecord, { selector: (r) => r.id, maxLength: 20 }),
        async (records) => {
          const path = join(dir, `r${n++}.jsonl`);
          const lines = records.map(({ id, text, extra }) =>
            JSON.stringify({ ...extra, id, text }),
          );
          await writeFile(path, lines.join("\n"));
          const { articles } = await collect([path]);
          expect(articles.map((a) => [a.id, a.text])).toEqual(records.map((r) => [r.id, r.text]));
          expect(articles.map((a) => a.origin.line)).toEqual(records.map((_, i) => i + 1));
        },
      ),
      { numRuns: 200 },
    );
  });
});
