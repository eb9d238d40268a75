import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApiDocument } from "./openapi.js";
import { requestSchemas, type JsonSchema } from "./schemas.js";
import { openFixture, TEST_TOKEN, type ApiFixture } from "./test-fixture.js";

let fx: ApiFixture;
let doc: OpenApiDocument;
const MAX_PAGE = 300;

beforeAll(async () => {
  fx = await openFixture({ maxPageSize: MAX_PAGE });
  const r = await fx.app.inject({ method: "GET", url: "/openapi.json" });
  expect(r.statusCode).toBe(200);
  expect(r.headers["content-type"]).toMatch(/^application\/json/);
  doc = r.json() as OpenApiDocument;
});
afterAll(async () => fx.close());

/** Every route the API must serve (method, OpenAPI path). */
const ROUTES = [
  ["get", "/api/events"],
  ["get", "/api/events/{id}"],
  ["get", "/api/articles/{id}"],
  ["post", "/api/articles"],
  ["get", "/api/actors"],
  ["get", "/api/stats"],
  ["get", "/api/breakdown"],
  ["get", "/api/vocabulary"],
  ["get", "/openapi.json"],
  ["get", "/healthz"],
] as const;

type Operation = {
  operationId: string;
  parameters?: { name: string; in: string; required: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema: JsonSchema }> }
  >;
};
const op = (method: string, path: string): Operation =>
  doc.paths[path]?.[method] as unknown as Operation;

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

describe("/openapi.json", () => {
  it("is an OpenAPI 3.1 document with info, paths and components", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBe("dyad");
    expect(typeof doc.info.version).toBe("string");
    expect(Object.keys(doc.components.schemas).length).toBeGreaterThan(10);
    expect(doc.components.securitySchemes["bearerAuth"]).toMatchObject({
      type: "http",
      scheme: "bearer",
    });
    for (const [path, ops] of Object.entries(doc.paths)) {
      expect(path.startsWith("/")).toBe(true);
      for (const o of Object.values(ops) as unknown as Operation[]) {
        expect(Object.keys(o.responses).length).toBeGreaterThan(0);
        for (const r of Object.values(o.responses)) expect(typeof r.description).toBe("string");
        // Every path template variable is a required path parameter, and nothing else is.
        const vars = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect((o.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name)).toEqual(
          vars,
        );
      }
    }
  });

  it("has a path for every route, with unique operation ids, and nothing else", () => {
    for (const [method, path] of ROUTES)
      expect(op(method, path), `${method} ${path}`).toBeDefined();
    const ops = Object.values(doc.paths).flatMap((o) => Object.values(o) as unknown as Operation[]);
    expect(ops.length).toBe(ROUTES.length);
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
  });

  it("every $ref resolves to a component", () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const name = /^#\/components\/schemas\/(\w+)$/.exec(ref)?.[1];
      expect(name, ref).toBeDefined();
      expect(doc.components.schemas[name!], ref).toBeDefined();
    }
  });

  it("lists every query parameter the server validates, with the served limits", () => {
    const schemas = requestSchemas({ maxPageSize: MAX_PAGE, maxBatch: 100 });
    const cases: [string, JsonSchema][] = [
      ["/api/events", schemas.eventsQuery],
      ["/api/stats", schemas.statsQuery],
      ["/api/actors", schemas.actorsQuery],
      ["/api/breakdown", schemas.breakdownQuery],
    ];
    for (const [path, schema] of cases) {
      const documented =
        op("get", path)
          .parameters?.filter((p) => p.in === "query")
          .map((p) => p.name) ?? [];
      expect(documented.sort()).toEqual(Object.keys(schema["properties"] as object).sort());
    }
    const limit = op("get", "/api/events").parameters?.find((p) => p.name === "limit");
    expect(limit?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: MAX_PAGE });
    expect(op("post", "/api/articles").requestBody?.content["application/json"]?.schema).toEqual(
      JSON.parse(JSON.stringify(schemas.ingestBody)),
    );
  });

  it("every documented query parameter is validated by the server under that name", async () => {
    for (const path of ["/api/events", "/api/stats", "/api/actors", "/api/breakdown"]) {
      for (const p of op("get", path).parameters ?? []) {
        // A value no parameter accepts (too long, not a number/date/enum/boolean): the 400 must name it.
        const r = await fx.app.inject({
          method: "GET",
          url: `${path}?${p.name}=${"~".repeat(1001)}`,
        });
        expect(r.statusCode, `${path} ${p.name}`).toBe(400);
        expect(r.json().message, `${path} ${p.name}`).toContain(`querystring/${p.name}`);
      }
    }
  });

  it("documents the token requirement and the error replies of the write route", () => {
    const post = op("post", "/api/articles") as Operation & { security?: unknown };
    expect(post.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(post.responses).sort()).toEqual(["200", "400", "401", "403", "413", "500"]);
  });
});

describe("responses match their documented schemas", () => {
  let validate: (name: string, data: unknown) => string | undefined;
  beforeAll(() => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ ...doc, $id: "https://dyad.local/openapi.json" });
    validate = (name, data) => {
      const v = ajv.getSchema(`https://dyad.local/openapi.json#/components/schemas/${name}`);
      if (!v) return `no schema ${name}`;
      return v(data) ? undefined : ajv.errorsText(v.errors);
    };
  });

  const get = async (url: string) =>
    (await fx.app.inject({ method: "GET", url })).json() as Record<string, unknown>;

  it("every route's 200 body validates against its documented component", async () => {
    const page = await get("/api/events?limit=20&with_mentions=true");
    const id = (page["events"] as { id: string }[])[0]!.id;
    const articleId = fx.articles[0]!.id;
    const posted = await fx.app.inject({
      method: "POST",
      url: "/api/articles",
      headers: { authorization: `Bearer ${TEST_TOKEN}` },
      payload: [
        { text: "Police in Lima arrested two men on Friday.", date: "2030-01-04" },
        { text: " " },
      ],
    });
    const bodies: [string, unknown][] = [
      ["/api/events", page],
      ["/api/events", await get("/api/events?limit=20")],
      ["/api/events/{id}", await get(`/api/events/${id}`)],
      ["/api/articles/{id}", await get(`/api/articles/${encodeURIComponent(articleId)}`)],
      ["/api/actors", await get("/api/actors")],
      ["/api/stats", await get("/api/stats?by=week&group=dyad")],
      ["/api/breakdown", await get("/api/breakdown?type=CONSULT,AGREE&sample=5")],
      ["/api/vocabulary", await get("/api/vocabulary")],
      ["/healthz", await get("/healthz")],
      ["/openapi.json", doc],
    ];
    for (const [path, body] of bodies) {
      const method = path === "/api/articles" ? "post" : "get";
      const ref = op(method, path).responses["200"]?.content?.["application/json"]?.schema[
        "$ref"
      ] as string;
      expect(validate(ref.split("/").pop()!, body), path).toBeUndefined();
    }
    expect(validate("IngestResponse", posted.json())).toBeUndefined();
  });

  it("error bodies validate against Error", async () => {
    for (const url of ["/api/events?limit=0", "/api/events/nope", "/nowhere"]) {
      expect(validate("Error", await get(url)), url).toBeUndefined();
    }
  });

  it("stored event records validate against the shipped event record schema", async () => {
    const page = await get("/api/events?limit=50&with_mentions=true");
    for (const e of page["events"] as { mentions: { record: unknown }[] }[]) {
      for (const m of e.mentions) expect(validate("EventRecord", m.record)).toBeUndefined();
    }
  });
});
