import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractHtmlPage, MAX_READABILITY_DEPTH, MIN_PARAGRAPH_CHARS } from "./html-page.js";

const EXAMPLE = new URL(
  "../../examples/pages/meridian-norway-colombia-mine-clearance.html",
  import.meta.url,
);
const FIXTURES = new URL("../../test/sources/fixtures/", import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), "utf8");
const PARAGRAPH =
  "The two ministers discussed border trade and fishing rights at length in the capital.";

describe("extractHtmlPage", () => {
  it("extracts the example page: body paragraphs only, with its metadata", () => {
    const result = extractHtmlPage(readFileSync(EXAMPLE, "utf8"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { text, ...meta } = result.page;
    expect(meta).toMatchObject({
      title: "Norway pledges demining aid to Colombia after talks in Bogota",
      date: "2024-05-14",
      url: "https://meridian-wire.example/world/2024/05/14/norway-colombia-demining",
      outlet: "Meridian Wire",
      byline: "Lucia Arbelaez",
      language: "en",
    });
    expect(text.startsWith("BOGOTA, May 14 (Meridian) - Norwegian Foreign Minister")).toBe(true);
    expect(text.split("\n\n")).toHaveLength(5);
    for (const furniture of [
      "Related stories",
      "Privacy",
      "Sport",
      "presidential palace",
      "window.",
    ])
      expect(text).not.toContain(furniture);
  });

  it("reads a JSON-LD date and a <time> date, and does not take a dateline for a byline", () => {
    const jsonld = extractHtmlPage(fixture("jsonld-date.html"));
    expect(jsonld).toMatchObject({
      ok: true,
      page: { date: "2024-07-09", outlet: "Southern Cone Report" },
    });
    const time = extractHtmlPage(fixture("time-only.html"));
    expect(time).toMatchObject({ ok: true, page: { date: "2024-08-21" } });
    expect(time.ok && time.page.byline).toBeFalsy();
  });

  it.each([
    ["a page with navigation only", fixture("no-body.html")],
    ["an empty document", ""],
    ["short paragraphs only", "<p>Home</p><p>World</p><p>Sport</p>"],
  ])("reports no-article-body for %s", (_name, html) => {
    expect(extractHtmlPage(html)).toMatchObject({ ok: false, code: "no-article-body" });
  });

  it("reads a fragment without <html> or <body>", () => {
    expect(extractHtmlPage(`<p>${PARAGRAPH}</p>`)).toMatchObject({
      ok: true,
      page: { text: PARAGRAPH },
    });
  });

  it(`takes <p> text from markup nested over ${MAX_READABILITY_DEPTH} deep instead of running Readability`, () => {
    const html = `${"<div>".repeat(3000)}<p>${PARAGRAPH}</p>`;
    const result = extractHtmlPage(html);
    expect(result).toMatchObject({ ok: true, page: { text: PARAGRAPH } });
    expect(result.ok && result.page.deepMarkup).toBeGreaterThan(MAX_READABILITY_DEPTH);
  });

  it(`needs a paragraph of ${MIN_PARAGRAPH_CHARS} characters`, () => {
    const short = "x".repeat(MIN_PARAGRAPH_CHARS - 1);
    expect(extractHtmlPage(`<p>${short}</p>`).ok).toBe(false);
    expect(extractHtmlPage(`<p>${short}y</p>`).ok).toBe(true);
  });
});
