import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { feedDocument, wellFormedFeed } from "./feed-arbitraries.js";
import { parseFeed } from "./parse-feed.js";

describe("parseFeed (properties)", () => {
  it("never throws, on feeds (damaged or not) and on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(feedDocument, fc.string({ maxLength: 300 })), (xml) => {
        parseFeed(xml);
      }),
      { numRuns: 500 },
    );
  });

  it("numbers entries in order with lines inside the document, and yields clean text", () => {
    // Damaged feeds can decode to literal markup (a cut `&lt;p&gt;`), so only well-formed ones.
    fc.assert(
      fc.property(wellFormedFeed, (xml) => {
        const feed = parseFeed(xml);
        if (feed === undefined) return;
        const lines = xml.split("\n").length;
        feed.entries.forEach((entry, i) => {
          expect(entry.index).toBe(i);
          expect(entry.line).toBeGreaterThanOrEqual(1);
          expect(entry.line).toBeLessThanOrEqual(lines);
          if (i > 0) expect(entry.line).toBeGreaterThanOrEqual(feed.entries[i - 1]?.line ?? 0);
          if ("error" in entry) return;
          for (const text of [entry.title, entry.summary, entry.body]) {
            if (text === undefined) continue;
            expect(text).toBe(text.trim());
            expect(text).not.toContain("<![CDATA[");
            expect(text).not.toMatch(/<\/?p>/);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic (same document, same entries and hashes)", () => {
    fc.assert(
      fc.property(feedDocument, (xml) => {
        expect(parseFeed(xml)).toEqual(parseFeed(xml));
      }),
      { numRuns: 100 },
    );
  });
});
