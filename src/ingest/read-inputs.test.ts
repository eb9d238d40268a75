import { describe, expect, it } from "vitest";
import { UsageError } from "../core/errors.js";
import type { IngestOptions } from "./ingest-types.js";
import { collect, useTempDir } from "./test-helpers.js";

const BODY =
  "ANKARA, March 3 (Wire) -- Turkey's foreign minister met his Greek counterpart on Monday.\n";
const PLAIN = "The two governments signed a trade accord in the capital.\n";

const { one } = useTempDir();

interface Case {
  readonly name: string;
  readonly file: string;
  readonly content: string | Uint8Array;
  readonly opts?: IngestOptions;
  /** Expected article fields (undefined: no article). */
  readonly article?: {
    text: string;
    bodyStart?: number;
    title?: string;
    date?: string;
    id?: string;
  };
  /** Expected issue codes, in order. */
  readonly issues: readonly string[];
}

const CASES: readonly Case[] = [
  {
    name: "article format",
    file: "a1.article",
    content: `date 2024-03-04 Turkish, Greek ministers meet\n\n${BODY}`,
    article: { text: BODY, title: "Turkish, Greek ministers meet", date: "2024-03-04" },
    issues: [],
  },
  {
    // An indented header is read, but kept in the text (bodyStart marks the body) so that
    // offsets are those of the file as written.
    name: "article: leading space, CRLF, several blank lines kept byte-exact",
    file: "a2.article",
    content: ` date 2024-03-04 Headline here\r\n\r\n  \r\n${BODY.replace("\n", "\r\n")}`,
    article: {
      text: ` date 2024-03-04 Headline here\r\n\r\n  \r\n${BODY.replace("\n", "\r\n")}`,
      bodyStart: 38,
      title: "Headline here",
      date: "2024-03-04",
    },
    issues: [],
  },
  {
    name: "article without headline",
    file: "a3.article",
    content: `date 2024-03-04\n\n${BODY}`,
    article: { text: BODY, date: "2024-03-04" },
    issues: [],
  },
  {
    name: ".txt holding the article format is read as article",
    file: "a4.txt",
    content: `date 2024-03-05 Sample headline\n\n${BODY}`,
    article: { text: BODY, title: "Sample headline", date: "2024-03-05" },
    issues: [],
  },
  {
    name: "article with an impossible header date falls back to opts.date",
    file: "a5.article",
    content: `date 2024-02-30 Bad date\n\n${PLAIN}`,
    opts: { date: "2024-01-01" },
    article: { text: PLAIN, title: "Bad date", date: "2024-01-01" },
    issues: ["invalid-date"],
  },
  { name: "article without header", file: "a6.article", content: PLAIN, issues: ["bad-header"] },
  {
    name: "article with header only",
    file: "a7.article",
    content: "date 2024-03-04 Only\n\n \n",
    issues: ["empty-body"],
  },
  {
    name: "forced txt keeps the header in the text",
    file: "a8.article",
    content: `date 2024-03-04 H\n\n${BODY}`,
    opts: { inputFormat: "txt", date: "2024-03-04" },
    article: { text: `date 2024-03-04 H\n\n${BODY}`, date: "2024-03-04" },
    issues: [],
  },
  {
    name: "txt with dateline, no date",
    file: "t1.txt",
    content: BODY,
    article: { text: BODY },
    issues: [],
  },
  {
    name: "txt without dateline warns",
    file: "t2.txt",
    content: PLAIN,
    article: { text: PLAIN },
    issues: ["missing-date"],
  },
  {
    name: "txt takes opts.date",
    file: "t3.txt",
    content: PLAIN,
    opts: { date: "2024-05-06" },
    article: { text: PLAIN, date: "2024-05-06" },
    issues: [],
  },
  {
    name: "content id is sha256 of the body",
    file: "t4.txt",
    content: "abc",
    opts: { date: "2024-05-06" },
    article: { text: "abc", id: "sha256:ba7816bf8f01cfea", date: "2024-05-06" },
    issues: [],
  },
  {
    name: "unknown extension sniffed as txt",
    file: "s1.md",
    content: BODY,
    article: { text: BODY },
    issues: [],
  },
  {
    name: "unknown extension sniffed as article",
    file: "s2",
    content: `date 2024-03-04 Sniffed\n\n${BODY}`,
    article: { text: BODY, title: "Sniffed", date: "2024-03-04" },
    issues: [],
  },
  {
    name: "unknown extension sniffed as jsonl",
    file: "s3.json",
    content: `${JSON.stringify({ id: "x1", text: BODY, date: "2024-03-04" })}\n`,
    article: { text: BODY, id: "x1", date: "2024-03-04" },
    issues: [],
  },
  {
    name: "UTF-8 BOM is stripped",
    file: "e1.txt",
    content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BODY)]),
    article: { text: BODY },
    issues: [],
  },
  {
    name: "UTF-16LE with BOM is decoded",
    file: "e2.txt",
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BODY, "utf16le")]),
    article: { text: BODY },
    issues: [],
  },
  {
    name: "UTF-16BE with BOM is decoded",
    file: "e3.txt",
    content: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(BODY, "utf16le").swap16()]),
    article: { text: BODY },
    issues: [],
  },
  {
    name: "malformed UTF-16 is decoded with a warning",
    file: "e4.txt",
    content: Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(BODY, "utf16le"),
      Buffer.from([0x00, 0xd8]),
    ]),
    article: { text: `${BODY}\ufffd` },
    issues: ["invalid-utf16"],
  },
  {
    name: "invalid UTF-8 falls back to windows-1252",
    file: "e5.txt",
    content: Buffer.from([...Buffer.from("ROME, May 2 -- "), 0x93, 0x41, 0x94, 0x20, 0x80, 0xe9]),
    article: { text: "ROME, May 2 -- \u201cA\u201d \u20ac\u00e9" },
    issues: ["invalid-utf8"],
  },
  {
    name: "NUL bytes mean binary",
    file: "b1.txt",
    content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x41]),
    issues: ["binary-file"],
  },
  {
    name: "many control bytes mean binary",
    file: "b2.dat",
    content: Buffer.alloc(100, 0x01),
    issues: ["binary-file"],
  },
  {
    name: "binary jsonl",
    file: "b3.jsonl",
    content: Buffer.from([0x7b, 0x00, 0x01]),
    issues: ["binary-file"],
  },
  { name: "0-byte file", file: "z1.txt", content: "", issues: ["empty-file"] },
  { name: "whitespace-only txt", file: "z2.txt", content: " \n\t\r\n", issues: ["empty-body"] },
  {
    name: "BOM-only txt",
    file: "z3.txt",
    content: Buffer.from([0xef, 0xbb, 0xbf]),
    issues: ["empty-body"],
  },
  {
    name: "too large by stat",
    file: "l1.txt",
    content: "x".repeat(101),
    opts: { maxBytes: 100 },
    issues: ["too-large"],
  },
  {
    name: "too large, sniffed",
    file: "l2.bin",
    content: "x".repeat(101),
    opts: { maxBytes: 100 },
    issues: ["too-large"],
  },
  {
    name: "exactly maxBytes is fine",
    file: "l3.txt",
    content: "y".repeat(100),
    opts: { maxBytes: 100, date: "2024-01-01" },
    article: { text: "y".repeat(100), date: "2024-01-01" },
    issues: [],
  },
  {
    name: "jsonl in UTF-16 is refused",
    file: "j0.jsonl",
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`{"text":"a"}\n`, "utf16le")]),
    issues: ["unsupported-encoding"],
  },
];

describe("readInputs: formats and failures", () => {
  it.each(CASES)("$name", async (c) => {
    const path = await one(c.file, c.content);
    const { articles, issues } = await collect([path], c.opts);
    expect(issues.map((issue) => issue.code)).toEqual(c.issues);
    for (const issue of issues) expect(issue.origin.file).toBe(path);
    if (c.article === undefined) {
      expect(articles).toEqual([]);
      expect(issues.some((issue) => issue.severity === "error")).toBe(true);
      return;
    }
    expect(articles).toHaveLength(1);
    const article = articles[0];
    expect(article).toMatchObject({ ...c.article, origin: { file: path } });
    expect(article?.title).toBe(c.article.title);
    expect(article?.date).toBe(c.article.date);
    expect(article?.id).toMatch(c.article.id ?? /^sha256:[0-9a-f]{16}$/);
    for (const issue of issues)
      expect(issue).toMatchObject({ severity: "warning", articleId: article?.id });
  });
});

describe("readInputs: options", () => {
  it.each([
    { name: "bad date", inputs: ["x"], opts: { date: "2024-02-30" } },
    { name: "bad format", inputs: ["x"], opts: { inputFormat: "xml" } as unknown as IngestOptions },
    { name: "bad maxBytes", inputs: ["x"], opts: { maxBytes: 0 } },
    { name: "stdin twice", inputs: ["-", "-"], opts: {} },
  ])("throws UsageError for $name before reading", async ({ inputs, opts }) => {
    await expect(collect(inputs, opts)).rejects.toBeInstanceOf(UsageError);
  });

  it("yields nothing for no inputs", async () => {
    expect((await collect([])).items).toEqual([]);
  });
});
