import { describe, expect, it } from "vitest";
import { DataFileError } from "../src/core/errors.js";
import { parseCase } from "./load-cases.js";

describe("parseCase", () => {
  it("keeps the fields scoring reads, null actor codes included", () => {
    const line = JSON.stringify({
      id: "x:1",
      dataset: "x",
      text: "T",
      date: "2020-01-02",
      lang: "en",
      extra: 1,
      events: [{ source: "USA", target: null, code: "040", scheme: "CAMEO", event_text: "met" }],
    });
    expect(parseCase(line, "f", 1)).toEqual({
      id: "x:1",
      dataset: "x",
      text: "T",
      date: "2020-01-02",
      lang: "en",
      events: [{ source: "USA", target: null, code: "040", scheme: "CAMEO" }],
    });
  });

  it("tells a case without events from one with none", () => {
    expect(parseCase('{"id":"a","text":"t"}', "f", 1)).not.toHaveProperty("events");
    expect(parseCase('{"id":"a","text":"t","events":[]}', "f", 1).events).toEqual([]);
  });

  it.each([
    ["not JSON", "{", /f:3: not JSON/],
    ["no id", '{"text":"t"}', /f:3: a case needs/],
    [
      "event without code",
      '{"id":"a","text":"t","events":[{"source":"USA"}]}',
      /f:3: an event needs/,
    ],
  ])("throws DataFileError for %s", (_name, line, msg) => {
    expect(() => parseCase(line, "f", 3)).toThrow(DataFileError);
    expect(() => parseCase(line, "f", 3)).toThrow(msg);
  });
});
