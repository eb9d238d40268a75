import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFeed, type EntryError, type FeedEntry } from "./parse-feed.js";
import { rootElement, splitFeed } from "./split-feed.js";

const example = (name: string): string =>
  readFileSync(new URL(`../../examples/feeds/${name}`, import.meta.url), "utf8");

const rss = (items: string, channel = "<title>Wire</title>"): string =>
  `<?xml version="1.0"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>${channel}\n${items}\n</channel></rss>`;

function entries(xml: string): (FeedEntry | EntryError)[] {
  return [...(parseFeed(xml)?.entries ?? [])];
}

describe("parseFeed on the team's example feeds", () => {
  it("reads the RSS 2.0 example: full content, escaped HTML, summary-only", () => {
    const feed = parseFeed(example("harbourline-world.rss"));
    expect(feed).toMatchObject({
      kind: "rss",
      title: "Harbourline News - World",
      language: "en-us",
    });
    const [full, escaped, summary] = (feed?.entries ?? []) as FeedEntry[];
    expect(full).toMatchObject({
      index: 0,
      line: 13,
      author: "Wanjiru Kamau",
      published: "Mon, 03 Jun 2024 14:20:00 +0300",
    });
    expect(full?.body?.startsWith("NAIROBI, June 3 (Harbourline) - Kenyan Foreign Minister")).toBe(
      true,
    );
    expect(full?.body?.split("\n\n")).toHaveLength(3);
    expect(escaped?.body).toBeUndefined();
    expect(escaped?.summary).toContain("Bolivia’s government said");
    expect(escaped?.summary).not.toContain("<p>");
    expect(escaped?.id).toBe("harbourline-2024-06-04-0117");
    expect(summary).toMatchObject({
      link: "https://harbourline.example/world/2024/06/04/philippines-vietnam-reef",
    });
    expect(summary?.body).toBeUndefined();
  });

  it("reads the Atom example: html content, xhtml content, summary", () => {
    const feed = parseFeed(example("northgate-diplomacy.atom"));
    expect(feed).toMatchObject({
      kind: "atom",
      title: "Northgate Dispatch: Diplomacy",
      language: "en",
      link: "https://northgate-dispatch.example/diplomacy",
    });
    const [html, xhtml, summary] = (feed?.entries ?? []) as FeedEntry[];
    expect(html).toMatchObject({
      id: "tag:northgate-dispatch.example,2024:diplomacy/8841",
      published: "2024-06-05T12:05:00+02:00",
      author: "Agnieszka Wrona",
    });
    expect(html?.link).toBe(
      "https://northgate-dispatch.example/diplomacy/2024/06/05/poland-lithuania-air-defence",
    );
    expect(xhtml?.body?.startsWith("ACCRA, June 4 (Northgate) - Ghana and Togo")).toBe(true);
    expect(xhtml?.body).not.toContain("<p>");
    expect(summary).toMatchObject({ published: "2024-06-03T10:00:00Z" });
    expect(summary?.summary?.startsWith("RABAT, June 3")).toBe(true);
  });

  it("gives equal entries equal hashes and different entries different ones", () => {
    const a = entries(example("harbourline-world.rss")) as FeedEntry[];
    const b = entries(example("harbourline-world.rss")) as FeedEntry[];
    expect(a.map((e) => e.hash)).toEqual(b.map((e) => e.hash));
    expect(new Set(a.map((e) => e.hash)).size).toBe(a.length);
  });
});

describe("parseFeed on broken feeds", () => {
  const good = "<item><title>Good</title><description>Text of the good item.</description></item>";

  it.each([
    [
      "mismatched tags",
      "<item><title>Bad</titl><description>x</description></item>",
      /malformed XML/,
    ],
    [
      "an item with nothing in it",
      "<item><link>https://x.example/a</link></item>",
      /no title and no text/,
    ],
    ["an unclosed item before the next one", "<item><title>Open", /not closed/],
  ])("reports %s and still reads the other entries", (_name, bad, error) => {
    const list = entries(rss(`${good}\n${bad}\n${good}`));
    expect(list).toHaveLength(3);
    expect(list[1]).toMatchObject({ index: 1, error: expect.stringMatching(error) as unknown });
    expect(list[0]).toMatchObject({ title: "Good" });
    expect(list[2]).toMatchObject({ title: "Good" });
  });

  it("reports an entry cut off by the end of the file", () => {
    const list = entries(`<rss><channel>${good}<item><title>Cut`);
    expect(list.map((e) => ("error" in e ? "error" : "ok"))).toEqual(["ok", "error"]);
  });

  it("is not fooled by item tags inside CDATA and comments", () => {
    const xml = rss(
      `<!-- <item>commented</item> -->\n<item><title>One</title><description><![CDATA[<p>About the <item> tag</p>]]></description></item>`,
    );
    const list = entries(xml);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ title: "One", summary: "About the tag" });
  });

  it("numbers entry lines in the feed", () => {
    const list = entries(rss(`${good}\n\n${good}`));
    expect(list.map((e) => e.line)).toEqual([4, 6]);
  });

  it("reads RSS 1.0 (RDF)", () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Old wire</title></channel><item><title>T</title><link>https://w.example/1</link><dc:date>2024-01-02T03:04:05Z</dc:date><description>D</description></item></rdf:RDF>`;
    expect(parseFeed(xml)).toMatchObject({
      kind: "rdf",
      title: "Old wire",
      entries: [{ title: "T", published: "2024-01-02T03:04:05Z", link: "https://w.example/1" }],
    });
  });

  it("keeps the entries when the channel header is broken", () => {
    const list = parseFeed(rss(good, "<title>Broken</titl>"));
    expect(list?.title).toBeUndefined();
    expect(list?.entries).toHaveLength(1);
  });

  it.each(["<html><body>x</body></html>", "not xml at all", "", "<?xml version='1.0'?><urlset/>"])(
    "is undefined for a document that is not a feed: %j",
    (xml) => {
      expect(parseFeed(xml)).toBeUndefined();
    },
  );
});

describe("rootElement and splitFeed", () => {
  it("skips the declaration, comments and doctype", () => {
    expect(
      rootElement('\ufeff<?xml version="1.0"?><!-- c --><!DOCTYPE rss [<!ENTITY x "y">]><rss>'),
    ).toBe("rss");
  });

  it("cuts an Atom feed into header and entries", () => {
    const parts = splitFeed("<feed><title>F</title><entry><title>A</title></entry><entry/></feed>");
    expect(parts?.kind).toBe("atom");
    expect(parts?.header).toBe("<feed><title>F</title></feed>");
    expect(parts?.entries.map((e) => [e.xml, e.complete])).toEqual([
      ["<entry><title>A</title></entry>", true],
      ["<entry/>", true],
    ]);
  });
});
