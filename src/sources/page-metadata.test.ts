import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { PAGE_DATE_RULES, readPageMetadata } from "./page-metadata.js";

function meta(head: string, body = ""): ReturnType<typeof readPageMetadata> {
  const { document } = parseHTML(
    `<!DOCTYPE html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`,
  );
  return readPageMetadata(document);
}

/** A page fragment for every date rule, stating 2024-03-05 only the way that rule reads. */
const RULE_CASES: Readonly<Record<string, { head?: string; body?: string }>> = {
  "meta-article-published-time": {
    head: '<meta property="article:published_time" content="2024-03-05T09:00:00Z">',
  },
  "json-ld-date-published": {
    head: '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05"}</script>',
  },
  "itemprop-date-published": {
    body: '<span itemprop="datePublished" content="2024-03-05">5 March</span>',
  },
  "meta-og-published-time": { head: '<meta property="og:published_time" content="2024-03-05">' },
  "meta-pubdate": { head: '<meta name="pubdate" content="2024-03-05">' },
  "meta-publishdate": { head: '<meta name="publishdate" content="2024-03-05">' },
  "meta-publish-date": { head: '<meta name="publish-date" content="2024-03-05">' },
  "meta-dc-date-issued": { head: '<meta name="DC.date.issued" content="2024-03-05">' },
  "meta-dcterms-issued": { head: '<meta name="dcterms.issued" content="2024-03-05">' },
  "meta-dc-date": { head: '<meta name="dc.date" content="2024-03-05">' },
  "meta-date": { head: '<meta name="date" content="Tue, 05 Mar 2024 10:00:00 GMT">' },
  "meta-sailthru-date": { head: '<meta name="sailthru.date" content="2024-03-05 10:00:00">' },
  "meta-parsely-pub-date": {
    head: '<meta name="parsely-pub-date" content="2024-03-05T10:00:00Z">',
  },
  "time-pubdate": {
    body: '<time datetime="2024-01-01">x</time><time pubdate datetime="2024-03-05">y</time>',
  },
  "time-first": { body: "<time>March 5, 2024</time>" },
};

describe("PAGE_DATE_RULES", () => {
  it("every rule has a stable kebab-case id and a test case", () => {
    for (const rule of PAGE_DATE_RULES) expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(Object.keys(RULE_CASES).sort()).toEqual(PAGE_DATE_RULES.map((r) => r.id).sort());
  });

  it.each(PAGE_DATE_RULES.map((r) => r.id))("%s reads the date", (id) => {
    const c = RULE_CASES[id] ?? {};
    expect(meta(c.head ?? "", c.body ?? "")).toMatchObject({ date: "2024-03-05", dateRule: id });
  });

  it("prefers the more trusted rule", () => {
    const page = meta(
      '<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2024-03-05">',
      '<time datetime="2019-01-01">x</time>',
    );
    expect(page).toMatchObject({ date: "2024-03-05", dateRule: "meta-article-published-time" });
  });

  it("skips an unreadable date for a readable one, and reports it only when no other exists", () => {
    expect(
      meta(
        '<meta property="article:published_time" content="soon"><meta name="date" content="2024-03-05">',
      ),
    ).toMatchObject({ date: "2024-03-05" });
    const bad = meta('<meta property="article:published_time" content="soon">');
    expect(bad.date).toBeUndefined();
    expect(bad.invalidDate).toBe("soon");
  });

  it("tolerates broken JSON-LD", () => {
    const page = meta(
      '<script type="application/ld+json">{"datePublished": </script><meta name="date" content="2024-03-05">',
    );
    expect(page.date).toBe("2024-03-05");
  });
});

describe("readPageMetadata", () => {
  it("reads canonical URL, outlet, language, byline and title", () => {
    const page = meta(
      '<title>Story | Outlet</title><link rel="canonical" href="https://outlet.example/story">' +
        '<meta property="og:site_name" content="Outlet"><meta name="author" content="A. Writer">',
    );
    expect(page).toEqual({
      title: "Story | Outlet",
      url: "https://outlet.example/story",
      outlet: "Outlet",
      language: "en-GB",
      byline: "A. Writer",
    });
  });

  it("falls back to og:url and JSON-LD publisher and authors, and ignores relative URLs", () => {
    const ld = {
      "@graph": [
        {
          "@type": "NewsArticle",
          author: [{ name: "A" }, { name: "B" }],
          publisher: { name: "Pub" },
        },
      ],
    };
    const page = meta(
      `<link rel="canonical" href="/story"><meta property="og:url" content="https://outlet.example/s"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    );
    expect(page).toMatchObject({ url: "https://outlet.example/s", outlet: "Pub", byline: "A, B" });
  });
});
