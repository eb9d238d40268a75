import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, openFixture, type ApiFixture, type JsonReply } from "./test-fixture.js";
import type { Vocabulary } from "./vocabulary.js";

let fx: ApiFixture;
beforeAll(async () => {
  fx = await openFixture();
});
afterAll(async () => fx.close());

const get = (url: string): Promise<JsonReply> => getJson(fx, url);

interface KeyCount {
  key: string;
  events: number;
  intensity: number;
}
interface Breakdown {
  dyads: KeyCount[];
  actors: KeyCount[];
  recipients: KeyCount[];
  sampled: number;
  complete: boolean;
  codes_exact: boolean;
}
interface PageEvent {
  actor: { code: string }[];
  recipient: { code: string }[];
}

/** Dyad key as the store writes it: sorted distinct codes, `>` before the recipients. */
const dyadOf = (e: PageEvent): string => {
  const codes = (xs: { code: string }[]): string =>
    [...new Set(xs.map((x) => x.code))].sort().join("+");
  return `${codes(e.actor)}>${codes(e.recipient)}`;
};

describe("GET /api/breakdown", () => {
  it.each([
    ["actor=CHN&type=CONSULT"],
    ["type=ASSAULT,COERCE"],
    ["quad=3&quad=4&from=2023-01-01"],
    [""],
  ])("counts the same events as /api/events (%s)", async (query) => {
    const page = await get(`/api/events?limit=500&${query}`);
    const events = page.body["events"] as PageEvent[];
    const { status, body } = await get(`/api/breakdown?${query}`);
    expect(status).toBe(200);
    const b = body as unknown as Breakdown;
    expect(b.sampled).toBe(events.length);
    expect(b.complete).toBe(true);
    expect(b.codes_exact).toBe(true);
    const want = new Map<string, number>();
    for (const e of events) want.set(dyadOf(e), (want.get(dyadOf(e)) ?? 0) + 1);
    expect(new Map(b.dyads.map((d) => [d.key, d.events]))).toEqual(want);
  });

  it("finds the sample article's phone call as a CHN+OMN dyad", async () => {
    const b = (await get("/api/breakdown?actor=CHN&type=CONSULT")).body as unknown as Breakdown;
    expect(b.dyads.map((d) => d.key)).toContain("CHN+OMN>");
    expect(b.actors.find((a) => a.key === "OMN")?.events).toBeGreaterThan(0);
  });

  it("a small sample is marked incomplete", async () => {
    const b = (await get("/api/breakdown?sample=3&dyads=2")).body as unknown as Breakdown;
    expect(b.sampled).toBe(3);
    expect(b.complete).toBe(false);
    expect(b.dyads.length).toBeLessThanOrEqual(2);
    // No filter at all: the roll-ups still count every event per code.
    expect(b.codes_exact).toBe(true);
  });

  it.each([
    ["sample=0", "querystring/sample"],
    ["dyads=9999", "querystring/dyads"],
    ["type=NOPE", "querystring/type"],
    ["from=2023-13-01", "querystring/from"],
  ])("400 for %s", async (query, field) => {
    const { status, body } = await get(`/api/breakdown?${query}`);
    expect(status).toBe(400);
    expect(String(body["message"])).toContain(field);
  });
});

describe("GET /api/vocabulary", () => {
  let v: Vocabulary;
  beforeAll(async () => {
    v = (await get("/api/vocabulary")).body as unknown as Vocabulary;
  });

  it("lists the 16 PLOVER types with their quad and modes", () => {
    expect(v.types).toHaveLength(16);
    const consult = v.types.find((t) => t.type === "CONSULT");
    expect(consult?.quad).toBe(1);
    expect(consult?.modes.map((m) => m.name)).toContain("phone");
    expect(v.quads.map((q) => q.quad)).toEqual([1, 2, 3, 4]);
    expect(v.contexts.length).toBeGreaterThan(10);
  });

  it("maps every world atlas country id to an alpha-3 code", () => {
    const atlasFile = createRequire(import.meta.url).resolve("world-atlas/countries-110m.json");
    const atlas = JSON.parse(readFileSync(atlasFile, "utf8")) as {
      objects: { countries: { geometries: { id?: string }[] } };
    };
    const byNumeric = new Map(v.countries.map((c) => [c.ccn3, c.code]));
    const ids = atlas.objects.countries.geometries.flatMap((g) => (g.id ? [g.id] : []));
    expect(ids.length).toBeGreaterThan(150);
    for (const id of ids) expect(byNumeric.get(id), id).toMatch(/^[A-Z]{3}$/);
    expect(byNumeric.get("156")).toBe("CHN");
    expect(byNumeric.get("512")).toBe("OMN");
  });
});
