import { initialSchema } from "./001-initial.js";
import { sentenceIndex } from "./002-sentence-index.js";
import { originMeta } from "./003-origin-meta.js";
import type { Migration } from "./migration.js";

/** Every migration, in version order; append new ones (never edit a released one). */
export const MIGRATIONS: readonly Migration[] = [initialSchema, sentenceIndex, originMeta];

export type { Migration } from "./migration.js";
