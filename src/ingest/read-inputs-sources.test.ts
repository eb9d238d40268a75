/**
 * Integration tests of the news-source formats on files the team made: the example feeds and
 * page (examples/), the WARC crawl fixture (test/sources/fixtures/), gzip'd inputs, and http URLs
 * served by a local server.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, startServer, type TestServer } from "../sources/test-server.js";
import { collect, makeTempDir, writeFiles } from "./test-helpers.js";

const repo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const RSS = repo("examples/feeds/harbourline-world.rss");
const ATOM = repo("examples/feeds/northgate-diplomacy.atom");
const PAGE = repo("examples/pages/meridian-norway-colombia-mine-clearance.html");
const WARC = repo("test/sources/fixtures/wire-crawl.warc");
const BODY =
  "LIMA, June 4 (Wire) - Peru's foreign minister met his Chilean counterpart on Tuesday.";
const LONG_PARAGRAPH = `${BODY} The two ministers discussed fishing rights near the maritime border at length.`;

let dir = "";
let cleanup: () => Promise<void> = async () => {};
let server: TestServer;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  server = await startServer({
    "/world/rss": ok(readFileSync(RSS), "application/rss+xml; charset=utf-8"),
    "/story": ok(readFileSync(PAGE), "text/html"),
    "/full-story": ok(
      `<html><body><article><p>${LONG_PARAGRAPH}</p></article></body></html>`,
      "text/html",
    ),
    "/summary-feed": ok(
      `<rss><channel><title>Wire</title>` +
        `<item><title>Fetched</title><link>PLACEHOLDER/full-story</link><description>Short summary.</description></item>` +
        `<item><title>Broken link</title><link>PLACEHOLDER/nowhere</link><description>${BODY}</description></item>` +
        `</channel></rss>`,
      "application/rss+xml",
    ),
  });
});
afterAll(async () => {
  await server.close();
  await cleanup();
});

describe("feeds", () => {
  it("reads the RSS example: one article per entry with its metadata", async () => {
    const { articles, issues } = await collect([RSS]);
    expect(articles.map((a) => [a.id, a.date, a.source])).toEqual([
      [
        "https://harbourline.example/world/2024/06/03/kenya-uganda-pipeline-talks",
        "2024-06-03",
        "Harbourline News - World",
      ],
      [
        "https://harbourline.example/world/2024/06/04/peru-recalls-ambassador-bolivia",
        "2024-06-04",
        "Harbourline News - World",
      ],
      [
        "https://harbourline.example/world/2024/06/04/philippines-vietnam-reef",
        "2024-06-04",
        "Harbourline News - World",
      ],
    ]);
    expect(articles[0]?.title).toBe("Kenya, Uganda ministers meet over fuel pipeline tariffs");
    expect(articles[0]?.origin).toMatchObject({
      file: RSS,
      line: 13,
      entry: 0,
      url: "https://harbourline.example/world/2024/06/03/kenya-uganda-pipeline-talks",
      outlet: "Harbourline News - World",
      language: "en-us",
      published: "Mon, 03 Jun 2024 14:20:00 +0300",
      byline: "Wanjiru Kamau",
    });
    expect(issues.map((i) => [i.code, i.origin.line, i.articleId])).toEqual([
      ["summary-only", 32, articles[2]?.id],
    ]);
  });

  it("reads the Atom example, ids from the entries' tag: URIs", async () => {
    const { articles } = await collect([ATOM]);
    expect(articles.map((a) => a.id)).toEqual([
      "tag:northgate-dispatch.example,2024:diplomacy/8841",
      "tag:northgate-dispatch.example,2024:diplomacy/8827",
      "tag:northgate-dispatch.example,2024:diplomacy/8810",
    ]);
    expect(articles.map((a) => a.date)).toEqual(["2024-06-05", "2024-06-04", "2024-06-03"]);
  });

  it("reports a broken entry with its line and reads the others", async () => {
    const [path = ""] = await writeFiles(dir, {
      "broken.rss": `<rss><channel><title>W</title>\n<item><title>A</title><description>${BODY}</description></item>\n<item><title>B</titl></item>\n<item><title>C</title><description>${BODY.replace("Peru", "Bolivia")}</description></item>\n</channel></rss>`,
    });
    const { articles, issues } = await collect([path], { date: "2024-06-04" });
    expect(articles.map((a) => a.title)).toEqual(["A", "C"]);
    expect(issues.map((i) => [i.code, i.severity, i.origin.line])).toEqual([
      ["summary-only", "warning", 2],
      ["bad-feed-entry", "error", 3],
      ["summary-only", "warning", 4],
    ]);
  });

  it.each([
    [
      "sitemap.xml",
      "<?xml version='1.0'?><urlset><url><loc>x</loc></url></urlset>",
      ["not-a-feed"],
    ],
    ["empty.rss", "<rss><channel><title>Nothing yet</title></channel></rss>", ["no-entries"]],
    [
      "only-title.rss",
      "<rss><channel><item><title>Headline only</title><link>https://w.example/1</link></item></channel></rss>",
      ["empty-body"],
    ],
    [
      "bad-date.rss",
      `<rss><channel><item><title>T</title><pubDate>someday</pubDate><description>${BODY}</description></item></channel></rss>`,
      ["summary-only", "invalid-date"],
    ],
  ])("%s gives %j", async (name, content, codes) => {
    const [path = ""] = await writeFiles(dir, { [name]: content });
    const { issues } = await collect([path]);
    expect(issues.map((i) => i.code)).toEqual(codes);
  });
});

describe("HTML pages and WARC", () => {
  it("reads the example page with its metadata", async () => {
    const { articles, issues } = await collect([PAGE]);
    expect(issues).toEqual([]);
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article).toMatchObject({
      id: "https://meridian-wire.example/world/2024/05/14/norway-colombia-demining",
      title: "Norway pledges demining aid to Colombia after talks in Bogota",
      date: "2024-05-14",
      source: "Meridian Wire",
      url: "https://meridian-wire.example/world/2024/05/14/norway-colombia-demining",
    });
    expect(article?.text.startsWith("BOGOTA, May 14 (Meridian) - ")).toBe(true);
    expect(article?.origin.byline).toBe("Lucia Arbelaez");
  });

  it("reports a page without article text", async () => {
    const { issues } = await collect([repo("test/sources/fixtures/no-body.html")]);
    expect(issues.map((i) => i.code)).toEqual(["no-article-body"]);
  });

  it("reads the pages of the team's WARC crawl and summarises what it skipped", async () => {
    const { articles, issues } = await collect([WARC]);
    expect(articles.map((a) => [a.id, a.date])).toEqual([
      ["https://meridian-wire.example/world/2024/05/14/norway-colombia-demining", "2024-05-14"],
      ["https://southern-cone.example/news/chile-argentina-pass", "2024-07-09"],
      ["https://lanka-wire.example/2024/08/21/fisheries-pact", "2024-08-21"],
    ]);
    expect(articles.map((a) => a.origin.fetchedAt)).toEqual(Array(3).fill("2024-09-01T10:00:00Z"));
    expect(issues.map((i) => i.code)).toEqual(["warc-skipped"]);
    expect(issues[0]?.message).toMatch(/1 non-HTML response.*2 non-200 response/);
  });

  it("walks a directory of every source kind, skipping files of other kinds", async () => {
    const { dir: root, cleanup: done } = await makeTempDir();
    copyFileSync(RSS, join(root, "a.rss"));
    copyFileSync(PAGE, join(root, "b.html"));
    copyFileSync(WARC, join(root, "c.warc"));
    await writeFiles(root, {
      "d.jsonl.gz": gzipSync(`${JSON.stringify({ text: BODY })}\n`),
      "README.md": "# notes",
    });
    const { articles } = await collect([root]);
    await done();
    // The page is also in the crawl: same canonical URL, so the crawl's copy is a duplicate.
    expect(articles).toHaveLength(3 + 1 + 2 + 1);
  });
});

describe("gzip", () => {
  it.each([
    ["wire.jsonl.gz", gzipSync(`${JSON.stringify({ id: "j1", text: BODY })}\n`), ["j1"]],
    [
      "page.html.gz",
      () => gzipSync(readFileSync(PAGE)),
      ["https://meridian-wire.example/world/2024/05/14/norway-colombia-demining"],
    ],
    ["crawl.warc.gz", () => gzipSync(readFileSync(WARC)), 3],
    ["noext.gz", gzipSync(`date 2024-06-04 Header\n\n${BODY}\n`), 1],
  ])("decompresses %s and reads the inner format", async (name, content, expected) => {
    const bytes = typeof content === "function" ? content() : content;
    const [path = ""] = await writeFiles(dir, { [name]: bytes });
    const { articles } = await collect([path]);
    if (typeof expected === "number") expect(articles).toHaveLength(expected);
    else expect(articles.map((a) => a.id)).toEqual(expected);
  });

  it("keeps the records before a corruption and reports bad-gzip", async () => {
    const lines = Array.from({ length: 2000 }, (_, i) =>
      JSON.stringify({ id: `r${i}`, text: `${BODY} ${i}` }),
    ).join("\n");
    const gz = gzipSync(lines);
    const [truncated = "", corrupt = ""] = await writeFiles(dir, {
      "cut.jsonl.gz": gz.subarray(0, Math.floor(gz.length / 2)),
      "garbage.jsonl.gz": Buffer.concat([gz.subarray(0, 10), Buffer.alloc(64, 0x41)]),
    });
    const cut = await collect([truncated]);
    expect(cut.articles.length).toBeGreaterThan(0);
    expect(cut.articles.length).toBeLessThan(2000);
    expect(cut.issues.map((i) => i.code)).toEqual(["bad-gzip"]);
    expect((await collect([corrupt])).issues.map((i) => i.code)).toEqual(["bad-gzip"]);
  });
});

describe("http(s) URLs (local server)", () => {
  it("reads a feed URL, typed by its Content-Type", async () => {
    const { articles } = await collect([`${server.base}/world/rss`]);
    expect(articles).toHaveLength(3);
    expect(articles[0]?.origin).toMatchObject({
      file: `${server.base}/world/rss`,
      feed: `${server.base}/world/rss`,
    });
    expect(articles[0]?.origin.fetchedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("reads a page URL, and reports a missing one", async () => {
    const { articles, issues } = await collect([`${server.base}/story`, `${server.base}/missing`], {
      http: { retries: 0 },
    });
    expect(articles.map((a) => a.source)).toEqual(["Meridian Wire"]);
    expect(issues.map((i) => [i.code, i.origin.file])).toEqual([
      ["http-error", `${server.base}/missing`],
    ]);
  });

  it("fetches the linked pages of summary-only entries, falling back to the summary", async () => {
    const feed = (await (await fetch(`${server.base}/summary-feed`)).text()).replaceAll(
      "PLACEHOLDER",
      server.base,
    );
    const [path = ""] = await writeFiles(dir, { "summaries.rss": feed });
    const { articles, issues } = await collect([path], {
      fetchLinked: true,
      date: "2024-06-04",
      http: { retries: 0 },
    });
    expect(articles.map((a) => [a.title, a.text])).toEqual([
      ["Fetched", LONG_PARAGRAPH],
      ["Broken link", BODY],
    ]);
    expect(issues.map((i) => i.code)).toEqual(["page-not-fetched"]);
    expect(issues[0]?.message).toMatch(/http-error/);
  });
});
