import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLines } from "./split-lines.js";

async function* chunked(bytes: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let pos = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield bytes.subarray(pos, Math.max(pos, cut));
    pos = Math.max(pos, cut);
  }
  yield bytes.subarray(pos);
}

async function lines(bytes: Buffer, cuts: number[], max: number): Promise<(string | number)[]> {
  const out: (string | number)[] = [];
  for await (const line of splitLines(chunked(bytes, cuts), max)) {
    out.push(line.tooLong ? -line.line : `${line.line}:${line.bytes.toString("latin1")}`);
  }
  return out;
}

describe("splitLines", () => {
  it("gives the same lines wherever the chunks are cut", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom("a", "b", "\n", "\r"), maxLength: 60 }),
        fc.array(fc.nat({ max: 60 }), { maxLength: 6 }),
        async (text, cuts) => {
          const expected = text.split("\n").map((line, i) => `${i + 1}:${line}`);
          if (text.endsWith("\n") || text === "") expected.pop();
          expect(await lines(Buffer.from(text, "latin1"), cuts, 1000)).toEqual(expected);
        },
      ),
    );
  });

  it("reports lines over the limit by number only", async () => {
    expect(await lines(Buffer.from("abc\nabcdef\nab"), [2, 5, 8], 3)).toEqual([
      "1:abc",
      -2,
      "3:ab",
    ]);
  });
});
