import { describe, expect, it } from "vitest";
import { DataFileError } from "../core/errors.js";
import { parseTrainingData, readTrainingFile } from "./training-data.js";

describe("parseTrainingData", () => {
  it("reads text, type and optional mode, with file:line origins; blank lines are skipped", () => {
    const text = [
      '{"text": "Warplanes bombed the depot.", "type": "ASSAULT", "mode": "aerial"}',
      "",
      '{"text": "Shares rose.", "type": "NONE", "note": "extra keys are ignored"}',
      '{"text": "They met.", "type": "CONSULT", "mode": ""}',
      '{"text": "They met.", "type": "MY-CATEGORY", "mode": null}',
    ].join("\n");
    expect(parseTrainingData(text, "x.jsonl")).toEqual([
      {
        text: "Warplanes bombed the depot.",
        type: "ASSAULT",
        mode: "aerial",
        origin: { file: "x.jsonl", line: 1 },
      },
      { text: "Shares rose.", type: "NONE", origin: { file: "x.jsonl", line: 3 } },
      { text: "They met.", type: "CONSULT", origin: { file: "x.jsonl", line: 4 } },
      { text: "They met.", type: "MY-CATEGORY", origin: { file: "x.jsonl", line: 5 } },
    ]);
  });

  it.each([
    ["not JSON", "{text: nope}", /x.jsonl:2: not valid JSON/],
    ["no text", '{"type": "NONE"}', /x.jsonl:2: text: /],
    ["empty text", '{"text": "  ", "type": "NONE"}', /x.jsonl:2: text: must be a non-empty string/],
    ["no type", '{"text": "They met."}', /x.jsonl:2: type: /],
    [
      "empty type",
      '{"text": "They met.", "type": " "}',
      /x.jsonl:2: type: must be a non-empty string/,
    ],
    ["numeric type", '{"text": "They met.", "type": 3}', /x.jsonl:2: type: /],
    ["array line", '["They met.", "CONSULT"]', /x.jsonl:2: /],
  ])("rejects a line with %s, naming file:line", (_name, bad, message) => {
    const text = `{"text": "Shares rose.", "type": "NONE"}\n${bad}\n`;
    expect(() => parseTrainingData(text, "x.jsonl")).toThrow(DataFileError);
    expect(() => parseTrainingData(text, "x.jsonl")).toThrow(message);
  });

  it("reports an unreadable file as a DataFileError", () => {
    expect(() => readTrainingFile("/nonexistent/labels.jsonl")).toThrow(
      /labels.jsonl: cannot read training data/,
    );
  });
});
