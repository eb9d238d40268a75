import { readFileSync } from "node:fs";
import { WARCRecord, WARCSerializer } from "warcio";
import { describe, expect, it } from "vitest";
import { warcPages, type WarcSkips } from "./warc-records.js";

const FIXTURE = new URL("../../test/sources/fixtures/wire-crawl.warc", import.meta.url);

async function pages(bytes: Uint8Array, maxBytes = 1_000_000) {
  const skips: WarcSkips = { notHtml: 0, notOk: 0, other: 0 };
  const out = [];
  const chunks = (async function* () {
    yield bytes;
  })();
  for await (const page of warcPages(chunks, maxBytes, skips)) out.push(page);
  return { out, skips };
}

describe("warcPages", () => {
  it("yields the HTML pages of the team's crawl and counts the records it skips", async () => {
    const { out, skips } = await pages(readFileSync(FIXTURE));
    expect(out.map((p) => [p.kind, p.uri])).toEqual([
      ["page", "https://meridian-wire.example/world/2024/05/14/norway-colombia-demining"],
      ["page", "https://southern-cone.example/news/chile-argentina-pass"],
      ["page", "https://lanka-wire.example/2024/08/21/fisheries-pact"],
    ]);
    expect(skips).toEqual({ notHtml: 1, notOk: 2, other: 3 });
    const first = out[0];
    expect(first?.kind === "page" && first.fetchedAt).toBe("2024-09-01T10:00:00Z");
    expect(first?.kind === "page" && new TextDecoder().decode(first.body)).toContain(
      "<title>Norway pledges",
    );
  });

  it("skips a record over the size limit without stopping", async () => {
    const { out } = await pages(readFileSync(FIXTURE), 2000);
    expect(out.map((p) => p.kind)).toEqual(["too-large", "page", "page"]);
  });

  it("reads gzip-compressed records", async () => {
    const record = WARCRecord.create(
      {
        url: "https://x.example/a",
        type: "response",
        statusline: "HTTP/1.1 200 OK",
        httpHeaders: { "Content-Type": "text/html" },
      },
      [new TextEncoder().encode("<p>page</p>")],
    );
    const gz = await WARCSerializer.serialize(record, { gzip: true });
    const { out } = await pages(gz);
    expect(out).toHaveLength(1);
    expect(out[0]?.kind === "page" && new TextDecoder().decode(out[0].body)).toBe("<p>page</p>");
  });
});
