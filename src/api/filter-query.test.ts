import { describe, expect, it } from "vitest";
import { eventFilterOf, splitListParams, type FilterQuery } from "./filter-query.js";
import { LIST_PARAMS, requestSchemas } from "./schemas.js";

describe("eventFilterOf", () => {
  it.each<[FilterQuery, object]>([
    [{}, {}],
    [
      { from: "2024-01-01", to: "2024-01-31" },
      { from: "2024-01-01", to: "2024-01-31" },
    ],
    [{ actor: "USA" }, { actor: { code: "USA" } }],
    [
      { actor_country: "USA", actor_sector: "GOV", actor_name: "biden" },
      { actor: { country: "USA", sector: "GOV", name: "biden" } },
    ],
    [
      { recipient: "IRNGOV", recipient_name: "tehran" },
      { recipient: { code: "IRNGOV", name: "tehran" } },
    ],
    [
      { type: ["CONSULT", "AGREE"], quad: [1], modality: ["future"] },
      { type: ["CONSULT", "AGREE"], quad: [1], modality: ["future"] },
    ],
    [
      { mode: "phone", context: "military" },
      { mode: "phone", context: "military" },
    ],
    [
      { min_confidence: 0.5, text: "ceasefire" },
      { minConfidence: 0.5, text: "ceasefire" },
    ],
  ])("%j -> %j", (query, filter) => {
    expect(eventFilterOf(query)).toEqual(filter);
  });

  it("maps every filter parameter of the schema (none is silently ignored)", () => {
    const props = Object.keys(
      requestSchemas({ maxPageSize: 10, maxBatch: 1 }).statsQuery["properties"] as object,
    );
    const sample: Record<string, unknown> = {
      type: ["AID"],
      quad: [2],
      modality: ["negated"],
      min_confidence: 0.1,
    };
    for (const name of props.filter((p) => p !== "by" && p !== "group")) {
      const q = { [name]: sample[name] ?? "x" } as FilterQuery;
      expect(eventFilterOf(q), name).not.toEqual({});
    }
  });
});

describe("splitListParams", () => {
  it.each<[Record<string, unknown>, Record<string, unknown>]>([
    [{ type: "CONSULT,AGREE" }, { type: ["CONSULT", "AGREE"] }],
    [{ type: ["CONSULT", "AGREE,AID"] }, { type: ["CONSULT", "AGREE", "AID"] }],
    [{ quad: "1, 2" }, { quad: ["1", "2"] }],
    [
      { text: "a,b", type: "AID" },
      { text: "a,b", type: ["AID"] },
    ],
    [{}, {}],
  ])("%j -> %j", (query, want) => {
    splitListParams(query, LIST_PARAMS);
    expect(query).toEqual(want);
  });
});
