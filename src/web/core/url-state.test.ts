import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PLOVER_TYPES } from "../../core/types.js";
import {
  DEFAULT_STATE,
  MODALITIES,
  filterCount,
  parseState,
  stateToSearch,
  withFilters,
  type Filters,
  type ViewState,
} from "./url-state.js";

describe("parseState", () => {
  it.each([
    ["", DEFAULT_STATE, 0],
    [
      "?actor=chn&type=CONSULT",
      { ...DEFAULT_STATE, filters: { actor: "CHN", type: ["CONSULT"] } },
      0,
    ],
    [
      "?type=ASSAULT,AGREE,ASSAULT",
      { ...DEFAULT_STATE, filters: { type: ["AGREE", "ASSAULT"] } },
      0,
    ],
    [
      "?quad=4,1&modality=future",
      { ...DEFAULT_STATE, filters: { quad: [1, 4], modality: ["future"] } },
      0,
    ],
    ["?view=event&id=abc", { ...DEFAULT_STATE, view: "event", id: "abc" }, 0],
    [
      "?view=actor&code=omn&by=week",
      { ...DEFAULT_STATE, view: "actor", code: "OMN", by: "week" },
      0,
    ],
    ["?from=2023-11-01&to=2023-13-40", { ...DEFAULT_STATE, filters: { from: "2023-11-01" } }, 1],
    ["?type=NOPE,CONSULT", { ...DEFAULT_STATE, filters: { type: ["CONSULT"] } }, 1],
    ["?min_confidence=2&sort=sideways", DEFAULT_STATE, 2],
    ["?min_confidence=&quad=5", DEFAULT_STATE, 2],
    ["?view=event", DEFAULT_STATE, 1],
    ["?actor=a b", DEFAULT_STATE, 1],
  ] as const)("%s", (search, state, problems) => {
    const r = parseState(search);
    expect(r.state).toEqual(state);
    expect(r.problems).toHaveLength(problems);
  });

  it("names each ignored parameter", () => {
    expect(parseState("?quad=7").problems).toEqual(["ignored the invalid URL parameter quad=7"]);
  });
});

const day = fc
  .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const code = fc.stringMatching(/^[A-Z0-9-]{3,12}$/);
const words = fc.string({ minLength: 1, maxLength: 40 });
const filters: fc.Arbitrary<Filters> = fc.record(
  {
    from: day,
    to: day,
    actor: code,
    actor_name: words,
    recipient: code,
    recipient_name: words,
    type: fc.uniqueArray(fc.constantFrom(...PLOVER_TYPES), { minLength: 1 }),
    mode: fc.stringMatching(/^[a-z][a-z-]{0,12}$/),
    context: fc.stringMatching(/^[a-z][a-z_-]{0,12}$/),
    quad: fc.uniqueArray(fc.constantFrom(1, 2, 3, 4), { minLength: 1 }),
    modality: fc.uniqueArray(fc.constantFrom(...MODALITIES), { minLength: 1 }),
    min_confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    text: words,
  },
  { requiredKeys: [] },
);
const state: fc.Arbitrary<ViewState> = fc
  .record({
    view: fc.constantFrom("overview", "event", "actor"),
    id: fc.string({ minLength: 1, maxLength: 30 }),
    code,
    by: fc.constantFrom("day", "week", "month"),
    sort: fc.constantFrom("date-desc", "date-asc", "mentions-desc"),
    map: fc.constantFrom("actor", "recipient"),
    shade: fc.constantFrom("events", "intensity"),
    filters,
  })
  .map(({ id, code: c, ...s }): ViewState => {
    if (s.view === "event") return { ...s, id };
    if (s.view === "actor") return { ...s, code: c };
    return s;
  });

/** Lists come back in canonical (ontology) order. */
function canonical(s: ViewState): ViewState {
  const f = s.filters;
  const order = (list: readonly string[], of: readonly string[]): string[] =>
    [...list].sort((a, b) => of.indexOf(a) - of.indexOf(b));
  return {
    ...s,
    filters: withFilters(f, {
      type: f.type && order(f.type, PLOVER_TYPES),
      modality: f.modality && order(f.modality, MODALITIES),
      quad: f.quad && [...f.quad].sort((a, b) => a - b),
    }),
  };
}

describe("stateToSearch", () => {
  it("round-trips every valid state through the URL", () => {
    fc.assert(
      fc.property(state, (s) => {
        const back = parseState(stateToSearch(s));
        expect(back.problems).toEqual([]);
        expect(back.state).toEqual(canonical(s));
      }),
      { numRuns: 300 },
    );
  });

  it("is canonical: any query string, parsed and written twice, gives the same URL", () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const once = stateToSearch(parseState(search).state);
        expect(stateToSearch(parseState(once).state)).toBe(once);
      }),
    );
  });

  it("leaves defaults out", () => {
    expect(stateToSearch(DEFAULT_STATE)).toBe("");
    expect(stateToSearch({ ...DEFAULT_STATE, by: "week", filters: { actor: "CHN" } })).toBe(
      "?actor=CHN&by=week",
    );
  });
});

describe("withFilters", () => {
  it("replaces, removes (undefined or empty list) and keeps fields", () => {
    const f = withFilters(
      { actor: "CHN", type: ["CONSULT"], text: "call" },
      { actor: undefined, type: [], mode: "phone" },
    );
    expect(f).toEqual({ text: "call", mode: "phone" });
    expect(filterCount(f)).toBe(2);
  });
});
