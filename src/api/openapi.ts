/**
 * The OpenAPI 3.1 document of the API, generated from the registered routes: their query, path
 * and body schemas are the objects Fastify validates with, so the document matches the server.
 */
import type { ApiRoute } from "./api-route.js";
import { responseSchemas } from "./response-schemas.js";
import type { JsonSchema } from "./schemas.js";

/** An OpenAPI 3.1 document (as JSON). */
export interface OpenApiDocument {
  readonly openapi: "3.1.0";
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly paths: Record<string, Record<string, JsonSchema>>;
  readonly components: {
    readonly schemas: Record<string, JsonSchema>;
    readonly securitySchemes: Record<string, JsonSchema>;
  };
}

const ERROR = (description: string): JsonSchema => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

/** Builds the document of the given routes. */
export function buildOpenApi(routes: readonly ApiRoute[], version: string): OpenApiDocument {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z_]\w*)/g, "{$1}");
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "dyad",
      version,
      description:
        "Political event data (PLOVER 2.0 + CAMEO) coded from news by dyad, with evidence. " +
        "Errors are JSON: {statusCode, error, code, message}; 400 messages name the offending parameter or field.",
    },
    paths,
    components: {
      schemas: responseSchemas(),
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "the DYAD_TOKEN the server was started with",
        },
      },
    },
  };
}

function operation(route: ApiRoute): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  for (const [status, doc] of Object.entries(route.responses)) {
    responses[status] = {
      description: doc.description,
      content: { "application/json": { schema: { $ref: `#/components/schemas/${doc.schema}` } } },
    };
  }
  const parameters = [
    ...parametersOf(route.params, "path"),
    ...parametersOf(route.querystring, "query"),
  ];
  if (parameters.length > 0 || route.body)
    responses["400"] = ERROR("a parameter or field is invalid; the message names it");
  if (route.auth) {
    responses["401"] = ERROR("no bearer token");
    responses["403"] = ERROR("wrong token, or writes disabled (no DYAD_TOKEN configured)");
  }
  if (route.body) responses["413"] = ERROR("request body too large");
  responses["500"] = ERROR("server fault (details only in the server log)");
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: { "application/json": { schema: route.body } } } }
      : {}),
    ...(route.auth ? { security: [{ bearerAuth: [] }] } : {}),
    responses,
  };
}

/** One OpenAPI parameter per property of an object schema (the description moves up a level). */
function parametersOf(schema: JsonSchema | undefined, where: "path" | "query"): JsonSchema[] {
  if (!schema) return [];
  const props = (schema["properties"] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema["required"] ?? []) as string[]);
  return Object.entries(props).map(([name, prop]) => {
    const { description, ...rest } = prop;
    return {
      name,
      in: where,
      required: where === "path" || required.has(name),
      ...(typeof description === "string" ? { description } : {}),
      ...(rest["type"] === "array" ? { style: "form", explode: true } : {}),
      schema: rest,
    };
  });
}
