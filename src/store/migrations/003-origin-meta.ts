/**
 * Schema version 3: articles keep their source metadata (outlet, URL, language, fetched-at,
 * publication date as written, byline, feed and entry) as one JSON object, so a stored article
 * says where and when it was found, not only which file held it.
 */
import type { Migration } from "./migration.js";

/** The `origin_meta` column of articles (NULL for articles read from plain files). */
export const originMeta: Migration = {
  version: 3,
  name: "origin-meta",
  sql: () => "ALTER TABLE articles ADD COLUMN origin_meta TEXT;\n",
};
