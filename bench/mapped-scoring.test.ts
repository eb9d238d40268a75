import { PLOVER_TYPES as PLOVER_TYPE_LIST } from "../src/core/types.js";
import { describe, expect, it } from "vitest";
import { CASE2021_TO_PLOVER, IPE_TO_PLOVER, type CaseLabelRow } from "./label-maps.js";
import { scoreCase2021, scoreDetection } from "./mapped-scoring.js";
import { gold, predsOf } from "./test-events.js";

const PLOVER_TYPES: ReadonlySet<string> = new Set(PLOVER_TYPE_LIST);

describe("label maps", () => {
  it("map CASE 2021 labels to PLOVER 2.0 types, NONE or null only, each with a note", () => {
    for (const r of CASE2021_TO_PLOVER) {
      expect(r.plover === null || r.plover === "NONE" || PLOVER_TYPES.has(r.plover), r.label).toBe(
        true,
      );
      for (const a of r.accept) expect(PLOVER_TYPES.has(a), `${r.label} accept ${a}`).toBe(true);
      expect(r.note.length).toBeGreaterThan(5);
    }
    expect(new Set(CASE2021_TO_PLOVER.map((r) => r.label)).size).toBe(CASE2021_TO_PLOVER.length);
  });

  it("map IPE labels to PLOVER 2.0 types", () => {
    for (const r of IPE_TO_PLOVER)
      for (const t of r.types) expect(PLOVER_TYPES.has(t), r.label).toBe(true);
  });
});

describe("scoreCase2021", () => {
  const rows: CaseLabelRow[] = [
    { label: "A", plover: "ASSAULT", accept: ["COERCE"], note: "test" },
    { label: "N", plover: "NONE", accept: [], note: "test" },
    { label: "X", plover: null, accept: [], note: "test" },
  ];
  const cases = [
    gold("c1", [{ code: "A" }]),
    gold("c2", [{ code: "A" }]),
    gold("c3", [{ code: "N" }]),
    gold("c4", [{ code: "N" }]),
    gold("c5", [{ code: "X" }]),
    gold("c6", [{ code: "Q" }]),
  ];
  const preds = predsOf([
    ["c1", [{ event: "COERCE" }]],
    ["c4", [{ event: "PROTEST" }]],
  ]);
  const s = scoreCase2021(cases, preds, rows);

  it("credits accepted alternatives to the primary type and skips unscored labels", () => {
    expect(s.cases).toBe(4);
    expect(s.unscored).toEqual({ X: 1, Q: 1 });
    expect(s.per_type_detail["ASSAULT"]).toEqual({ tp: 1, fp: 0, fn: 1, p: 1, r: 0.5, f1: 0.667 });
    // c3 right, c4 missed, c2 predicted nothing for an ASSAULT case
    expect(s.per_type_detail["NONE"]).toEqual({ tp: 1, fp: 1, fn: 1, p: 0.5, r: 0.5, f1: 0.5 });
    expect(s.macro_f1).toBe(0.667); // NONE is never a gold type in the average
    expect(s.top1_accuracy).toBe(0.5); // c1, c3
    expect(s.recall_any).toBe(0.25); // c1
    expect(s.errors.map((e) => e.kind)).toEqual(["missed:ASSAULT", "wrong-type:NONE->PROTEST"]);
  });
});

describe("scoreDetection (IPE map)", () => {
  const cases = [
    gold("i1", [{ code: "ARREST" }, { code: "ANY_ACTION" }]),
    gold("i2", []),
    gold("i3", [{ code: "FORCE" }, { code: "KILL" }, { code: "ANY_ACTION" }]),
    gold("i4", [{ code: "FAIL" }]),
    gold("i5", [{ code: "ARREST" }]),
    gold("i6", [{ code: "ANY_ACTION" }]),
  ];
  const preds = predsOf([
    ["i1", [{ event: "COERCE", mode: ["arrest"], cameo: "173" }]],
    ["i2", [{ event: "ASSAULT", cameo: "190", actor: [{ sector: ["COP"] }] }]],
    ["i3", [{ event: "ASSAULT", cameo: "190", actor: [{ sector: ["COP"] }] }]],
    // a mob's killing is no police action: ASSAULT without a COP actor is not KILL or FORCE
    ["i6", [{ event: "ASSAULT", cameo: "190", actor: [{ sector: ["CVL"] }] }]],
    ["i5", [{ event: "COERCE", cameo: "172" }]],
  ]);
  const s = scoreDetection(cases, preds);

  it("scores each mapped label as a yes/no detection per sentence", () => {
    expect(Object.keys(s.per_label)).toEqual(["ARREST", "KILL", "FORCE", "ANY_ACTION"]);
    expect(s.per_label["ARREST"]).toEqual({ tp: 1, fp: 0, fn: 1, p: 1, r: 0.5, f1: 0.667 });
    expect(s.per_label["KILL"]).toEqual({ tp: 1, fp: 1, fn: 0, p: 0.5, r: 1, f1: 0.667 });
    expect(s.per_label["ANY_ACTION"]).toEqual({ tp: 3, fp: 2, fn: 0, p: 0.6, r: 1, f1: 0.75 });
    expect(s.per_label["FORCE"]).toEqual({ tp: 1, fp: 1, fn: 0, p: 0.5, r: 1, f1: 0.667 });
    expect(s.macro_f1).toBe(0.688);
    expect(s.accuracy).toBe(0.667); // i1, i3, i4, i6
    expect(s.errors).toEqual([
      { kind: "spurious-event:ANY_ACTION", count: 2 },
      { kind: "missed:ARREST", count: 1 },
      { kind: "spurious-event:FORCE", count: 1 },
      { kind: "spurious-event:KILL", count: 1 },
    ]);
  });
});
