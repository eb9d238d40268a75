import { describe, expect, it } from "vitest";
import { allowance } from "./cluster-index.js";
import { DedupError } from "./dedup-error.js";
import { type DateKind, dayNumber, dayString, footprintOf } from "./footprint.js";
import { type MentionSpec, mention } from "./test-mentions.js";

const fp = (s: Omit<MentionSpec, "id">) => footprintOf(mention({ id: "x", ...s }));
const d = (s: string): number => dayNumber(s);

describe("footprintOf", () => {
  it.each<[string, Omit<MentionSpec, "id">, DateKind, number, number]>([
    ["stated day", { date: "2023-11-01" }, "precise", d("2023-11-01"), d("2023-11-01")],
    [
      "fallback day",
      { date: "2023-11-01", stated: false },
      "fallback",
      d("2023-11-01"),
      d("2023-11-01"),
    ],
    [
      "week from its Monday",
      { date: "2023-10-30", granularity: "week" },
      "week",
      d("2023-10-30"),
      d("2023-11-05"),
    ],
    ["month", { date: "2024-02", granularity: "month" }, "month", d("2024-02-01"), d("2024-02-29")],
    ["year", { date: "2023", granularity: "year" }, "year", d("2023-01-01"), d("2023-12-31")],
    ["undated", {}, "none", -Infinity, Infinity],
  ])("reads a %s", (_name, spec, kind, lo, hi) => {
    expect(fp(spec)).toMatchObject({ kind, lo, hi });
  });

  it.each<[string, Omit<MentionSpec, "id">, string | undefined, number]>([
    ["event place", { place: "OMN" }, "OMN", 0],
    ["dateline place", { place: "dateline:OMN" }, undefined, 1],
    ["no place", {}, undefined, 1],
  ])("reads the %s", (_name, spec, country, placedBit) => {
    const f = fp({ date: "2023-11-01", ...spec });
    expect(f.country).toBe(country);
    expect(f.tier % 2).toBe(placedBit);
  });

  it.each([
    ["2023-02-29", "day"],
    ["2023-13", "month"],
    ["2023-11", "day"],
    ["23", "year"],
  ] as const)("refuses %s as a %s", (date, granularity) => {
    expect(() => fp({ date, granularity })).toThrow(DedupError);
  });

  it("round-trips day numbers", () => {
    expect(dayString(d("2024-02-29"))).toBe("2024-02-29");
    expect(d("2023-11-02") - d("2023-11-01")).toBe(1);
  });
});

describe("allowance", () => {
  it.each<[DateKind, DateKind, number, number]>([
    ["precise", "precise", 0, 0],
    ["precise", "precise", 2, 2],
    ["precise", "fallback", 0, 1],
    ["fallback", "fallback", 0, 0],
    ["fallback", "month", 2, 1],
    ["precise", "month", 2, 0],
    ["week", "year", 2, 0],
  ])("%s vs %s with window %i allows %i days", (a, b, w, want) => {
    expect(allowance(a, b, w)).toBe(want);
    expect(allowance(b, a, w)).toBe(want);
  });
});
