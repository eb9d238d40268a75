import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseTrie } from "./phrase-trie.js";

function ends(text: string): Uint8Array {
  const m = new Uint8Array(text.length + 1);
  for (const w of text.matchAll(/\S+/g)) m[(w.index ?? 0) + w[0].length] = 1;
  return m;
}

describe("PhraseTrie", () => {
  const trie = new PhraseTrie<string>();
  for (const p of [
    "UN",
    "UN Security Council",
    "United Nations",
    "foreign minister",
    "US",
    "Oman",
    "WHO",
    "Chad",
  ])
    trie.add(p, p);

  it.each([
    ["UN Security Council met", "UN Security Council"],
    ["UN officials", "UN"],
    ["UNITED NATIONS said", "United Nations"],
    ["Foreign  Minister Wang", "foreign minister"],
    ["the US said", "US"],
    ["us and them", undefined],
    ["Omani sources", undefined],
    // casing: acronyms letter for letter; other names need some capital in each word
    ["Who said it", undefined],
    ["WHO said it", "WHO"],
    ["oMAN said", "Oman"],
    ["chad said", undefined],
    ["united Nations said", undefined],
  ])("in %j finds %j at the first token", (text, want) => {
    const start = text.startsWith("the ") ? 4 : 0;
    expect(trie.longest(text, start, ends(text))?.value).toBe(
      want === undefined ? undefined : want,
    );
  });

  it.each([
    ["chad said", "Chad"],
    ["united nations said", "United Nations"],
    ["us and them", undefined],
    ["who said it", undefined],
  ])("in a caseless text %j finds %j: names match any case, acronyms never", (text, want) => {
    expect(trie.longest(text, 0, ends(text), true)?.value).toBe(want);
  });

  it("requires a phrase to end at a token end", () => {
    const text = "Omani";
    expect(trie.longest(text, 0, ends(text))).toBeUndefined();
  });

  it("keeps the first value for a repeated pattern unless set() replaces it", () => {
    const t = new PhraseTrie<number>();
    expect(t.add("Gaza", 1)).toBe(true);
    expect(t.add("Gaza", 2)).toBe(false);
    t.set("Gaza", 3);
    expect(t.longest("Gaza", 0, ends("Gaza"))?.value).toBe(3);
  });

  it("finds the longest stored phrase, as a scan of every phrase would (property)", () => {
    // Lower-case words over a few letters, some non-ASCII, so nodes get one, several and many
    // children (the single-field, Map and ASCII-array paths of the node layout).
    const word = fc
      .array(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "é", "ş"), {
        minLength: 1,
        maxLength: 3,
      })
      .map((cs) => cs.join(""));
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 20, maxLength: 60 }), phrase, (stored, text) => {
        const t = new PhraseTrie<string>();
        for (const p of stored) t.add(p, p);
        const want = stored
          .filter((p) => text === p || text.startsWith(p + " "))
          .sort((a, b) => b.length - a.length)[0];
        expect(t.longest(text, 0, ends(text))?.value).toBe(want);
      }),
    );
  });
});
