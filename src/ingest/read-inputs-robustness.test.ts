/**
 * Robustness of ingest on bad input: each case gives a clear per-document issue or a documented
 * fallback, and the good documents of the same batch are still read. (Encodings of plain text and
 * jsonl line errors are covered in read-inputs.test.ts and read-inputs-streams.test.ts.)
 */
import { truncateSync } from "node:fs";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_TOKEN_CHARS } from "./text-guards.js";
import { collect, makeTempDir, writeFiles } from "./test-helpers.js";

const BODY =
  "ANKARA, March 3 (Wire) -- Turkey's foreign minister met his Greek counterpart on Monday.\n";
const SPANISH =
  "El ministro de Asuntos Exteriores de Perú se reunió el martes en Lima con su homólogo chileno para hablar de la pesca en la frontera marítima, según un comunicado de la cancillería, que calificó el encuentro de constructivo.";
const NOW = new Date("2024-06-10T12:00:00Z");
const page = (meta: string, body: string): string =>
  `<html><head>${meta}</head><body><article><p>${body}</p></article></body></html>`;

let dir = "";
let cleanup: () => Promise<void> = async () => {};
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

describe("a batch of bad inputs", () => {
  it("reports each bad document and still codes the good one", async () => {
    const { dir: root, cleanup: done } = await makeTempDir();
    await writeFiles(root, {
      "a-empty.txt": "",
      "b-binary.html": Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02]),
      "c-nul.txt": `${BODY}\u0000`,
      "d-spanish.txt": SPANISH,
      "e-broken.rss": "<rss><channel><item><title>x</titl></item></channel></rss>",
      "f-nobody.html": "<html><body><nav>Home World</nav></body></html>",
      "g-bad.jsonl": '{"text": "ok line one", "date": "2024-01-01"}\n{not json\n',
      "h-good.article": `date 2024-03-04 Good\n\n${BODY}`,
    });
    const { articles, issues } = await collect([root], { now: NOW });
    await done();
    expect(issues.map((i) => [i.origin.file.slice(root.length + 1), i.code])).toEqual([
      ["a-empty.txt", "empty-file"],
      ["b-binary.html", "binary-file"],
      ["c-nul.txt", "binary-file"],
      ["d-spanish.txt", "non-english"],
      ["e-broken.rss", "bad-feed-entry"],
      ["f-nobody.html", "no-article-body"],
      ["g-bad.jsonl", "bad-json"],
    ]);
    expect(issues.find((i) => i.code === "bad-json")?.origin.line).toBe(2);
    expect(issues.find((i) => i.code === "non-english")?.message).toMatch(/spa/);
    expect(articles.map((a) => a.text)).toEqual(["ok line one", BODY]);
  });
});

describe("encodings of feeds and pages", () => {
  const para =
    "Officials said the \u201ctalks\u201d in Montr\u00e9al had gone well and would resume in the spring.";

  it("decodes a windows-1252 page with a warning", async () => {
    const cp1252 = Buffer.from(page("", para).replace(/[\u201c\u201d]/g, '"'), "latin1");
    cp1252[cp1252.indexOf(0x22)] = 0x93;
    cp1252[cp1252.indexOf(0x22)] = 0x94;
    const [path = ""] = await writeFiles(dir, { "cp1252.html": cp1252 });
    const { articles, issues } = await collect([path], { date: "2024-01-01" });
    expect(issues.map((i) => i.code)).toEqual(["invalid-utf8"]);
    expect(articles[0]?.text).toBe(para);
  });

  it.each([
    [
      "utf-16le",
      (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]),
    ],
    [
      "utf-16be",
      (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, "utf16le").swap16()]),
    ],
  ])("decodes a %s feed with a BOM", async (name, encode) => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><rss><channel><item><title>T</title><description>${para}</description></item></channel></rss>`;
    const [path = ""] = await writeFiles(dir, { [`${name}.rss`]: encode(xml) });
    const { articles } = await collect([path], { date: "2024-01-01" });
    expect(articles.map((a) => a.text)).toEqual([para]);
  });
});

describe("dates", () => {
  it.each([
    ["future article header", "f1.article", `date 2031-01-01 Later\n\n${BODY}`, ["future-date"]],
    [
      "future feed entry",
      "f2.rss",
      `<rss><channel><item><title>T</title><pubDate>Wed, 01 Jan 2031 10:00:00 GMT</pubDate><description>${BODY}</description></item></channel></rss>`,
      ["summary-only", "future-date"],
    ],
    [
      "future page date",
      "f3.html",
      page(
        '<meta property="article:published_time" content="2031-01-01T00:00:00Z">',
        `${BODY} More text follows here.`,
      ),
      ["future-date"],
    ],
    [
      "invalid page date",
      "f4.html",
      page(
        '<meta property="article:published_time" content="the 32nd of May">',
        `${BODY} More text follows here.`,
      ),
      ["invalid-date"],
    ],
  ])("%s: date dropped, --date applies", async (_name, file, content, codes) => {
    const [path = ""] = await writeFiles(dir, { [file]: content });
    const { articles, issues } = await collect([path], { now: NOW, date: "2024-06-01" });
    expect(issues.map((i) => i.code)).toEqual(codes);
    expect(articles.map((a) => a.date)).toEqual(["2024-06-01"]);
  });

  it("keeps a date one day ahead (time zones)", async () => {
    const [path = ""] = await writeFiles(dir, {
      "tz.article": `date 2024-06-11 Tomorrow\n\n${BODY}`,
    });
    const { articles, issues } = await collect([path], { now: NOW });
    expect(issues).toEqual([]);
    expect(articles[0]?.date).toBe("2024-06-11");
  });
});

describe("size and shape", () => {
  it("refuses a 200 MB single-document file by its size, without reading it", async () => {
    const [path = ""] = await writeFiles(dir, { "huge.txt": "" });
    truncateSync(path, 200 * 1024 * 1024); // sparse: no disk space, no time
    const { issues } = await collect([path]);
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ["too-large", expect.stringMatching(/209715200 bytes/) as unknown],
    ]);
  });

  it("streams 200 MB of jsonl with memory bounded by one line", async () => {
    const MB = 1024 * 1024;
    const filler = Buffer.alloc(MB, 0x78);
    // One 200 MB line, then a good line: generated lazily, never held whole.
    async function* chunks(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"text": "');
      for (let i = 0; i < 200; i++) yield filler;
      yield Buffer.from(`"}\n${JSON.stringify({ id: "after", text: BODY })}\n`);
    }
    const before = process.memoryUsage().rss;
    let peak = before;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const { articles, issues } = await collect(["-"], { stdin: Readable.from(chunks()) });
    clearInterval(sample);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(issues.map((i) => [i.code, i.origin.line])).toEqual([["too-large", 1]]);
    expect(articles.map((a) => a.id)).toEqual(["after"]);
    // A regression that buffers the line would grow by 200 MB or more.
    expect(peak - before).toBeLessThan(100 * MB);
  });

  it(`blanks a 1 MB token (no spaces) so the annotator is not stalled, keeping offsets`, async () => {
    const text = `${BODY}${"x".repeat(1024 * 1024)}\nThe Greek minister thanked him.\n`;
    const [path = ""] = await writeFiles(dir, { "long-token.txt": text });
    const { articles, issues } = await collect([path]);
    expect(issues.map((i) => i.code)).toEqual(["long-token"]);
    const article = articles[0];
    expect(article?.text.length).toBe(text.length);
    expect(article?.text.indexOf("The Greek minister")).toBe(text.indexOf("The Greek minister"));
    expect(article?.text.split(/\s+/).every((run) => run.length <= MAX_TOKEN_CHARS)).toBe(true);
  });
});
