import { describe, expect, it } from "vitest";
import {
  MAX_FILLED,
  bucketRange,
  isoDay,
  nextBucket,
  niceTicks,
  timeTicks,
  timelineModel,
  utc,
} from "./timeline-model.js";

const row = (bucket: string, key: string, events: number, intensity = 0) => ({
  bucket,
  key,
  events,
  mentions: events,
  intensity,
});

describe("timelineModel", () => {
  it("stacks quads per bucket, fills gaps, keeps undated events apart", () => {
    const m = timelineModel(
      [
        row("", "1", 4),
        row("2023-01", "1", 2, 5),
        row("2023-01", "4", 1, -9),
        row("2023-03", "3", 3, -6),
      ],
      "month",
    );
    expect(m.total).toBe(10);
    expect(m.undated).toBe(4);
    expect(m.buckets.map((b) => [b.key, b.quads, b.total, b.intensity])).toEqual([
      ["2023-01", [2, 0, 0, 1], 3, -4],
      ["2023-02", [0, 0, 0, 0], 0, 0],
      ["2023-03", [0, 0, 3, 0], 3, -6],
    ]);
  });

  it("does not fill a span too long to draw bucket by bucket", () => {
    const m = timelineModel([row("1945-05-08", "1", 1), row("2024-01-01", "1", 1)], "day");
    expect(m.buckets.map((b) => b.key)).toEqual(["1945-05-08", "2024-01-01"]);
    const weeks = timelineModel([row("2020-01-06", "2", 1), row("2020-03-02", "2", 1)], "week");
    expect(weeks.buckets).toHaveLength(9);
    expect(MAX_FILLED).toBeGreaterThan(weeks.buckets.length);
  });
});

describe("bucket dates", () => {
  it.each([
    ["2023-02", "2023-02", "month", "2023-02-01", "2023-02-28"],
    ["2024-02", "2024-03", "month", "2024-02-01", "2024-03-31"],
    ["2023-11-13", "2023-11-20", "week", "2023-11-13", "2023-11-26"],
    ["2023-12-31", "2023-12-31", "day", "2023-12-31", "2023-12-31"],
    ["0945-01", "0945-01", "month", "0945-01-01", "0945-01-31"],
  ] as const)("%s..%s by %s", (a, b, by, from, to) => {
    expect(bucketRange(a, b, by)).toEqual({ from, to });
  });

  it("steps to the next bucket across year ends", () => {
    expect(nextBucket("2023-12", "month")).toBe("2024-01");
    expect(nextBucket("2023-12-25", "week")).toBe("2024-01-01");
    expect(nextBucket("2024-02-28", "day")).toBe("2024-02-29");
    expect(isoDay(utc(45, 3, 1))).toBe("0045-03-01");
  });
});

describe("ticks", () => {
  it.each([
    [0, [0, 1]],
    [7, [0, 2, 4, 6, 8]],
    [60, [0, 20, 40, 60]],
    [1234, [0, 250, 500, 750, 1000, 1250]],
  ])("niceTicks(%d)", (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });

  it("labels years, months or days by span", () => {
    expect(timeTicks(utc(1945, 1, 1), utc(2025, 1, 1), 8).map((t) => t.label)).toEqual([
      "1950",
      "1960",
      "1970",
      "1980",
      "1990",
      "2000",
      "2010",
      "2020",
    ]);
    expect(timeTicks(utc(2023, 1, 1), utc(2023, 7, 1), 8).map((t) => t.label)).toEqual([
      "2023-01",
      "2023-02",
      "2023-03",
      "2023-04",
      "2023-05",
      "2023-06",
      "2023-07",
    ]);
    expect(timeTicks(utc(2023, 1, 1), utc(2023, 1, 8), 8)[1]!.label).toBe("01-02");
  });
});
