import { describe, expect, it } from "vitest";
import type { EventRecord } from "../core/types.js";
import { createEventWriter, csvCell, FLAT_COLUMNS } from "./write-events.js";

const span = (start: number, text: string) => ({ start, end: start + text.length, text });
const record: EventRecord = {
  version: 1,
  id: "0123456789abcdef0123",
  article_id: "a1",
  date: "2023-11-01",
  date_granularity: "day",
  event: "CONSULT",
  mode: ["phone"],
  context: [],
  quad_code: 1,
  intensity: 1.5,
  cameo: "041",
  actor: [
    {
      code: "CHN",
      sector: ["GOV"],
      entity_text: "Wang Yi",
      name: "Wang Yi",
      office: "Foreign Minister",
    },
    { code: "OMN", sector: ["GOV"], entity_text: 'Badr, "the FM"' },
  ],
  recipient: [],
  modality: "asserted",
  confidence: 0.9,
  rule: "consult-phone+reciprocal-subject",
  evidence: {
    trigger: span(10, "phone conversation"),
    actor: [],
    recipient: [],
    sentence: span(0, "x"),
  },
};

function render(format: "jsonl" | "csv" | "table"): string {
  let out = "";
  const w = createEventWriter(format, (s) => (out += s));
  w.write([record]);
  w.end();
  return out;
}

describe("createEventWriter", () => {
  it("jsonl writes one parseable record per line", () => {
    const lines = render("jsonl").trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual(record);
  });

  it("csv has the documented header and quotes cells with commas and quotes", () => {
    const [header, row] = render("csv").trim().split("\n");
    expect(header).toBe(FLAT_COLUMNS.join(","));
    expect(row).toContain('"Wang Yi; Badr, ""the FM"""');
    expect(row).toContain("CHN GOV; OMN GOV");
  });

  it("table aligns a header and one row", () => {
    const lines = render("table").trim().split("\n");
    expect(lines[0]).toMatch(/^article_id\s+date\s+event\s+mode/);
    expect(lines[1]).toMatch(/^a1\s+2023-11-01\s+CONSULT\s+phone/);
  });
});

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
  ])("%j -> %j", (v, want) => expect(csvCell(v)).toBe(want));
});
