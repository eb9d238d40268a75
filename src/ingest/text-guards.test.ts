import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blankLongTokens, isFutureDate, MAX_TOKEN_CHARS } from "./text-guards.js";

describe("blankLongTokens", () => {
  it("leaves normal text alone", () => {
    expect(blankLongTokens(`Ministers met. ${"x".repeat(MAX_TOKEN_CHARS)} end`)).toBeUndefined();
  });

  it("blanks only the overlong runs, keeping every offset", () => {
    const long = "y".repeat(MAX_TOKEN_CHARS + 1);
    const text = `A met B.\n${long}\tC met D. ${"z".repeat(1_000_000)}`;
    const result = blankLongTokens(text);
    expect(result).toMatchObject({ runs: 2, longest: 1_000_000 });
    expect(result?.text.length).toBe(text.length);
    expect(result?.text.slice(0, 9)).toBe("A met B.\n");
    expect(result?.text.indexOf("C met D.")).toBe(text.indexOf("C met D."));
    expect(result?.text).not.toMatch(/[yz]/);
  });

  it("keeps length and non-space characters outside long runs (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", " ", "\n", "é", "\u00a0"), maxLength: 2000 }),
        (text) => {
          const out = blankLongTokens(text)?.text ?? text;
          expect(out.length).toBe(text.length);
          for (const run of out.split(/\s+/))
            expect(run.length).toBeLessThanOrEqual(MAX_TOKEN_CHARS);
        },
      ),
    );
  });
});

describe("isFutureDate", () => {
  const now = new Date("2024-06-10T23:30:00Z");
  it.each([
    ["2024-06-10", false],
    ["2024-06-12", false],
    ["2024-06-13", true],
    ["2031-01-01", true],
    ["1999-01-01", false],
  ])("%s after %s: %s", (date, future) => {
    expect(isFutureDate(date, now)).toBe(future);
  });
});
