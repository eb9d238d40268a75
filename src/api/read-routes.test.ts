import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventWithMentions, StoredEvent } from "../store/index.js";
import { getJson, openEventsFixture, type ApiFixture, type JsonReply } from "./test-fixture.js";

let fx: ApiFixture;
/** Every stored event with its mentions, read in one page: the reference results are checked against. */
let all: EventWithMentions[];

const get = (url: string): Promise<JsonReply> => getJson(fx, url);

beforeAll(async () => ({ fx, all } = await openEventsFixture()));
afterAll(async () => fx.close());

const lower = (s: string | undefined): string => (s ?? "").toLowerCase();

describe("GET /api/events/:id, /api/articles/:id", () => {
  it("returns the event with mentions, evidence spans and sentence texts", async () => {
    const e = all.find((x) => x.mention_count > 1) ?? all[0]!;
    const r = await get(`/api/events/${e.id}`);
    expect(r.status).toBe(200);
    const got = r.body as unknown as EventWithMentions;
    expect(got.id).toBe(e.id);
    expect(got.mentions.length).toBe(e.mention_count);
    for (const m of got.mentions) {
      const article = fx.articles.find((a) => a.id === m.record.article_id)!;
      const { sentence, trigger } = m.record.evidence;
      expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(article.text.slice(trigger.start, trigger.end)).toBe(trigger.text);
    }
  });

  it("returns a feed entry's source metadata with the article (outlet, URL, language)", async () => {
    const a = fx.articles.find((x) => x.origin.outlet !== undefined)!;
    expect(a).toBeDefined();
    const r = await get(`/api/articles/${encodeURIComponent(a.id)}`);
    expect((r.body["article"] as { origin: unknown }).origin).toEqual(a.origin);
  });

  it("returns the article text and provenance", async () => {
    const a = fx.articles[0]!;
    const r = await get(`/api/articles/${encodeURIComponent(a.id)}`);
    expect(r.status).toBe(200);
    const article = r.body["article"] as { id: string; text: string };
    expect(article).toMatchObject({ id: a.id, text: a.text });
    expect(r.body["coder_version"]).toBe("test-1");
    const events = r.body["events"] as StoredEvent[];
    const want = all
      .filter((e) => e.mentions.some((m) => m.record.article_id === a.id))
      .map((e) => e.id);
    expect(want.length).toBeGreaterThan(0);
    expect(events.map((e) => e.id).sort()).toEqual(want.sort());
  });

  it.each(["/api/events/nope", "/api/articles/nope", "/api/events/'%20OR%20'1'%3D'1"])(
    "%s is a 404 with a JSON error",
    async (url) => {
      const r = await get(url);
      expect(r.status).toBe(404);
      expect(r.body).toMatchObject({ statusCode: 404, code: "not-found" });
    },
  );
});

describe("GET /api/actors and /api/stats", () => {
  it("actors are searched by code and name, with mention counts, most mentioned first", async () => {
    const r = await get("/api/actors?code=CHN");
    const actors = r.body["actors"] as { code: string; mentions: number }[];
    expect(actors.length).toBeGreaterThan(0);
    expect(actors.every((a) => a.code === "CHN" && a.mentions > 0)).toBe(true);
    const named = (await get("/api/actors?name=russ&limit=2")).body["actors"] as {
      name?: string;
    }[];
    expect(named.length).toBeGreaterThan(0);
    expect(named.length).toBeLessThanOrEqual(2);
    expect(named.every((a) => lower(a.name).includes("russ"))).toBe(true);
  });

  it.each(["type", "quad", "dyad", "none"])(
    "group=%s: the rows count every filtered event once",
    async (group) => {
      const r = await get(`/api/stats?by=month&group=${group}&from=2024-01-01`);
      expect(r.status).toBe(200);
      const rows = r.body["rows"] as { bucket: string; key: string; events: number }[];
      expect(rows.reduce((s, x) => s + x.events, 0)).toBe(
        all.filter((e) => e.day >= "2024-01-01").length,
      );
      expect(rows.every((x) => /^\d{4}-\d{2}$/.test(x.bucket))).toBe(true);
      if (group === "none") expect(new Set(rows.map((x) => x.bucket)).size).toBe(rows.length);
    },
  );

  it("by=week names buckets by their Monday", async () => {
    const rows = (await get("/api/stats?by=week&group=none&from=2023-01-01")).body["rows"] as {
      bucket: string;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const { bucket } of rows) expect(new Date(`${bucket}T00:00:00Z`).getUTCDay()).toBe(1);
  });
});

describe("400 on bad parameters", () => {
  it.each([
    ["/api/events?from=2023-02-30", "querystring/from"],
    ["/api/events?from=yesterday", "querystring/from"],
    ["/api/events?to=2023-1-1", "querystring/to"],
    ["/api/events?limit=5000", "querystring/limit"],
    ["/api/events?limit=0", "querystring/limit"],
    ["/api/events?limit=ten", "querystring/limit"],
    ["/api/events?type=FOO", "querystring/type"],
    ["/api/events?type=CONSULT,FOO", "querystring/type"],
    ["/api/events?quad=5", "querystring/quad"],
    ["/api/events?modality=maybe", "querystring/modality"],
    ["/api/events?min_confidence=2", "querystring/min_confidence"],
    ["/api/events?sort=random", "querystring/sort"],
    ["/api/events?actor=U", "querystring/actor"],
    ["/api/events?recipient_sector=GOVT", "querystring/recipient_sector"],
    [`/api/events?text=${"x".repeat(201)}`, "querystring/text"],
    ["/api/events?cursor=not%20a%20cursor", "querystring/cursor"],
    ["/api/events?cursor=abc", "cursor"],
    ["/api/events?actr=USA", '"actr"'],
    ["/api/stats?by=year", "querystring/by"],
    ["/api/stats?group=country", "querystring/group"],
    ["/api/actors?limit=-1", "querystring/limit"],
    ["/api/events?limit=1&limit=2", "querystring/limit"],
  ])("%s names %s", async (url, field) => {
    const r = await get(url);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({
      statusCode: 400,
      error: "Bad Request",
      code: "invalid-request",
    });
    expect(r.body["message"]).toContain(field);
  });

  it("an unknown type lists the allowed values", async () => {
    expect((await get("/api/events?type=consult")).body["message"]).toContain("CONSULT");
  });
});
