import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type EventStore } from "../store/index.js";
import { createApp } from "./create-app.js";
import { CONTENT_SECURITY_POLICY } from "./static-web.js";

let dir: string;
let store: EventStore;
const apps: FastifyInstance[] = [];

const PAGE =
  '<!doctype html><title>dyad</title><script type="module" src="./assets/app-Ab12.js"></script>';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dyad-web-"));
  mkdirSync(join(dir, "build", "assets"), { recursive: true });
  writeFileSync(join(dir, "build", "index.html"), PAGE);
  writeFileSync(join(dir, "build", "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  writeFileSync(join(dir, "build", "assets", "app-Ab12.js"), "console.log(1);");
  writeFileSync(join(dir, "build", "assets", "app-Ab12.css"), "body{}");
  mkdirSync(join(dir, "empty"));
  store = await openStore(join(dir, "web.db"));
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function appWith(webRoot: string | null): Promise<FastifyInstance> {
  const app = createApp(store, { webRoot });
  apps.push(app);
  await app.ready();
  return app;
}

describe("the dashboard's static files", () => {
  it("serves the page at / with a strict policy, revalidated by ETag", async () => {
    const app = await appWith(join(dir, "build"));
    const r = await app.inject("/");
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(r.headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers["cache-control"]).toBe("no-cache");
    expect(r.body).toBe(PAGE);
    const etag = String(r.headers["etag"]);
    const again = await app.inject({ url: "/", headers: { "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    expect((await app.inject("/index.html")).body).toBe(PAGE);
    expect((await app.inject({ method: "HEAD", url: "/" })).statusCode).toBe(200);
  });

  it.each([
    [
      "/assets/app-Ab12.js",
      "text/javascript; charset=utf-8",
      "public, max-age=31536000, immutable",
    ],
    ["/assets/app-Ab12.css", "text/css; charset=utf-8", "public, max-age=31536000, immutable"],
    ["/favicon.svg", "image/svg+xml", "no-cache"],
  ])("serves %s as %s", async (url, type, cache) => {
    const app = await appWith(join(dir, "build"));
    const r = await app.inject(url);
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toBe(type);
    expect(r.headers["cache-control"]).toBe(cache);
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["content-security-policy"]).toBeUndefined();
  });

  it.each([
    "/assets/missing.js",
    "/assets/../web.db",
    "/assets/%2e%2e/web.db",
    "/web.db",
    "/build/index.html",
  ])("only built files exist: %s is a JSON 404", async (url) => {
    const app = await appWith(join(dir, "build"));
    const r = await app.inject(url);
    expect(r.statusCode).toBe(404);
    expect(r.json()).toMatchObject({ statusCode: 404 });
  });

  it("without a build, / says how to build the dashboard and the API still works", async () => {
    const app = await appWith(join(dir, "empty"));
    const r = await app.inject("/");
    expect(r.statusCode).toBe(404);
    expect(r.json()).toMatchObject({ code: "dashboard-not-built" });
    expect(r.json().message).toContain("npm run build");
    expect((await app.inject("/healthz")).statusCode).toBe(200);
  });

  it("webRoot null: no dashboard route at all", async () => {
    const app = await appWith(null);
    const r = await app.inject("/");
    expect(r.statusCode).toBe(404);
    expect(r.json()).toMatchObject({ code: "no-route" });
  });
});
