import { describe, expect, it } from "vitest";
import { isIsoDate, startsWithDateline } from "./iso-date.js";

describe("isIsoDate", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2023-11-31", false],
    ["2023-13-01", false],
    ["2023-1-01", false],
    ["2023-11-01T00:00", false],
    [" 2023-11-01", false],
  ])("%s -> %s", (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });
});

describe("startsWithDateline (rule dateline-start)", () => {
  it.each([
    ["CAIRO, Nov. 1 (Wire) -- Egypt said", true],
    ["Kyiv, September 12 (Wire) - Ukraine said", true],
    ["LONDON, 1 March (Wire) - Britain said", true],
    ["  SAN JOSE, Costa Rica, Jan 4 - Officials said", true],
    ["WASHINGTON (Wire) - The United States said", false],
    ["The minister said on Tuesday, May 4 that", false],
    ["Rio de Janeiro, Oct. 9 - Brazil said", true],
    ["", false],
  ])("%j -> %s", (text, ok) => {
    expect(startsWithDateline(text)).toBe(ok);
  });
});
