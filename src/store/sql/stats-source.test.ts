import { describe, expect, it } from "vitest";
import type { EventFilter, StatsBy, StatsGroup } from "../event-store.js";
import { statsSource } from "./stats-source.js";

const CASES: readonly {
  name: string;
  group: StatsGroup;
  by: StatsBy;
  filter: EventFilter;
  table: string | undefined;
}[] = [
  { name: "months, no filter", group: "month", by: "type", filter: {}, table: "stats_monthly" },
  {
    name: "whole months",
    group: "month",
    by: "quad",
    filter: { from: "2023-01-01", to: "2023-02-28", type: "CONSULT" },
    table: "stats_monthly",
  },
  {
    name: "part of a month",
    group: "month",
    by: "type",
    filter: { from: "2023-01-15" },
    table: "stats_daily",
  },
  {
    name: "leap-year month end",
    group: "month",
    by: "type",
    filter: { to: "2024-02-29" },
    table: "stats_monthly",
  },
  {
    name: "not a month end",
    group: "month",
    by: "type",
    filter: { to: "2024-02-28" },
    table: "stats_daily",
  },
  {
    name: "actor country",
    group: "month",
    by: "type",
    filter: { actor: { country: "usa" } },
    table: "stats_monthly_code",
  },
  {
    name: "recipient country",
    group: "month",
    by: "quad",
    filter: { recipient: { country: "IRN" } },
    table: "stats_monthly_code",
  },
  {
    name: "two countries",
    group: "month",
    by: "type",
    filter: { actor: { country: "USA" }, recipient: { country: "IRN" } },
    table: undefined,
  },
  {
    name: "actor code (may be a full code)",
    group: "month",
    by: "type",
    filter: { actor: { code: "USA" } },
    table: undefined,
  },
  {
    name: "days with a country",
    group: "day",
    by: "type",
    filter: { actor: { country: "USA" } },
    table: undefined,
  },
  {
    name: "weeks",
    group: "week",
    by: "quad",
    filter: { from: "2023-01-01" },
    table: "stats_daily",
  },
  { name: "dyads", group: "month", by: "dyad", filter: {}, table: undefined },
  {
    name: "modality",
    group: "month",
    by: "type",
    filter: { modality: "asserted" },
    table: undefined,
  },
  { name: "text", group: "day", by: "type", filter: { text: "talks" }, table: undefined },
  {
    name: "empty actor filter",
    group: "month",
    by: "type",
    filter: { actor: {} },
    table: "stats_monthly",
  },
];

describe("statsSource", () => {
  it.each(CASES)("$name -> $table", ({ group, by, filter, table }) => {
    expect(statsSource(group, by, filter)?.table).toBe(table);
  });

  it("bounds months and days so undated events drop out of any date filter", () => {
    expect(statsSource("month", "type", { to: "2023-03-31" })).toMatchObject({
      where: "r.month >= ? AND r.month <= ?",
      params: ["0000-01", "2023-03"],
    });
    expect(statsSource("day", "type", { to: "2023-03-31" })).toMatchObject({
      where: "r.day >= ? AND r.day <= ?",
      params: ["0000-01-01", "2023-03-31"],
    });
  });

  it("rejects a malformed date", () => {
    expect(() => statsSource("month", "type", { from: "2023-1-1" })).toThrow(/YYYY-MM-DD/);
  });
});
