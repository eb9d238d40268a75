/**
 * dyad's library entry: code news articles into evidence-backed PLOVER + CAMEO events.
 *
 * @example
 * import { codeArticle } from "dyad";
 * const { events } = codeArticle({ id: "a1", text: "...", date: "2023-11-02", origin: { file: "mem" } });
 */
export { codeArticle, createCoder, type CodeOptions, type Coder } from "./pipeline.js";
export { readInputs } from "./ingest/read-inputs.js";
export type { IngestItem, IngestOptions } from "./ingest/ingest-types.js";
export * from "./core/types.js";
export { DyadError, DataFileError, UsageError } from "./core/errors.js";
