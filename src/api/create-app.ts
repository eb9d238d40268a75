/**
 * The HTTP API (`dyad serve`): a thin Fastify adapter over an `EventStore`. Reads under /api map
 * query parameters onto store filters; `POST /api/articles` codes and stores articles (bearer
 * token); `/openapi.json` documents every route from the schemas that validate it; `/` serves the
 * built dashboard (src/web) when there is one.
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { coderVersion } from "../coder-version.js";
import { UsageError } from "../core/errors.js";
import { createCoder, type Coder } from "../pipeline.js";
import type { EventStore } from "../store/index.js";
import { installErrorHandlers } from "./api-errors.js";
import { addRoute, type ApiRoute } from "./api-route.js";
import { bearerGuard } from "./bearer-guard.js";
import { registerDashboardRoutes } from "./dashboard-routes.js";
import { ingestArticles, type ArticleInput } from "./ingest-articles.js";
import { buildOpenApi, type OpenApiDocument } from "./openapi.js";
import { registerReadRoutes } from "./read-routes.js";
import { requestSchemas, type RequestSchemas } from "./schemas.js";
import { defaultWebRoot, loadWebAssets, registerWebRoutes } from "./static-web.js";
import { apiValidatorCompiler } from "./validator-compiler.js";

/** Options of {@link createApp}. */
export interface AppOptions {
  /** Bearer token of write endpoints; without one they answer 403. */
  readonly token?: string;
  /** Coder of posted articles; default: `createCoder()` on the first POST. */
  readonly coder?: Coder;
  /** Coder version stored with posted articles; default: that of `dyad ingest` without coding flags. */
  readonly coderVersion?: string;
  /** Largest request body in bytes; default {@link DEFAULT_BODY_LIMIT}. */
  readonly bodyLimit?: number;
  /** Largest page of events or actors, 1..1000; default {@link DEFAULT_MAX_PAGE_SIZE}. */
  readonly maxPageSize?: number;
  /** Most articles per POST; default {@link DEFAULT_MAX_BATCH}. */
  readonly maxBatch?: number;
  /** Fastify (pino) logger settings; default off. */
  readonly logger?: FastifyServerOptions["logger"];
  /**
   * Folder of the built dashboard served at `/`; default `dist/web` of the package. `null`: no
   * dashboard. A folder without index.html serves a 404 at `/` saying how to build it.
   */
  readonly webRoot?: string | null;
}

/** Default body limit: 10 MiB, the per-document limit of file ingest. */
export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;
/** Default largest page size. */
export const DEFAULT_MAX_PAGE_SIZE = 500;
/** Default most articles per POST: coding blocks the server for ~7 ms per article. */
export const DEFAULT_MAX_BATCH = 100;
/** The store's own page limit. */
const STORE_MAX_PAGE = 1000;

/** Builds the API over a store (not listening yet: call `listen`, or `inject` in tests). */
export function createApp(store: EventStore, opts: AppOptions = {}): FastifyInstance {
  const bodyLimit = positive(
    "bodyLimit",
    opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    Number.MAX_SAFE_INTEGER,
  );
  const maxPageSize = positive(
    "maxPageSize",
    opts.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE,
    STORE_MAX_PAGE,
  );
  const maxBatch = positive("maxBatch", opts.maxBatch ?? DEFAULT_MAX_BATCH, 100_000);
  const app = Fastify({ bodyLimit, logger: opts.logger ?? false });
  app.setValidatorCompiler(apiValidatorCompiler());
  installErrorHandlers(app, bodyLimit);
  app.addHook("onRequest", async (_request, reply) => {
    reply.header("x-content-type-options", "nosniff");
  });
  const schemas = requestSchemas({ maxPageSize, maxBatch });
  const routes: ApiRoute[] = [];
  // The CLI's version string, so an article posted here and one ingested by `dyad ingest` compare equal.
  const version = opts.coderVersion ?? coderVersion();
  registerReadRoutes(app, { store, schemas, routes });
  registerDashboardRoutes(app, { store, schemas, routes });
  registerIngestRoute(app, routes, schemas, store, { ...opts, coderVersion: version });
  registerMetaRoutes(app, routes, store, version);
  const webRoot = opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot;
  if (webRoot !== null) registerWebRoutes(app, loadWebAssets(webRoot));
  return app;
}

function registerIngestRoute(
  app: FastifyInstance,
  routes: ApiRoute[],
  schemas: RequestSchemas,
  store: EventStore,
  opts: AppOptions & { coderVersion: string },
): void {
  let coder = opts.coder;
  const deps = {
    store,
    coderVersion: opts.coderVersion,
    coder: (): Coder => (coder ??= createCoder()),
  };
  addRoute(app, routes, {
    method: "POST",
    url: "/api/articles",
    operationId: "postArticles",
    tag: "articles",
    summary: "Code and store one article or an array of articles (JSONL record shape)",
    description:
      "Each article is checked like a jsonl input line (ids, duplicates, dates), coded and stored; " +
      "an article whose text and coder version did not change is `unchanged`. Per-document problems are returned as issues.",
    body: schemas.ingestBody,
    auth: true,
    onRequest: bearerGuard(opts.token),
    responses: { 200: { description: "per-article status and issues", schema: "IngestResponse" } },
    handler: async (request) => {
      const body = request.body as ArticleInput | ArticleInput[];
      return ingestArticles(Array.isArray(body) ? body : [body], deps);
    },
  });
}

function registerMetaRoutes(
  app: FastifyInstance,
  routes: ApiRoute[],
  store: EventStore,
  version: string,
): void {
  let doc: OpenApiDocument | undefined;
  addRoute(app, routes, {
    method: "GET",
    url: "/openapi.json",
    operationId: "getOpenApi",
    tag: "meta",
    summary: "This OpenAPI 3.1 document",
    responses: { 200: { description: "the document", schema: "OpenApiDocument" } },
    handler: async () => (doc ??= buildOpenApi(routes, version)),
  });
  addRoute(app, routes, {
    method: "GET",
    url: "/healthz",
    operationId: "getHealth",
    tag: "meta",
    summary: "Liveness: the server is up and which store back end it serves",
    responses: { 200: { description: "ok", schema: "Health" } },
    handler: async () => ({ status: "ok", store: store.kind, coder_version: version }),
  });
}

function positive(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new UsageError(`${name} must be an integer in 1..${max}, got ${value}`);
  return value;
}
