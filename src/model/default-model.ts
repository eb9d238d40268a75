import { existsSync } from "node:fs";
import { dataPath } from "../core/data-path.js";
import { loadModel } from "./model-file.js";
import type { Model } from "./model-types.js";

/** Where the project's default event-type model lives (built by build-default-model.ts). */
export function defaultModelPath(): string {
  return dataPath("models", "plover-type.json");
}

let cached: { readonly model: Model | undefined } | undefined;

/**
 * The project's default event-type model, loaded once per process; undefined when the file is
 * absent. A present but malformed file throws DataFileError (a broken install must not pass silently).
 */
export function defaultModel(): Model | undefined {
  if (!cached) {
    const path = defaultModelPath();
    cached = { model: existsSync(path) ? loadModel(path) : undefined };
  }
  return cached.model;
}
