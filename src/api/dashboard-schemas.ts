/**
 * Response schemas of the dashboard's routes (`/api/breakdown`, `/api/vocabulary`), for
 * `components.schemas` of `/openapi.json`; tests validate real replies against them.
 */
import type { JsonSchema } from "./schemas.js";

const S = { type: "string" } as const;
const INT = { type: "integer", minimum: 0 } as const;
const arrayOf = (items: JsonSchema): JsonSchema => ({ type: "array", items });

function object(required: readonly string[], properties: Record<string, JsonSchema>): JsonSchema {
  return { type: "object", required: [...required], properties };
}

function keyCounts(description: string): JsonSchema {
  return {
    ...arrayOf(
      object(["key", "events", "intensity"], {
        key: S,
        events: INT,
        intensity: { type: "number", description: "summed intensity of the events" },
      }),
    ),
    description,
  };
}

function breakdown(): JsonSchema {
  return object(["dyads", "actors", "recipients", "sampled", "complete", "codes_exact"], {
    dyads: keyCounts("dyads `USA+GBR>IRN` over the sample, most events first"),
    actors: keyCounts("events per entity code among the actors, most first"),
    recipients: keyCounts("events per entity code among the recipients, most first"),
    sampled: { ...INT, description: "matching events the dyads were counted over (newest first)" },
    complete: { type: "boolean", description: "the sample holds every matching event" },
    codes_exact: {
      type: "boolean",
      description: "actors/recipients count every matching event, not only the sample",
    },
  });
}

function vocabulary(): JsonSchema {
  const term = object(["name", "description"], { name: S, description: S });
  return object(["quads", "types", "contexts", "sectors", "countries"], {
    quads: arrayOf(object(["quad", "label"], { quad: { enum: [1, 2, 3, 4] }, label: S })),
    types: arrayOf(
      object(["type", "quad", "description", "modes"], {
        type: S,
        quad: { enum: [1, 2, 3, 4] },
        description: S,
        modes: arrayOf(term),
      }),
    ),
    contexts: arrayOf(term),
    sectors: arrayOf(term),
    countries: arrayOf(
      object(["code", "name"], {
        code: { ...S, description: "ISO 3166 alpha-3, as in actor codes" },
        ccn3: { ...S, description: "ISO 3166 numeric, the world atlas shape id" },
        name: S,
      }),
    ),
  });
}

/** The dashboard routes' response schemas, by component name. */
export function dashboardSchemas(): Record<string, JsonSchema> {
  return { Breakdown: breakdown(), Vocabulary: vocabulary() };
}
