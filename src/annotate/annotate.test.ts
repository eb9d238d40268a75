import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { annotate } from "./annotate.js";
import {
  caseArticle,
  goldenFiles,
  readCase,
  summarize,
} from "../../test/golden/annotate/golden.js";

describe("annotate golden files", () => {
  const files = goldenFiles();
  it("has golden cases, each with a why and an expectation", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const [, path] of files) {
      const c = readCase(path);
      expect(c.why.length).toBeGreaterThan(10);
      expect(c.expect).toBeDefined();
    }
  });
  it.each(files)("%s", (name, path) => {
    const c = readCase(path);
    expect(summarize(annotate(caseArticle(name, c)))).toEqual(c.expect);
  });
});

describe("annotate", () => {
  it("uses the publication date when there is no dateline date", () => {
    const doc = annotate({
      id: "a",
      text: "Talks resumed on Monday.",
      date: "2023-11-01",
      origin: { file: "a" },
    });
    expect(doc.refDate).toBe("2023-11-01");
    expect(doc.dateline).toBeUndefined();
    expect(doc.dates.map((d) => d.value)).toEqual(["2023-10-30"]);
  });

  it("ignores a malformed publication date", () => {
    const doc = annotate({
      id: "a",
      text: "Talks resumed on Monday.",
      date: "2023-02-30",
      origin: { file: "a" },
    });
    expect(doc.refDate).toBeUndefined();
    expect(doc.dates).toEqual([]);
  });

  it("keeps every span inside the text (property)", () => {
    const body = fc.string({ unit: "grapheme", maxLength: 200 });
    fc.assert(
      fc.property(
        fc.constantFrom("", "BEIJING, Nov. 1 (Xinhua) -- ", "WASHINGTON (Reuters) - "),
        body,
        (head, rest) => {
          const text = head + rest;
          const doc = annotate({ id: "p", text, date: "2023-11-02", origin: { file: "p" } });
          const spans = [
            ...doc.tokens,
            ...doc.dates.map((d) => d.span),
            ...(doc.dateline ? [doc.dateline.span, doc.dateline.place] : []),
          ];
          for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
          for (const d of doc.dates)
            expect(doc.sentences[d.sentence]?.start).toBeLessThanOrEqual(d.span.start);
        },
      ),
      { numRuns: 200 },
    );
  });
});
