import { initialSchema } from "./001-initial.js";
import type { Migration } from "./migration.js";

/** Every migration, in version order; append new ones (never edit a released one). */
export const MIGRATIONS: readonly Migration[] = [initialSchema];

export type { Migration } from "./migration.js";
