import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_SENTENCE_TOKENS, tokenize } from "./tokenize.js";

/** Every structural invariant of a tokenization, as one check usable by tables and properties. */
function checkInvariants(text: string): void {
  const { tokens, sentences } = tokenize(text);
  let prevEnd = 0;
  tokens.forEach((t, i) => {
    expect(t.i).toBe(i);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.text.length).toBeGreaterThan(0);
    expect(t.start).toBeGreaterThanOrEqual(prevEnd);
    expect(t.lower).toBe(t.text.toLowerCase());
    expect(t.lemma).toBe(t.lemma.toLowerCase());
    prevEnd = t.end;
  });
  let next = 0;
  sentences.forEach((s, k) => {
    expect(s.index).toBe(k);
    expect(s.firstToken).toBe(next);
    expect(s.endToken).toBeGreaterThan(s.firstToken);
    expect(s.endToken - s.firstToken).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    expect(s.start).toBe(tokens[s.firstToken]?.start);
    expect(s.end).toBe(tokens[s.endToken - 1]?.end);
    for (let i = s.firstToken; i < s.endToken; i++) expect(tokens[i]?.sentence).toBe(k);
    next = s.endToken;
  });
  expect(next).toBe(tokens.length);
}

describe("tokenize", () => {
  it.each([
    ["wire opening", "BEIJING, Nov. 1 (Xinhua) -- Chinese FM Wang Yi didn't go."],
    ["CRLF paragraphs", "One para.\r\n\r\nTwo para\r\nstill two."],
    ["tabs and emoji", "Tabs\there 😀 emoji 👨‍👩‍👧 family"],
    ["weird dashes and nbsp", "a — b – c ‐ d \u00a0e  f"],
    ["characters wink drops", "a\u2028b\u0085c \ufeff d\u200b e"],
    ["leading and trailing blanks", "   leading and trailing   \n\n"],
    ["empty", ""],
    ["only spaces", " \n\t "],
    ["unicode case changes length", "İstanbul ß ﬁ café"],
  ])("keeps offsets lossless: %s", (_name, text) => checkInvariants(text));

  it("gives lemma and POS from wink", () => {
    const { tokens } = tokenize("The ministers held talks.");
    expect(tokens.map((t) => [t.text, t.lemma, t.pos])).toEqual([
      ["The", "the", "DET"],
      ["ministers", "minister", "NOUN"],
      ["held", "hold", "VERB"],
      ["talks", "talk", "NOUN"],
      [".", ".", "PUNCT"],
    ]);
  });

  it("drops whitespace tokens", () => {
    const { tokens } = tokenize("a\n\nb\tc");
    expect(tokens.map((t) => t.text)).toEqual(["a", "b", "c"]);
  });

  it.each([
    ["blank line without punctuation", "Headline without a stop\n\nBody starts here.", 2],
    ["blank line with spaces", "First part\n  \nSecond part", 2],
    ["CRLF blank line", "First part\r\n\r\nSecond part", 2],
    ["single newline does not split", "A line\nthat goes on.", 1],
    ["two sentences", "He came. She left.", 2],
  ])("splits sentences: %s", (_name, text, count) => {
    expect(tokenize(text).sentences).toHaveLength(count);
  });

  it("cuts run-on sentences at MAX_SENTENCE_TOKENS", () => {
    const text = Array.from({ length: MAX_SENTENCE_TOKENS * 2 + 5 }, (_, i) => `w${i}`).join(" ");
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => s.endToken - s.firstToken)).toEqual([
      MAX_SENTENCE_TOKENS,
      MAX_SENTENCE_TOKENS,
      5,
    ]);
  });

  const pieces = fc.constantFrom(
    " ",
    "\t",
    "\n",
    "\r\n",
    "\n\n",
    "\u00a0",
    "\u2028",
    "\u0085",
    "\ufeff",
    "\u200b",
    "\u200d",
    "—",
    "–",
    "‐",
    "--",
    "-",
    ".",
    ",",
    "'",
    "’",
    '"',
    "(",
    ")",
    "/",
    "😀",
    "👨‍👩‍👧",
    "🇺🇦",
    "İ",
    "ß",
    "ﬁ",
    "é",
    "e\u0301",
    "Nov.",
    "U.S.",
    "can't",
    "Wang",
    "said",
    "2023",
    "1,000",
    "$5",
    "#tag",
    "@x",
  );
  it("is lossless on arbitrary strings (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (s) => checkInvariants(s)),
      { numRuns: 300 },
    );
  });
  it("is lossless on tricky token soups (property)", () => {
    const soup = fc
      .array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 60 })
      .map((xs) => xs.join(""));
    fc.assert(
      fc.property(soup, (s) => checkInvariants(s)),
      { numRuns: 300 },
    );
  });
});
