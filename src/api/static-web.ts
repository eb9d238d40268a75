/**
 * Serves the built dashboard (Vite output, `dist/web`) at `/`: the files are read once when the
 * app is built and served from memory, so only files that exist in the build can ever be served
 * (no path is resolved from a request). Hashed assets are cached for a year; the page itself is
 * revalidated by ETag and carries a strict Content-Security-Policy (no inline script, no CDN).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { dataPath } from "../core/data-path.js";
import { DyadError } from "../core/errors.js";
import { errorBody } from "./api-errors.js";

/** One file of the build, ready to send. */
interface WebFile {
  readonly body: Buffer;
  readonly type: string;
  readonly etag: string;
  /** Vite names assets by content hash: they never change under the same URL. */
  readonly immutable: boolean;
}

/** The built dashboard: URL path -> file. */
export type WebAssets = ReadonlyMap<string, WebFile>;

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** The policy of the page: everything from this server, nothing inline, no plugins, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const IMMUTABLE = "public, max-age=31536000, immutable";

/** Where `npm run build` writes the dashboard: `dist/web` in the package. */
export function defaultWebRoot(): string {
  return dataPath("..", "dist", "web");
}

/** Reads a build folder into memory; undefined when it has no index.html (not built). */
export function loadWebAssets(dir: string): WebAssets | undefined {
  if (!existsSync(join(dir, "index.html"))) return undefined;
  const files = new Map<string, WebFile>();
  try {
    for (const rel of listFiles(dir, "")) {
      const body = readFileSync(join(dir, rel));
      files.set(`/${rel}`, {
        body,
        type: TYPES[extname(rel).toLowerCase()] ?? "application/octet-stream",
        etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
        immutable: rel.startsWith("assets/"),
      });
    }
  } catch (err) {
    throw new DyadError("web-assets", `cannot read the dashboard build in ${dir}`, { cause: err });
  }
  return files;
}

function listFiles(dir: string, prefix: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix === "" ? name : `${prefix}/${name}`;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}

/**
 * Registers `GET /` (the page) and one route per built file; without a build, `/` answers 404
 * saying how to build the dashboard. Not part of the OpenAPI document: these are not API routes.
 */
export function registerWebRoutes(app: FastifyInstance, assets: WebAssets | undefined): void {
  if (assets === undefined) {
    app.get("/", async (_request, reply) =>
      reply
        .code(404)
        .send(
          errorBody(
            404,
            "dashboard-not-built",
            "the dashboard is not built: run `npm run build` (vite build writes dist/web); the API is under /api",
          ),
        ),
    );
    return;
  }
  const index = assets.get("/index.html");
  if (index) app.get("/", (request, reply) => send(request, reply, index));
  for (const [path, file] of assets) {
    app.get(path, (request, reply) => send(request, reply, file));
  }
}

async function send(request: FastifyRequest, reply: FastifyReply, file: WebFile): Promise<void> {
  reply.header("etag", file.etag);
  reply.header("cache-control", file.immutable ? IMMUTABLE : "no-cache");
  if (file.type.startsWith("text/html")) {
    reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
    reply.header("referrer-policy", "no-referrer");
  }
  if (request.headers["if-none-match"] === file.etag) {
    await reply.code(304).send();
    return;
  }
  await reply.type(file.type).send(file.body);
}
