import { initialSchema } from "./001-initial.js";
import { sentenceIndex } from "./002-sentence-index.js";
import type { Migration } from "./migration.js";

/** Every migration, in version order; append new ones (never edit a released one). */
export const MIGRATIONS: readonly Migration[] = [initialSchema, sentenceIndex];

export type { Migration } from "./migration.js";
