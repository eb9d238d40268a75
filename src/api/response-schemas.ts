/**
 * JSON Schemas of the API's responses, for `components.schemas` of `/openapi.json`. The event
 * record schema is the one `dyad schema` prints (schema/event-record.schema.json), with its
 * `$defs` lifted into components; tests validate real responses against these.
 */
import { readFileSync } from "node:fs";
import { dataPath } from "../core/data-path.js";
import { dashboardSchemas } from "./dashboard-schemas.js";
import type { JsonSchema } from "./schemas.js";
import { articleInputSchema, MODALITIES } from "./schemas.js";

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const arrayOf = (items: JsonSchema): JsonSchema => ({ type: "array", items });
const S = { type: "string" } as const;
const INT = { type: "integer", minimum: 0 } as const;

function object(
  required: readonly string[],
  properties: Record<string, JsonSchema>,
  description?: string,
): JsonSchema {
  return {
    type: "object",
    required: [...required],
    properties,
    ...(description ? { description } : {}),
  };
}

/** The shipped event record schema with `#/$defs/x` refs pointing at components. */
function eventRecordParts(): {
  record: JsonSchema;
  span: JsonSchema;
  entity: JsonSchema;
  location: JsonSchema;
} {
  const file = dataPath("..", "schema", "event-record.schema.json");
  const text = readFileSync(file, "utf8")
    .replaceAll('"#/$defs/span"', '"#/components/schemas/Span"')
    .replaceAll('"#/$defs/entity"', '"#/components/schemas/Entity"');
  const { $defs, ...record } = JSON.parse(text) as Record<string, unknown> & {
    $defs: { span: JsonSchema; entity: JsonSchema };
    properties: { location: JsonSchema };
  };
  // A component is not a schema resource of its own: its refs resolve against the document.
  delete record["$schema"];
  delete record["$id"];
  return { record, span: $defs.span, entity: $defs.entity, location: record.properties.location };
}

/** Fields every stored event has (the optional ones: date, granularity, location, reports). */
const STORED_EVENT_REQUIRED = [
  "id",
  "signature",
  "event",
  "mode",
  "context",
  "quad_code",
  "intensity",
  "cameo",
  "actor",
  "recipient",
  "modality",
  "day",
  "confidence",
  "mention_ids",
  "mention_count",
  "article_count",
  "source_count",
];

function storedEvent(): JsonSchema {
  return object(
    STORED_EVENT_REQUIRED,
    {
      id: S,
      signature: S,
      event: S,
      mode: arrayOf(S),
      context: arrayOf(S),
      quad_code: { enum: [1, 2, 3, 4] },
      intensity: { type: "number" },
      cameo: S,
      actor: arrayOf(ref("Entity")),
      recipient: arrayOf(ref("Entity")),
      modality: { enum: [...MODALITIES] },
      date: S,
      date_granularity: { enum: ["day", "week", "month", "year"] },
      day: {
        type: "string",
        description: 'day used for filters, sorting and stats; "" when undated',
      },
      location: ref("Location"),
      confidence: { type: "number", minimum: 0, maximum: 1 },
      mention_ids: arrayOf(S),
      mention_count: INT,
      article_count: INT,
      source_count: INT,
      first_report: S,
      last_report: S,
    },
    "a merged event: one happening and the counts of its reports",
  );
}

function storedMention(): JsonSchema {
  return object(
    ["record", "eventId", "coderVersion"],
    {
      record: ref("EventRecord"),
      eventId: S,
      coderVersion: S,
      articleTitle: S,
      articleDate: S,
      articleSource: S,
      articleUrl: S,
    },
    "one report of the event: the coded record (evidence spans, sentence text) and its article",
  );
}

const docIssue = object(["severity", "code", "message", "origin"], {
  severity: { enum: ["error", "warning"] },
  code: S,
  message: S,
  origin: ref("Origin"),
  articleId: S,
});

function eventSchemas(): Record<string, JsonSchema> {
  return {
    StoredEvent: storedEvent(),
    StoredMention: storedMention(),
    EventWithMentions: {
      allOf: [
        ref("StoredEvent"),
        object(["mentions"], { mentions: arrayOf(ref("StoredMention")) }),
      ],
    },
    EventPage: object(["events"], {
      events: arrayOf({ anyOf: [ref("EventWithMentions"), ref("StoredEvent")] }),
      next: { type: "string", description: "cursor of the next page; absent on the last page" },
    }),
  };
}

function catalogSchemas(): Record<string, JsonSchema> {
  return {
    Origin: object(["file"], {
      file: S,
      line: { type: "integer", minimum: 1 },
      url: S,
      outlet: S,
      language: S,
      fetchedAt: S,
      published: S,
      byline: S,
      feed: S,
      entry: { type: "integer", minimum: 0 },
      entryHash: S,
    }),
    Article: object(["id", "text", "origin"], {
      id: S,
      text: S,
      bodyStart: INT,
      title: S,
      date: S,
      url: S,
      source: S,
      origin: ref("Origin"),
    }),
    ArticleWithEvents: object(["article", "text_hash", "coder_version", "stored_at", "events"], {
      article: ref("Article"),
      text_hash: S,
      coder_version: S,
      stored_at: S,
      events: {
        ...arrayOf(ref("StoredEvent")),
        description: "the merged events with a mention from this article",
      },
    }),
    ActorList: object(["actors"], {
      actors: arrayOf(
        object(["code", "sector", "mentions"], {
          code: S,
          code_full: S,
          name: S,
          sector: arrayOf(S),
          mentions: INT,
        }),
      ),
    }),
    StatsSeries: statsSeries(),
  };
}

/** The rows of `GET /api/stats`. */
function statsSeries(): JsonSchema {
  return object(["by", "group", "rows"], {
    by: { enum: ["day", "week", "month"] },
    group: { enum: ["type", "quad", "dyad", "none"] },
    rows: arrayOf(
      object(["bucket", "key", "events", "mentions", "intensity"], {
        bucket: {
          type: "string",
          description: 'YYYY-MM-DD (day; week: its Monday) or YYYY-MM; "" for undated events',
        },
        key: {
          type: "string",
          description: 'type, quad as text, dyad `USA+GBR>IRN`, or "" for group=none',
        },
        events: INT,
        mentions: INT,
        intensity: { type: "number" },
      }),
    ),
  });
}

function writeSchemas(): Record<string, JsonSchema> {
  const status = { enum: ["inserted", "replaced", "unchanged", "skipped"] };
  return {
    ArticleInput: articleInputSchema(),
    DocIssue: docIssue,
    IngestResponse: object(["run_id", "counts", "results"], {
      run_id: S,
      counts: object(["inserted", "replaced", "unchanged", "skipped"], {
        inserted: INT,
        replaced: INT,
        unchanged: INT,
        skipped: INT,
      }),
      results: arrayOf(
        object(["index", "status", "events", "mentions", "issues"], {
          index: INT,
          id: S,
          status: { ...status, description: "skipped: not coded, the issues say why" },
          events: INT,
          mentions: INT,
          issues: arrayOf(ref("DocIssue")),
        }),
      ),
    }),
    Health: object(["status", "store", "coder_version"], {
      status: { const: "ok" },
      store: { enum: ["sqlite", "postgres"] },
      coder_version: S,
    }),
    OpenApiDocument: {
      type: "object",
      required: ["openapi", "info", "paths"],
      description: "an OpenAPI 3.1 document",
    },
    Error: object(["statusCode", "error", "code", "message"], {
      statusCode: { type: "integer" },
      error: S,
      code: S,
      message: S,
    }),
  };
}

/** Every schema of `components.schemas`, by name. */
export function responseSchemas(): Record<string, JsonSchema> {
  const { record, span, entity, location } = eventRecordParts();
  return {
    Span: span,
    Entity: entity,
    Location: location,
    EventRecord: record,
    ...eventSchemas(),
    ...catalogSchemas(),
    ...writeSchemas(),
    ...dashboardSchemas(),
  };
}
