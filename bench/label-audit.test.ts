import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAudit, macroF1, scoreAudit, type AuditRow } from "./label-audit.js";
import { predsOf } from "./test-events.js";

describe("macroF1", () => {
  it("averages F1 over the gold labels only", () => {
    // ASSAULT: tp 1, fn 1 -> P 1, R .5, F1 .667; PROTEST: tp 1, fp 1 -> P .5, R 1, F1 .667
    expect(
      macroF1([
        ["ASSAULT", "ASSAULT"],
        ["ASSAULT", "PROTEST"],
        ["PROTEST", "PROTEST"],
      ]),
    ).toBe(0.667);
  });
  it("a predicted type that is never gold costs precision elsewhere but is not averaged", () => {
    expect(macroF1([["ASSAULT", "NONE"]])).toBe(0);
  });
});

describe("scoreAudit", () => {
  const rows: AuditRow[] = [
    { id: "a", label: "CONCEDE", main: "CONCEDE", firstPar: true, anywhere: true },
    { id: "b", label: "CONCEDE", main: "CONSULT", firstPar: false, anywhere: true },
    { id: "c", label: "THREATEN", main: "NONE", firstPar: false, anywhere: false },
    { id: "z", label: "AID", main: "AID", firstPar: true, anywhere: true },
  ];
  const preds = predsOf([
    ["a", [{ event: "CONCEDE" }]],
    ["b", [{ event: "CONSULT" }]],
  ]);

  it("scores the audited cases of the run: label support, the reading and dyad", () => {
    const s = scoreAudit(rows, preds, new Set(["a", "b", "c"]));
    expect(s).toEqual({
      cases: 3,
      label_supported_first_par: 0.333,
      label_supported_anywhere: 0.667,
      reading_macro_f1: 0.333, // CONCEDE .667, THREATEN 0
      reading_top1: 0.333,
      dyad_macro_f1: 0.333,
      dyad_top1: 0.333,
      dyad_agrees_reading: 1, // a, b, and c (no event = NONE)
    });
  });

  it("is undefined when no audited case was coded", () => {
    expect(scoreAudit(rows, preds, new Set(["x"]))).toBeUndefined();
  });
});

describe("loadAudit", () => {
  it("reads the TSV, maps v0 labels and yes/no flags", () => {
    const dir = mkdtempSync(join(tmpdir(), "audit-"));
    writeFileSync(
      join(dir, "t.tsv"),
      "# comment\nid\tlabel\tmain\tfirst_par\tanywhere\tnote\nx\tDEMAND\tREQUEST\tyes\tno\twhy\n",
    );
    expect(loadAudit("t.tsv", dir)).toEqual([
      { id: "x", label: "REQUEST", main: "REQUEST", firstPar: true, anywhere: false },
    ]);
  });
  it("is empty when the file is absent", () => {
    expect(loadAudit("none.tsv", tmpdir())).toEqual([]);
  });
  it("ships the ngec-synthetic audit", () => {
    const rows = loadAudit("ngec-synthetic-labels.tsv");
    expect(rows.length).toBe(160);
    expect(rows.every((r) => r.id.startsWith("ngec-synthetic:"))).toBe(true);
  });
});
