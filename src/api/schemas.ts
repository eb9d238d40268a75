/**
 * Request schemas of the HTTP API, as plain JSON Schema objects: Fastify validates requests with
 * them and `openapi.ts` writes them into `/openapi.json`, so the document cannot drift from what
 * the server accepts. Query parameter names map 1:1 onto the store's `EventFilter` (filter-query.ts).
 */
import { ontology } from "../core/ontology.js";
import type { Modality } from "../core/types.js";

/** A JSON Schema object (the subset both Ajv and OpenAPI 3.1 read). */
export type JsonSchema = { readonly [key: string]: unknown };

/** Size limits the schemas enforce. */
export interface ApiLimits {
  /** Largest `limit` of a page of events or actors (the store accepts at most 1000). */
  readonly maxPageSize: number;
  /** Most articles one `POST /api/articles` may carry. */
  readonly maxBatch: number;
}

/** Modalities an event can have (the `Modality` union of core/types.ts). */
export const MODALITIES = [
  "asserted",
  "negated",
  "future",
  "hypothetical",
  "historical",
] as const satisfies readonly Modality[];

/** Sort orders of `GET /api/events` (the store's `EventSort`). */
export const EVENT_SORTS = ["date-desc", "date-asc", "mentions-desc"] as const;

/** Query parameters holding a list: repeat them (`type=A&type=B`) or separate values by commas. */
export const LIST_PARAMS = ["type", "quad", "modality"] as const;

const str = (description: string, extra: JsonSchema = {}): JsonSchema => ({
  type: "string",
  description,
  ...extra,
});
const DAY = { format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" };
const CODE = { pattern: "^[A-Za-z0-9-]{3,30}$" };
const TERM = { pattern: "^[A-Za-z][A-Za-z0-9_-]{0,39}$" };
const SEARCH = { minLength: 1, maxLength: 200 };

function partyProps(role: "actor" | "recipient"): Record<string, JsonSchema> {
  return {
    [role]: str(
      `${role} code: 3 characters (USA, IGO, ---) or a full CAMEO code (USAGOV); case-insensitive`,
      CODE,
    ),
    [`${role}_country`]: str(`${role} entity code only (ISO alpha-3 for countries)`, {
      pattern: "^[A-Za-z0-9-]{3}$",
    }),
    [`${role}_sector`]: str(`a PLOVER sector the ${role} has (GOV, MIL, ...)`, {
      pattern: "^[A-Za-z]{3}$",
    }),
    [`${role}_name`]: str(
      `case-insensitive substring of the ${role}'s name or of the text naming it`,
      SEARCH,
    ),
  };
}

/** Filter parameters shared by `/api/events` and `/api/stats` (the store's `EventFilter`). */
function filterProps(): Record<string, JsonSchema> {
  const types = [...ontology().types.keys()];
  const list = (description: string, items: JsonSchema, max: number): JsonSchema => ({
    type: "array",
    description: `${description}; repeat the parameter or separate values by commas`,
    items,
    minItems: 1,
    maxItems: max,
  });
  return {
    from: str("first day (inclusive) of the event's day, YYYY-MM-DD; undated events drop out", DAY),
    to: str("last day (inclusive), YYYY-MM-DD", DAY),
    ...partyProps("actor"),
    ...partyProps("recipient"),
    type: list("PLOVER event types", { type: "string", enum: types }, types.length),
    mode: str("a PLOVER mode the event has (phone, visit, ...)", TERM),
    context: str("a PLOVER context the event has (military, economic, ...)", TERM),
    quad: list(
      "quad classes (1 verbal cooperation .. 4 material conflict)",
      { type: "integer", enum: [1, 2, 3, 4] },
      4,
    ),
    modality: list("modalities", { type: "string", enum: [...MODALITIES] }, MODALITIES.length),
    min_confidence: {
      type: "number",
      minimum: 0,
      maximum: 1,
      description: "lowest event confidence, 0..1",
    },
    text: str(
      "case-insensitive substring of the sentence of at least one of the event's mentions",
      SEARCH,
    ),
  };
}

function limitProp(max: number, dflt: number, what: string): JsonSchema {
  return {
    type: "integer",
    minimum: 1,
    maximum: max,
    default: dflt,
    description: `${what} per page, 1..${max}`,
  };
}

function query(properties: Record<string, JsonSchema>): JsonSchema {
  return { type: "object", additionalProperties: false, properties };
}

function idParams(what: string): JsonSchema {
  return {
    type: "object",
    additionalProperties: false,
    required: ["id"],
    properties: { id: str(`${what} id`, { minLength: 1, maxLength: 500 }) },
  };
}

/** One article as `POST /api/articles` takes it: the shape of a JSONL input line. */
export function articleInputSchema(): JsonSchema {
  const optional = (description: string, extra: JsonSchema = {}): JsonSchema => ({
    type: ["string", "null"],
    description: `${description}; null counts as absent`,
    ...extra,
  });
  return {
    type: "object",
    description: "one article, the shape of a JSONL input line; other keys are ignored",
    required: ["text"],
    properties: {
      id: optional("article id; default: sha256: and 16 hex digits of the text", {
        minLength: 1,
        maxLength: 500,
        pattern: "\\S",
      }),
      text: str("body text; evidence offsets point into it exactly as sent", { minLength: 1 }),
      date: optional("publication date, YYYY-MM-DD", DAY),
      title: optional("headline", { maxLength: 2000 }),
      url: optional("where the article was published", { maxLength: 2000 }),
      source: optional("outlet or agency", { maxLength: 200 }),
    },
  };
}

/** Query of `GET /api/events`: the filters plus paging. */
function eventsQuery(filters: Record<string, JsonSchema>, maxPageSize: number): JsonSchema {
  return query({
    ...filters,
    limit: limitProp(maxPageSize, Math.min(50, maxPageSize), "events"),
    cursor: str("the `next` cursor of the previous page (same filters and sort)", {
      maxLength: 1000,
      pattern: "^[A-Za-z0-9_-]+$",
    }),
    sort: {
      type: "string",
      enum: [...EVENT_SORTS],
      default: "date-desc",
      description: "order; ties are broken by event id",
    },
    with_mentions: {
      type: "boolean",
      default: false,
      description: "also return every event's mentions with evidence",
    },
  });
}

/** Query of `GET /api/stats`: the filters plus the time bucket and the key. */
function statsQuery(filters: Record<string, JsonSchema>): JsonSchema {
  return query({
    ...filters,
    by: {
      type: "string",
      enum: ["day", "week", "month"],
      default: "month",
      description: "time bucket (weeks are named by their Monday)",
    },
    group: {
      type: "string",
      enum: ["type", "quad", "dyad", "none"],
      default: "type",
      description: "second key of each row",
    },
  });
}

/** Query of `GET /api/breakdown`: the filters plus the sample size and the number of dyads. */
function breakdownQuery(filters: Record<string, JsonSchema>): JsonSchema {
  const count = (description: string, max: number, dflt: number): JsonSchema => ({
    type: "integer",
    minimum: 1,
    maximum: max,
    default: dflt,
    description: `${description}, 1..${max}`,
  });
  return query({
    ...filters,
    sample: count("newest matching events the dyads are counted over", 100_000, 10_000),
    dyads: count("most dyads returned, most events first", 5_000, 300),
  });
}

/** Query of `GET /api/actors` (the store's `ActorFilter`). */
function actorsQuery(maxPageSize: number): JsonSchema {
  return query({
    code: str("entity code (3 characters) or full CAMEO code", CODE),
    country: str("entity code only", { pattern: "^[A-Za-z0-9-]{3}$" }),
    sector: str("a PLOVER sector the actor has", { pattern: "^[A-Za-z]{3}$" }),
    name: str("case-insensitive substring of the actor's name", SEARCH),
    limit: limitProp(maxPageSize, Math.min(100, maxPageSize), "actors"),
  });
}

/** Body of `POST /api/articles`: one article or a non-empty array of at most `maxBatch`. */
function ingestBody(maxBatch: number): JsonSchema {
  const article = articleInputSchema();
  return {
    description: `one article, or an array of 1..${maxBatch} articles`,
    type: ["object", "array"],
    // if/then/else rather than oneOf: a 400 then names the fields of the branch the body is in.
    if: { type: "array" },
    then: { type: "array", items: article, minItems: 1, maxItems: maxBatch },
    else: article,
  };
}

/** Every request schema of the API, sized by the given limits. */
export function requestSchemas(limits: ApiLimits) {
  const filters = filterProps();
  return {
    eventsQuery: eventsQuery(filters, limits.maxPageSize),
    statsQuery: statsQuery(filters),
    breakdownQuery: breakdownQuery(filters),
    actorsQuery: actorsQuery(limits.maxPageSize),
    eventParams: idParams("event"),
    articleParams: idParams("article"),
    ingestBody: ingestBody(limits.maxBatch),
  } satisfies Record<string, JsonSchema>;
}

/** The request schemas' type. */
export type RequestSchemas = ReturnType<typeof requestSchemas>;
