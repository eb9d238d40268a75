import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StoredEvent } from "../store/index.js";
import { WRITES_DISABLED } from "./bearer-guard.js";
import { createApp } from "./create-app.js";
import type { IngestResponse } from "./ingest-articles.js";
import { openFixture, TEST_TOKEN, type ApiFixture } from "./test-fixture.js";

let fx: ApiFixture;
beforeAll(async () => {
  fx = await openFixture({ bodyLimit: 64 * 1024, maxBatch: 5 });
});
afterAll(async () => fx.close());

const AUTH = { authorization: `Bearer ${TEST_TOKEN}` };

// Written for these tests (wire style); not from any gold set.
const ARTICLE = {
  id: "api-test-1",
  date: "2031-03-04",
  title: "Ruritania and Freedonia hold talks",
  source: "Test Wire",
  text: "VIENNA, March 3 (Test Wire) -- Austrian Foreign Minister Anna Berger met Hungarian Foreign Minister Laszlo Kovacs in Vienna on Monday to discuss border controls. Hungarian police arrested twelve protesters in Budapest on Tuesday, officials said.",
};

async function post(body: unknown, headers: Record<string, string> = AUTH) {
  const r = await fx.app.inject({
    method: "POST",
    url: "/api/articles",
    headers: { "content-type": "application/json", ...headers },
    payload: JSON.stringify(body),
  });
  return { status: r.statusCode, body: r.json() as Record<string, unknown>, headers: r.headers };
}

async function postOk(body: unknown): Promise<IngestResponse> {
  const r = await post(body);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as unknown as IngestResponse;
}

describe("write access", () => {
  it("no Authorization header is a 401 with a Bearer challenge", async () => {
    const r = await post(ARTICLE, {});
    expect(r.status).toBe(401);
    expect(r.headers["www-authenticate"]).toMatch(/^Bearer/);
  });

  it.each([`Bearer ${TEST_TOKEN}x`, "Bearer wrong", `bearer ${TEST_TOKEN.slice(1)}`])(
    "a wrong token (%s) is a 403",
    async (authorization) => {
      const r = await post(ARTICLE, { authorization });
      expect(r.status).toBe(403);
      expect(r.body["code"]).toBe("forbidden");
    },
  );

  it("the token check runs before the body is read (no 400/413 for unauthenticated requests)", async () => {
    const r = await post("x".repeat(100_000), {});
    expect(r.status).toBe(401);
  });

  it("without a configured token writes are disabled with a 403 saying how to enable them", async () => {
    const app = createApp(fx.store, { coder: fx.coder, coderVersion: "test-1" });
    const r = await app.inject({
      method: "POST",
      url: "/api/articles",
      headers: AUTH,
      payload: ARTICLE,
    });
    await app.close();
    expect(r.statusCode).toBe(403);
    expect(r.json()).toMatchObject({ code: "writes-disabled", message: WRITES_DISABLED });
    expect(WRITES_DISABLED).toContain("DYAD_TOKEN");
  });
});

describe("POST /api/articles", () => {
  it("stores a new article; GET then sees its events; posting it again is unchanged", async () => {
    const first = await postOk(ARTICLE);
    expect(first.counts).toEqual({ inserted: 1, replaced: 0, unchanged: 0, skipped: 0 });
    const [res] = first.results;
    expect(res).toMatchObject({ index: 0, id: "api-test-1", status: "inserted" });
    expect(res!.events).toBeGreaterThan(0);
    expect(res!.mentions).toBe(res!.events);

    const page = await fx.app.inject({
      method: "GET",
      url: "/api/events?text=Laszlo%20Kovacs&limit=500&with_mentions=true",
    });
    const events = page.json().events as (StoredEvent & {
      mentions: { record: { article_id: string } }[];
    })[];
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.mentions.some((m) => m.record.article_id === "api-test-1"))).toBe(
      true,
    );
    const stored = await fx.app.inject({ method: "GET", url: "/api/articles/api-test-1" });
    expect(stored.json().article).toMatchObject({
      id: "api-test-1",
      text: ARTICLE.text,
      title: ARTICLE.title,
      date: ARTICLE.date,
      source: ARTICLE.source,
    });

    const before = await fx.store.counts();
    const again = await postOk([ARTICLE]);
    expect(again.results[0]).toMatchObject({ status: "unchanged", mentions: 0 });
    const after = await fx.store.counts();
    expect({ ...after, runs: 0, issues: 0 }).toEqual({ ...before, runs: 0, issues: 0 });
  });

  it("a changed text under the same id is replaced", async () => {
    const changed = { ...ARTICLE, id: "api-test-2" };
    await postOk(changed);
    const r = await postOk({ ...changed, text: `${changed.text} Talks will resume next week.` });
    expect(r.results[0]?.status).toBe("replaced");
  });

  it("a batch reports per-document status and issues, in request order", async () => {
    const noDate = {
      text: "Kenyan police fired tear gas at protesters in Nairobi, witnesses said.",
    };
    const r = await postOk([
      { ...ARTICLE, id: "api-test-3" },
      { id: "api-test-blank", text: "   \n " },
      { ...ARTICLE, id: "api-test-3", text: "A different text." },
      noDate,
    ]);
    expect(r.results.map((x) => x.status)).toEqual(["inserted", "skipped", "skipped", "inserted"]);
    expect(r.results[1]?.issues.map((i) => i.code)).toEqual(["empty-body"]);
    expect(r.results[2]?.issues.map((i) => i.code)).toEqual(["duplicate-id"]);
    expect(r.results[3]?.id).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(r.results[3]?.issues.map((i) => i.code)).toContain("missing-date");
    expect(r.results[1]?.issues[0]).toMatchObject({
      severity: "error",
      origin: { line: 2 },
      articleId: "api-test-blank",
    });
    expect(r.counts).toEqual({ inserted: 2, replaced: 0, unchanged: 0, skipped: 2 });
    expect(r.run_id).toMatch(/^api-/);
  });

  it("null optional fields count as absent, like jsonl", async () => {
    const r = await postOk({
      id: "api-test-null",
      text: ARTICLE.text,
      date: null,
      title: null,
      url: null,
      source: null,
    });
    expect(r.results[0]?.status).toBe("inserted");
  });

  it.each([
    ["no text", { id: "x" }, 'body must have the field "text"'],
    ["text not a string", { text: 7 }, "body/text must be string"],
    ["numeric id (never coerced)", { id: 7, text: "Troops fired." }, "body/id must be string,null"],
    ["blank id", { id: "  ", text: "Troops fired." }, "body/id"],
    [
      "bad date",
      { text: "Troops fired.", date: "2023-02-30" },
      "body/date must be a date YYYY-MM-DD",
    ],
    ["date in another format", { text: "Troops fired.", date: "03/04/2031" }, "body/date"],
    ["bad field in a batch", [{ text: "a" }, { text: "b", title: 5 }], "body/1/title"],
    ["empty batch", [], "body must NOT have fewer than 1 items"],
    [
      "batch over the limit",
      Array.from({ length: 6 }, (_, i) => ({ text: `Article ${i}.` })),
      "body must NOT have more than 5 items",
    ],
    ["not an object", "just text", "body must be object,array"],
  ])("%s is a 400 naming the field", async (_name, body, message) => {
    const before = await fx.store.counts();
    const r = await post(body);
    expect(r.status).toBe(400);
    expect(r.body["message"]).toContain(message);
    expect((await fx.store.counts()).articles).toBe(before.articles);
  });

  it("malformed JSON is a 400", async () => {
    const r = await fx.app.inject({
      method: "POST",
      url: "/api/articles",
      headers: { ...AUTH, "content-type": "application/json" },
      payload: '{"text": ',
    });
    expect(r.statusCode).toBe(400);
  });

  it("a body over the limit is a 413 naming the limit", async () => {
    const r = await post({ text: "x ".repeat(40_000) });
    expect(r.status).toBe(413);
    expect(r.body["message"]).toContain(String(64 * 1024));
  });

  it("records the request as an ingest run with its issues", async () => {
    const before = await fx.store.counts();
    await postOk([{ id: "api-test-blank-2", text: " " }]);
    const after = await fx.store.counts();
    expect(after.runs).toBe(before.runs + 1);
    expect(after.issues).toBe(before.issues + 1);
  });
});
