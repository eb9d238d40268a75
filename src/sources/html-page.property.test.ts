import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractHtmlPage, MIN_PARAGRAPH_CHARS } from "./html-page.js";
import { trickyText } from "./feed-arbitraries.js";

/** Random markup: nested elements (some unclosed), text, scripts holding a marker. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    trickyText,
    fc.constant("<script>var SCRIPTMARK = 1;</script>"),
    fc.constant("<style>.SCRIPTMARK{}</style>"),
    fc.lorem({ maxCount: 40 }).map((t) => `<p>${t}</p>`),
    fc
      .tuple(
        fc.constantFrom(
          "div",
          "p",
          "article",
          "span",
          "section",
          "li",
          "table",
          "td",
          "b",
          "nav",
          "main",
        ),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(([tag, kids, close]) => `<${tag}>${kids.join("")}${close ? `</${tag}>` : ""}`),
  ),
})).node;

const page = fc.oneof(
  markup,
  fc
    .tuple(
      fc.constantFrom(
        "",
        "<!DOCTYPE html>",
        "<html lang='en'>",
        "<html><head><title>T</title></head>",
      ),
      markup,
      fc.constantFrom("", "</body></html>"),
    )
    .map((p) => p.join("")),
  fc.string({ maxLength: 300 }),
);

describe("extractHtmlPage (properties)", () => {
  it("never throws; an extracted page has a real paragraph and no script or style text", () => {
    fc.assert(
      fc.property(page, (html) => {
        const result = extractHtmlPage(html);
        if (!result.ok) {
          expect(["no-article-body", "bad-html"]).toContain(result.code);
          return;
        }
        const { text } = result.page;
        expect(text).toBe(text.trim());
        expect(text).not.toContain("SCRIPTMARK");
        expect(text.split("\n\n").some((p) => p.length >= MIN_PARAGRAPH_CHARS)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(page, (html) => {
        expect(extractHtmlPage(html)).toEqual(extractHtmlPage(html));
      }),
      { numRuns: 100 },
    );
  });
});
