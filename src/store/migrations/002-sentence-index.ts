/**
 * Schema version 2: articles get an origin key (where a document without its own id was read
 * from, so an edited file replaces its old version), and SQLite's text index moves from one FTS
 * row per mention, written by triggers in every transaction, to one row per distinct sentence,
 * written in bulk (see `sqlite/sqlite-text-index.ts`).
 */
import type { Migration } from "./migration.js";

const ORIGIN_KEY = `
ALTER TABLE articles ADD COLUMN origin_key TEXT;
CREATE INDEX articles_origin_key ON articles (origin_key) WHERE origin_key IS NOT NULL;
`;

/**
 * SQLite only. `sentence_fts` is contentless (the text lives in `mentions`); its rowid is the
 * `seq` of the first mention of a sentence (article, sentence start). Mentions with a `seq` above
 * `sentence_fts_state.indexed_upto` are not indexed yet; text search scans those. Existing
 * mentions are indexed here, once.
 */
const SQLITE_SENTENCE_INDEX = `
DROP TRIGGER mentions_fts_insert;
DROP TRIGGER mentions_fts_delete;
DROP TRIGGER mentions_fts_update;
DROP TABLE mention_fts;
CREATE INDEX mentions_article_sentence ON mentions (article_id, sentence_start);
DROP INDEX mentions_article;
CREATE VIRTUAL TABLE sentence_fts USING fts5(
  sentence_text, content='', contentless_delete=1, tokenize='trigram'
);
INSERT INTO sentence_fts (sentence_fts, rank) VALUES ('automerge', 16);
CREATE TABLE sentence_fts_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  indexed_upto INTEGER NOT NULL
);
INSERT INTO sentence_fts (rowid, sentence_text) SELECT s, t FROM (
  SELECT MIN(seq) AS s, sentence_text AS t FROM mentions GROUP BY article_id, sentence_start
) ORDER BY s;
INSERT INTO sentence_fts_state (id, indexed_upto) VALUES (1, COALESCE((SELECT MAX(seq) FROM mentions), 0));
`;

/** Origin keys; SQLite's sentence index. */
export const sentenceIndex: Migration = {
  version: 2,
  name: "origin-key-sentence-index",
  sql: (kind) => ORIGIN_KEY + (kind === "sqlite" ? SQLITE_SENTENCE_INDEX : ""),
};
