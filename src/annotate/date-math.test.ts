import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  dayNumber,
  formatDay,
  lastDayOfMonth,
  latestOnOrBefore,
  mondayOf,
  nearestWeekday,
  parseIsoDay,
  weekday,
} from "./date-math.js";

describe("date-math", () => {
  it.each([
    ["2023-11-01", 3],
    ["1970-01-01", 4],
    ["2024-02-29", 4],
    ["1969-12-28", 0],
  ])("weekday of %s is %i", (iso, wd) => expect(weekday(parseIsoDay(iso) ?? NaN)).toBe(wd));

  it.each(["2023-02-29", "2023-13-01", "2023-1-1", "x", "2023-11-01T00:00"])("rejects %s", (s) =>
    expect(parseIsoDay(s)).toBeUndefined(),
  );

  it("round-trips ISO days (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -30000, max: 60000 }), (day) => {
        expect(parseIsoDay(formatDay(day))).toBe(day);
      }),
    );
  });

  it("finds Mondays and weekdays (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30000, max: 60000 }),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        (day, wd, fwd) => {
          const m = mondayOf(day);
          expect(weekday(m)).toBe(1);
          expect(day - m).toBeGreaterThanOrEqual(0);
          expect(day - m).toBeLessThan(7);
          const n = nearestWeekday(day, wd, fwd);
          expect(weekday(n)).toBe(wd);
          expect(fwd ? n - day : day - n).toBeGreaterThanOrEqual(0);
          expect(Math.abs(n - day)).toBeLessThan(7);
        },
      ),
    );
  });

  it.each([
    [11, 1, "2023-11-02", "2023-11-01"],
    [11, 3, "2023-11-02", "2022-11-03"],
    [2, 29, "2023-03-01", "2020-02-29"],
  ])("latest %i/%i on or before %s", (m, d, limit, want) => {
    expect(formatDay(latestOnOrBefore(m, d, parseIsoDay(limit) ?? NaN) ?? NaN)).toBe(want);
  });

  it("knows month ends", () => {
    expect(formatDay(lastDayOfMonth(2024, 2))).toBe("2024-02-29");
    expect(formatDay(lastDayOfMonth(2023, 12))).toBe("2023-12-31");
    expect(dayNumber(2023, 4, 31)).toBeUndefined();
  });
});
