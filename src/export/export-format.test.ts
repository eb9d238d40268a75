import { describe, expect, it } from "vitest";
import type { Span } from "../core/types.js";
import type { StatsRow } from "../store/index.js";
import { csvCell, tsvCell } from "./cells.js";
import { markTrigger, shortId } from "./event-table.js";
import { GDELT_COLUMNS, gdeltEventId } from "./gdelt-table.js";
import { POLECAT_COLUMNS } from "./polecat-tsv.js";
import { foldBuckets, formatStats } from "./stats-format.js";

const span = (text: string, start: number): Span => ({ start, end: start + text.length, text });

describe("export formats", () => {
  it("has the 61 GDELT 2.0 and 40 POLECAT columns, each named once", () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(new Set(GDELT_COLUMNS).size).toBe(61);
    expect(GDELT_COLUMNS.slice(0, 2)).toEqual(["GLOBALEVENTID", "SQLDATE"]);
    expect(GDELT_COLUMNS.slice(-2)).toEqual(["DATEADDED", "SOURCEURL"]);
    expect(POLECAT_COLUMNS).toHaveLength(40);
    expect(new Set(POLECAT_COLUMNS).size).toBe(40);
  });

  it.each([
    ["f890239527c9d1a2b3c4", String(parseInt("f890239527c9d", 16))],
    ["sha256:0000000000001ff", "1"],
    ["", ""],
  ])("turns event id %s into GLOBALEVENTID %s", (id, want) => {
    expect(gdeltEventId(id)).toBe(want);
    if (want !== "") expect(Number.isSafeInteger(Number(want))).toBe(true);
  });

  it.each([
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["plain", "plain"],
  ])("quotes CSV cell %s as %s", (v, want) => expect(csvCell(v)).toBe(want));

  it("keeps TSV cells on one line and in one column", () => {
    expect(tsvCell("a\tb\r\nc")).toBe("a b c");
  });

  it("marks the trigger inside its sentence by article offsets", () => {
    const sentence = span("They held a phone\nconversation today.", 100);
    expect(markTrigger(sentence, span("phone\nconversation", 112))).toBe(
      "They held a [[phone conversation]] today.",
    );
    expect(markTrigger(sentence, span("elsewhere", 5))).toBe(
      "They held a phone conversation today.",
    );
    expect(shortId("sha256:0123456789abcdef")).toBe("0123456789ab");
  });

  it("folds stats rows into one total per bucket", () => {
    const rows: StatsRow[] = [
      { bucket: "2024-01", key: "CONSULT", events: 2, mentions: 3, intensity: 2 },
      { bucket: "2024-01", key: "ASSAULT", events: 1, mentions: 1, intensity: -9.5 },
      { bucket: "2024-02", key: "CONSULT", events: 1, mentions: 1, intensity: 1 },
    ];
    expect(foldBuckets(rows)).toEqual([
      { bucket: "2024-01", key: "", events: 3, mentions: 4, intensity: -7.5 },
      { bucket: "2024-02", key: "", events: 1, mentions: 1, intensity: 1 },
    ]);
    expect(formatStats(foldBuckets(rows), "csv")).toBe(
      "bucket,events,mentions,intensity\n2024-01,3,4,-7.5\n2024-02,1,1,1\n",
    );
    expect(formatStats(rows.slice(0, 1), "jsonl", "type")).toBe(
      '{"bucket":"2024-01","type":"CONSULT","events":2,"mentions":3,"intensity":2}\n',
    );
  });
});
