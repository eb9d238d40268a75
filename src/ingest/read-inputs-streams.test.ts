import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { collect, useTempDir } from "./test-helpers.js";

const BODY =
  "ANKARA, March 3 (Wire) -- Turkey's foreign minister met his Greek counterpart on Monday.\n";
const PLAIN = "The two governments signed a trade accord in the capital.\n";

const { one } = useTempDir();

const JSONL_LINES = [
  JSON.stringify({
    id: "n1",
    text: BODY,
    date: "2024-03-04",
    title: "T",
    url: "https://example.org/1",
    source: "wire",
  }),
  "",
  "{not json",
  "[1,2]",
  JSON.stringify({ id: "n2" }),
  JSON.stringify({ id: 7, text: PLAIN }),
  JSON.stringify({ id: "n3", text: "   " }),
  JSON.stringify({ id: "n4", text: BODY, title: 5, date: "2024-13-01" }),
  JSON.stringify({ text: BODY, date: null }),
  JSON.stringify({ id: "n1", text: "again" }),
  `  ${JSON.stringify({ id: "n5", text: PLAIN, date: "2024-03-04" })}\r`,
];

describe("readInputs: jsonl", () => {
  it("reports bad lines with their 1-based line numbers and goes on", async () => {
    const path = await one("j1.jsonl", `${JSONL_LINES.join("\n")}\n\n`);
    const { articles, issues } = await collect([path]);
    expect(articles.map((a) => a.id)).toEqual([
      "n1",
      "n4",
      expect.stringMatching(/^sha256:/),
      "n5",
    ]);
    expect(articles[0]).toEqual({
      id: "n1",
      text: BODY,
      date: "2024-03-04",
      title: "T",
      url: "https://example.org/1",
      source: "wire",
      origin: { file: path, line: 1 },
    });
    expect(articles[3]?.origin).toEqual({ file: path, line: 11 });
    expect(issues.map((i) => [i.code, i.severity, i.origin.line, i.articleId])).toEqual([
      ["bad-json", "error", 3, undefined],
      ["not-an-object", "error", 4, undefined],
      ["missing-text", "error", 5, "n2"],
      ["bad-id", "error", 6, undefined],
      ["empty-body", "error", 7, "n3"],
      ["bad-field", "warning", 8, "n4"],
      ["invalid-date", "warning", 8, "n4"],
      ["duplicate-id", "error", 10, "n1"],
    ]);
  });

  it.each([
    {
      name: "BOM on line 1, CRLF endings",
      content: `\ufeff{"id":"a","text":"x"}\r\n{"id":"b","text":"y"}`,
      ids: ["a", "b"],
      codes: ["missing-date", "missing-date"],
    },
    { name: "only blank lines", content: "\n  \n\n", ids: [], codes: ["no-records"] },
    {
      name: "invalid UTF-8 in one line",
      content: Buffer.from([...Buffer.from('{"id":"c","text":"caf'), 0xe9, ...Buffer.from('"}\n')]),
      ids: ["c"],
      codes: ["invalid-utf8", "missing-date"],
    },
  ])("$name", async ({ content, ids, codes }) => {
    const { articles, issues } = await collect([await one("j2.ndjson", content)]);
    expect(articles.map((a) => a.id)).toEqual(ids);
    expect(issues.map((i) => i.code)).toEqual(codes);
  });

  it("reports an over-long line without keeping it and reads the next", async () => {
    const path = await one(
      "j3.jsonl",
      `${JSON.stringify({ id: "big", text: "z".repeat(5000) })}\n{"id":"ok","text":"fine"}\n`,
    );
    const { articles, issues } = await collect([path], { maxBytes: 1000, date: "2024-01-01" });
    expect(articles.map((a) => a.id)).toEqual(["ok"]);
    expect(issues).toEqual([
      expect.objectContaining({ code: "too-large", origin: { file: path, line: 1 } }),
    ]);
  });

  it("streams a jsonl file larger than maxBytes, since the limit is per line", async () => {
    const lines = Array.from({ length: 50 }, (_, i) =>
      JSON.stringify({ id: `r${i}`, text: `record ${i}` }),
    );
    const { articles } = await collect([await one("j4.jsonl", lines.join("\n"))], {
      maxBytes: 100,
      date: "2024-01-01",
    });
    expect(articles).toHaveLength(50);
  });
});

describe("readInputs: stdin", () => {
  it.each([
    {
      name: "txt",
      chunks: ["ROME, May 2 -- Ital", "y said."],
      text: "ROME, May 2 -- Italy said.",
      ids: 1,
    },
    {
      name: "article",
      chunks: ["date 2024-03-04 H\n\nBody ", "text."],
      text: "Body text.",
      ids: 1,
    },
    {
      name: "jsonl split mid-line",
      chunks: ['{"id":"s1","te', 'xt":"a"}\n{"id":"s2","text":"b"}\n'],
      text: "a",
      ids: 2,
    },
  ])("reads $name from a Readable", async ({ chunks, text, ids }) => {
    const stdin = Readable.from(chunks.map((chunk) => Buffer.from(chunk)));
    const { articles } = await collect(["-"], { stdin, date: "2024-01-01" });
    expect(articles).toHaveLength(ids);
    expect(articles[0]).toMatchObject({ text, origin: { file: "-" } });
  });

  it("stops reading stdin past maxBytes", async () => {
    const stdin = Readable.from([Buffer.alloc(60, 0x61), Buffer.alloc(60, 0x61)]);
    const { issues } = await collect(["-"], { stdin, maxBytes: 100 });
    expect(issues.map((i) => [i.code, i.origin.file])).toEqual([["too-large", "-"]]);
  });

  it("turns an operating-system read error into unreadable", async () => {
    const error = Object.assign(new Error("EIO: i/o error, read"), {
      code: "EIO",
      syscall: "read",
      errno: -5,
    });
    const stdin = new Readable({
      read() {
        this.destroy(error);
      },
    });
    const { issues } = await collect(["-"], { stdin });
    expect(issues.map((i) => [i.code, i.origin.file])).toEqual([["unreadable", "-"]]);
  });

  it("lets any other stream error propagate", async () => {
    const stdin = new Readable({
      read() {
        this.destroy(new RangeError("bug"));
      },
    });
    await expect(collect(["-"], { stdin })).rejects.toBeInstanceOf(RangeError);
  });

  it("reports empty stdin", async () => {
    const { issues } = await collect(["-"], { stdin: Readable.from([]) });
    expect(issues.map((i) => i.code)).toEqual(["empty-file"]);
  });
});
