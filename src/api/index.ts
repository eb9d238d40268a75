/** Public API of the HTTP server: the Fastify app over an event store and its OpenAPI document. */
export {
  createApp,
  DEFAULT_BODY_LIMIT,
  DEFAULT_MAX_BATCH,
  DEFAULT_MAX_PAGE_SIZE,
  type AppOptions,
} from "./create-app.js";
export type {
  IngestResponse,
  IngestResult,
  IngestStatus,
  ArticleInput,
} from "./ingest-articles.js";
export type { OpenApiDocument } from "./openapi.js";
export type { ErrorBody } from "./api-errors.js";
