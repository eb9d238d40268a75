import { describe, expect, it } from "vitest";
import { ErrorTally, classifyTripleErrors } from "./error-tally.js";

describe("ErrorTally", () => {
  it("ranks by count, then by name, and cuts at n", () => {
    const t = new ErrorTally();
    for (const k of ["b", "a", "c", "c", "d", "d", "d"]) t.add(k);
    t.add("a", 2);
    expect(t.top(3)).toEqual([
      { kind: "a", count: 3 },
      { kind: "d", count: 3 },
      { kind: "c", count: 2 },
    ]);
  });
});

describe("classifyTripleErrors", () => {
  it.each([
    ["exact match: no error", ["A|B|04"], ["A|B|04"], false, []],
    ["nothing predicted", ["A|B|04"], [], false, ["missed:04"]],
    ["nothing in gold", [], ["A|B|04"], false, ["spurious-event:04"]],
    ["same participants, other code", ["A|B|04"], ["A|B|11"], false, ["wrong-type:04->11"]],
    ["actor missing", ["A|B|04"], ["---|B|04"], false, ["missed-actor"]],
    ["actor country wrong", ["A|B|04"], ["C|B|04"], false, ["wrong-actor-country"]],
    ["actor full code wrong", ["ARN|B|040"], ["ARNGOV|B|040"], true, ["wrong-actor-code"]],
    ["recipient where gold has none", ["A|---|04"], ["A|B|04"], false, ["extra-recipient"]],
    ["recipient missing", ["A|B|04"], ["A|---|04"], false, ["missed-recipient"]],
    ["recipient wrong", ["A|B|04"], ["A|C|04"], false, ["wrong-recipient"]],
    ["both sides wrong", ["A|B|04"], ["C|D|04"], false, ["wrong-actor-and-recipient"]],
    ["one direction of two", ["A|B|04", "B|A|04"], ["A|B|04"], false, ["missed-reverse"]],
    ["both directions of one", ["A|B|04"], ["A|B|04", "B|A|04"], false, ["extra-reverse"]],
    [
      "one prediction pairs with one gold",
      ["A|B|04", "A|C|04"],
      ["A|D|04"],
      false,
      ["missed:04", "wrong-recipient"],
    ],
  ] as const)("%s", (_name, gold, got, full, want) => {
    const t = new ErrorTally();
    classifyTripleErrors(new Set(gold), new Set(got), full, t);
    expect(t.top().map((e) => e.kind)).toEqual(want);
  });
});
