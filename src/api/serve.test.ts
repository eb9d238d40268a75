import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../cli/serve-command.js";

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dyad-serve-"));
  server = await startServer({
    db: join(dir, "serve.db"),
    host: "127.0.0.1",
    port: 0,
    token: "listen-token",
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("dyad serve (real socket)", () => {
  it("listens on 127.0.0.1 at a free port and answers over HTTP", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await health.json()).toMatchObject({ status: "ok", store: "sqlite" });
  });

  it("stores a posted article and serves its events", async () => {
    const post = await fetch(`${server.url}/api/articles`, {
      method: "POST",
      headers: { authorization: "Bearer listen-token", "content-type": "application/json" },
      body: JSON.stringify({
        id: "listen-1",
        date: "2031-05-06",
        text: "Chilean police arrested 40 protesters in Santiago on Monday.",
      }),
    });
    expect(post.status).toBe(200);
    expect((await post.json()).results[0].status).toBe("inserted");
    const page = (await (await fetch(`${server.url}/api/events?text=santiago`)).json()) as {
      events: unknown[];
    };
    expect(page.events.length).toBeGreaterThan(0);
  });

  it("a port already in use is a usage error", async () => {
    const port = Number(new URL(server.url).port);
    await expect(
      startServer({ db: join(dir, "other.db"), host: "127.0.0.1", port }),
    ).rejects.toThrow(/cannot listen/);
  });
});
