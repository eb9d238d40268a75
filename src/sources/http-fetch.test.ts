import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FETCH_SETTINGS, fetchUrl, type FetchSettings } from "./http-fetch.js";
import { ok, startServer, type TestServer } from "./test-server.js";

let server: TestServer;
const delays: number[] = [];
/** Fast settings: short timeout, no real waiting between attempts (the delays are recorded). */
const SETTINGS: FetchSettings = {
  ...DEFAULT_FETCH_SETTINGS,
  timeoutMs: 300,
  retries: 2,
  maxBytes: 1000,
  sleep: (ms) => {
    delays.push(ms);
    return Promise.resolve();
  },
  random: () => 0.5,
};

beforeAll(async () => {
  server = await startServer({
    "/ok": ok("hello", "text/html; charset=utf-8", { etag: '"v1"' }),
    "/gone": (_req, res) => res.writeHead(404).end("no"),
    "/flaky": (_req, res, hit) =>
      hit === 1 ? res.writeHead(500).end("oops") : res.writeHead(200).end("fine"),
    "/down": (_req, res) => res.writeHead(503).end("down"),
    "/busy": (_req, res) => res.writeHead(429, { "retry-after": "3" }).end("slow down"),
    "/silent": () => undefined,
    "/drip": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      const timer = setInterval(() => res.write("x"), 50);
      res.on("close", () => clearInterval(timer));
    },
    "/hop": (_req, res) => res.writeHead(302, { location: "/ok" }).end(),
    "/loop-a": (_req, res) => res.writeHead(301, { location: "/loop-b" }).end(),
    "/loop-b": (_req, res) => res.writeHead(301, { location: "/loop-a" }).end(),
    ...Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [
        `/chain${i}`,
        ((_req, res) => res.writeHead(302, { location: `/chain${i + 1}` }).end()) as Parameters<
          typeof startServer
        >[0][string],
      ]),
    ),
    "/big-declared": ok("y".repeat(2000)),
    "/big-streamed": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      for (let i = 0; i < 20; i++) res.write("z".repeat(100));
      res.end();
    },
    "/conditional": (req, res) =>
      req.headers["if-none-match"] === '"v1"'
        ? res.writeHead(304).end()
        : res.writeHead(200, { etag: '"v1"' }).end("body"),
  });
});
afterAll(() => server.close());

const get = (path: string, s: FetchSettings = SETTINGS) => fetchUrl(`${server.base}${path}`, s);

describe("fetchUrl", () => {
  it("returns the body, content type, validators and the time fetched", async () => {
    const r = await get("/ok");
    expect(r).toMatchObject({
      ok: true,
      status: 200,
      contentType: "text/html; charset=utf-8",
      etag: '"v1"',
      attempts: 1,
    });
    expect(r.ok && r.body.toString()).toBe("hello");
    expect(r.ok && !Number.isNaN(Date.parse(r.fetchedAt))).toBe(true);
  });

  it("does not retry a 404", async () => {
    expect(await get("/gone")).toMatchObject({
      ok: false,
      code: "http-error",
      status: 404,
      attempts: 1,
    });
    expect(server.hits.get("/gone")).toBe(1);
  });

  it("retries a 500 and succeeds, waiting with exponential backoff and jitter", async () => {
    delays.length = 0;
    expect(await get("/flaky")).toMatchObject({ ok: true, attempts: 2 });
    expect(delays).toEqual([375]); // 500 ms base, halved and jittered by 0.5
  });

  it("gives up on a server that keeps failing, after the retries", async () => {
    delays.length = 0;
    const r = await get("/down");
    expect(r).toMatchObject({ ok: false, code: "http-error", status: 503, attempts: 3 });
    expect(r.ok ? "" : r.message).toMatch(/HTTP 503.*3 attempts/);
    expect(delays).toEqual([375, 750]);
  });

  it("honours Retry-After on 429", async () => {
    delays.length = 0;
    await get("/busy");
    expect(delays).toEqual([3000, 3000]);
  });

  it.each(["/silent", "/drip"])(
    "times out on %s (no complete response), after retries",
    async (path) => {
      expect(await get(path)).toMatchObject({ ok: false, code: "http-timeout", attempts: 3 });
    },
  );

  it("follows a redirect and reports the final URL", async () => {
    expect(await get("/hop")).toMatchObject({ ok: true, url: `${server.base}/ok` });
  });

  it("reports a redirect loop without retrying", async () => {
    const r = await get("/loop-a");
    expect(r).toMatchObject({ ok: false, code: "redirect-loop", attempts: 1 });
    expect(r.ok ? "" : r.message).toMatch(/loop-a -> .*loop-b -> .*loop-a/);
  });

  it("stops after maxRedirects", async () => {
    expect(await get("/chain0")).toMatchObject({ ok: false, code: "redirect-loop" });
  });

  it.each(["/big-declared", "/big-streamed"])(
    "refuses a body over the limit (%s)",
    async (path) => {
      expect(await get(path)).toMatchObject({ ok: false, code: "too-large", attempts: 1 });
    },
  );

  it("answers a conditional request with 304 and no body", async () => {
    const r = await get("/conditional", { ...SETTINGS, headers: { "if-none-match": '"v1"' } });
    expect(r).toMatchObject({ ok: true, status: 304 });
    expect(r.ok && r.body.length).toBe(0);
  });

  it("reports a refused connection as a network error", async () => {
    const r = await fetchUrl("http://127.0.0.1:1/x", SETTINGS);
    expect(r).toMatchObject({ ok: false, code: "network-error", attempts: 3 });
  });

  it.each(["ftp://example.org/x", "not a url", "http://"])(
    "refuses %j without a request",
    async (url) => {
      expect(await fetchUrl(url, SETTINGS)).toMatchObject({
        ok: false,
        code: "bad-url",
        attempts: 0,
      });
    },
  );

  it("throws when the caller aborts", async () => {
    const controller = new AbortController();
    const pending = fetchUrl(`${server.base}/silent`, {
      ...SETTINGS,
      timeoutMs: 10_000,
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toThrow();
  });
});
