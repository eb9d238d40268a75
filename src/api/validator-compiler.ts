/**
 * Request validation: one Ajv per request part. Query strings and path parameters are text, so
 * their Ajv coerces ("50" -> 50, one value -> a list); JSON bodies are never coerced, because an
 * article id `7` and `"7"` must not silently become the same id (as in jsonl ingest).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { FastifySchemaCompiler } from "fastify";
import type { JsonSchema } from "./schemas.js";

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    coerceTypes: coerce ? "array" : false,
    useDefaults: true,
    removeAdditional: false,
    allErrors: true,
    // parentSchema in errors, to word date errors plainly.
    verbose: true,
    strict: true,
    strictTypes: false,
    // OpenAPI annotations travel in the same objects.
    keywords: ["example"],
  });
  addFormats.default(ajv, ["date"]);
  return ajv;
}

/** Builds the Fastify validator compiler of the API (coercing text parts, strict JSON bodies). */
export function apiValidatorCompiler(): FastifySchemaCompiler<JsonSchema> {
  const text = makeAjv(true);
  const json = makeAjv(false);
  return ({ schema, httpPart }): ValidateFunction =>
    (httpPart === "body" ? json : text).compile(schema);
}

/** Most problems listed in one 400 message. */
const MAX_LISTED = 5;

/**
 * Turns Ajv errors into one message that names each offending field:
 * `querystring/limit must be <= 500; querystring: unknown parameter "actr"`.
 */
export function formatValidationErrors(errors: readonly ErrorObject[], part: string): string {
  const lines: string[] = [];
  for (const e of errors) {
    // if/then/else and anyOf wrappers only repeat what the branch errors already say.
    if (e.keyword === "if") continue;
    const line = describeError(e, part);
    if (!lines.includes(line)) lines.push(line);
  }
  const more = lines.length > MAX_LISTED ? `; and ${lines.length - MAX_LISTED} more` : "";
  return lines.slice(0, MAX_LISTED).join("; ") + more;
}

function describeError(e: ErrorObject, part: string): string {
  const where = `${part}${e.instancePath}`;
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "additionalProperties":
      return `${where}: unknown ${part === "body" ? "field" : "parameter"} "${String(params["additionalProperty"])}"`;
    case "enum":
      return `${where} must be one of ${(params["allowedValues"] as unknown[]).map(String).join(", ")}`;
    case "format":
    case "pattern":
      return e.parentSchema?.["format"] === "date"
        ? `${where} must be a date YYYY-MM-DD`
        : `${where} has an invalid value (must match ${String(params["pattern"] ?? params["format"])})`;
    case "required":
      return `${where} must have the field "${String(params["missingProperty"])}"`;
    default:
      return `${where} ${e.message ?? "is invalid"}`;
  }
}
