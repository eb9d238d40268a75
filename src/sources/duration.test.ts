import { describe, expect, it } from "vitest";
import { UsageError } from "../core/errors.js";
import { parseDuration } from "./duration.js";

describe("parseDuration", () => {
  it.each([
    ["500ms", 500],
    ["30s", 30_000],
    ["10m", 600_000],
    ["1h", 3_600_000],
    ["1.5m", 90_000],
    ["45", 45_000],
    [" 2M ", 120_000],
  ])("%j is %i ms", (value, ms) => {
    expect(parseDuration("--every", value, 0, 86_400_000)).toBe(ms);
  });

  it.each(["", "ten minutes", "5d", "-1s", "1h", "0.1s"])(
    "refuses %j out of [1 s, 10 min]",
    (value) => {
      expect(() => parseDuration("--every", value, 1000, 600_000)).toThrow(UsageError);
    },
  );
});
