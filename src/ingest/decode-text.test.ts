import { describe, expect, it } from "vitest";
import { decodeBytes, decodeWindows1252, looksBinary } from "./decode-text.js";

describe("decodeWindows1252", () => {
  it.each([
    [[0x80], "\u20ac"],
    [[0x85], "\u2026"],
    [[0x91, 0x92], "\u2018\u2019"],
    [[0x96, 0x97], "\u2013\u2014"],
    [[0x81, 0x9d], "\u0081\u009d"],
    [[0xe9, 0x41], "\u00e9A"],
  ])("decodes %j", (bytes, text) => {
    expect(decodeWindows1252(Uint8Array.from(bytes))).toBe(text);
  });
});

describe("decodeBytes", () => {
  it.each([
    {
      name: "plain UTF-8",
      bytes: Buffer.from("Kyiv – Київ"),
      text: "Kyiv – Київ",
      warning: undefined,
    },
    {
      name: "UTF-8 BOM dropped",
      bytes: Buffer.from("\ufeffA\ufeffB"),
      text: "A\ufeffB",
      warning: undefined,
    },
    {
      name: "truncated UTF-8",
      bytes: Buffer.from([0x41, 0xe2, 0x80]),
      text: "A\u00e2\u20ac",
      warning: "invalid-utf8",
    },
    { name: "lone UTF-16 BOM", bytes: Buffer.from([0xff, 0xfe]), text: "", warning: undefined },
  ])("$name", ({ bytes, text, warning }) => {
    expect(decodeBytes(bytes)).toEqual(warning === undefined ? { text } : { text, warning });
  });
});

describe("looksBinary", () => {
  it.each([
    { name: "text with tabs and CRLF", bytes: Buffer.from("a\tb\r\nc\f"), binary: false },
    {
      name: "one NUL anywhere",
      bytes: Buffer.concat([Buffer.alloc(20000, 0x61), Buffer.from([0])]),
      binary: true,
    },
    {
      name: "UTF-16LE with BOM",
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("ab", "utf16le")]),
      binary: false,
    },
    {
      name: "11% control bytes",
      bytes: Buffer.concat([Buffer.alloc(89, 0x61), Buffer.alloc(11, 0x1b)]),
      binary: true,
    },
    {
      name: "9% control bytes",
      bytes: Buffer.concat([Buffer.alloc(91, 0x61), Buffer.alloc(9, 0x1b)]),
      binary: false,
    },
    { name: "empty", bytes: Buffer.alloc(0), binary: false },
  ])("$name", ({ bytes, binary }) => {
    expect(looksBinary(bytes)).toBe(binary);
  });
});
