/**
 * One API route as data: method, URL, request schemas, documented responses and the handler.
 * `addRoute` registers it with Fastify and records it, and `openapi.ts` documents the recorded
 * routes, so every served route is in `/openapi.json` with the very schemas that validate it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { EventStore } from "../store/index.js";
import { splitListParams } from "./filter-query.js";
import { LIST_PARAMS, type JsonSchema, type RequestSchemas } from "./schemas.js";

/** A documented response: its description and the component schema of its body. */
export interface ResponseDoc {
  readonly description: string;
  /** Name under `components.schemas`. */
  readonly schema: string;
}

/** Everything about one route. */
export interface ApiRoute {
  readonly method: "GET" | "POST";
  /** Fastify URL syntax (`/api/events/:id`). */
  readonly url: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: "events" | "articles" | "actors" | "stats" | "meta";
  readonly querystring?: JsonSchema;
  readonly params?: JsonSchema;
  readonly body?: JsonSchema;
  /** Documented responses by status code (errors are added by the document builder). */
  readonly responses: Readonly<Record<number, ResponseDoc>>;
  /** Needs the bearer token. */
  readonly auth?: boolean;
  readonly onRequest?: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  readonly preValidation?: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  readonly bodyLimit?: number;
  readonly handler: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

/** What a module of routes needs: the store, the request schemas and the route registry. */
export interface RouteContext {
  readonly store: EventStore;
  readonly schemas: RequestSchemas;
  readonly routes: ApiRoute[];
}

/** A GET route as a module declares it; `listParams` accepts comma-separated list parameters. */
export type GetRoute = Omit<ApiRoute, "method" | "preValidation"> & { readonly listParams?: true };

/**
 * Declares a validated GET route. With `listParams`, the {@link LIST_PARAMS} are split on commas
 * before validation, so `type=A,B` validates like `type=A&type=B`.
 */
export function getRoute({ listParams, ...route }: GetRoute): ApiRoute {
  return { method: "GET", ...route, ...(listParams ? { preValidation: splitLists } : {}) };
}

const splitLists = async (request: FastifyRequest): Promise<void> => {
  splitListParams(request.query as Record<string, unknown>, LIST_PARAMS);
};

/** Registers the routes the builders make from `ctx`, in order. */
export function addRoutes(
  app: FastifyInstance,
  ctx: RouteContext,
  builders: readonly ((ctx: RouteContext) => ApiRoute)[],
): void {
  for (const build of builders) addRoute(app, ctx.routes, build(ctx));
}

/** Registers a route with Fastify and appends it to `registry` (the OpenAPI document's source). */
export function addRoute(app: FastifyInstance, registry: ApiRoute[], route: ApiRoute): void {
  registry.push(route);
  const schema: Record<string, JsonSchema> = {};
  if (route.querystring) schema["querystring"] = route.querystring;
  if (route.params) schema["params"] = route.params;
  if (route.body) schema["body"] = route.body;
  app.route({
    method: route.method,
    url: route.url,
    schema,
    handler: route.handler,
    ...(route.onRequest ? { onRequest: route.onRequest } : {}),
    ...(route.preValidation ? { preValidation: route.preValidation } : {}),
    ...(route.bodyLimit === undefined ? {} : { bodyLimit: route.bodyLimit }),
  });
}
