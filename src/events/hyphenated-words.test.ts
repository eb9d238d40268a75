/** Hyphenated pattern words in text: the tokenizer splits most of them, and the rows match both ways. */
import { describe, expect, it } from "vitest";
import { code } from "./test-code.js";

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
