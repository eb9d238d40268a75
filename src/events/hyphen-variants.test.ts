import { describe, expect, it } from "vitest";
import { hyphenVariants } from "./hyphen-variants.js";
import { code } from "./test-code.js";

describe("hyphenVariants", () => {
  it.each([
    ["a pattern without hyphens is kept as it is", "call|urge on ... to", ["call|urge on ... to"]],
    [
      "a hyphenated alternative also gives its split form",
      "declare ... ceasefire|cease-fire",
      ["declare ... ceasefire|cease-fire", "declare ... cease - fire"],
    ],
    [
      "every hyphenated alternative of an element gives one variant",
      "stage|hold sit-in|walk-out",
      ["stage|hold sit-in|walk-out", "stage|hold sit - in", "stage|hold walk - out"],
    ],
    ["a POS tag is dropped from the split parts", "pull-out/NOUN", ["pull-out/NOUN", "pull - out"]],
    ["a bare hyphen token is no hyphenated word", "cease - fire", ["cease - fire"]],
  ])("%s", (_why, source, want) => {
    expect(hyphenVariants(source)).toEqual(want);
  });
});

describe("hyphenated trigger words in text", () => {
  it("'declared a temporary cease-fire' is a declared ceasefire (CONCEDE), hyphen or not", () => {
    for (const word of ["cease-fire", "ceasefire"]) {
      const events = code(
        `The army declared a temporary ${word} in the eastern province on Sunday.`,
      );
      expect(events.map((e) => `${e.event}:${e.rule.split("+")[0]}`)).toContain(
        "CONCEDE:concede-declare-ceasefire",
      );
    }
  });
});
