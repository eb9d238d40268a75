/**
 * Schema version 1: articles, mentions, merged events with their participants, actors, daily and
 * monthly stats roll-ups, ingest runs and issues. One template; the dialect fills in the few differences.
 */
import type { Migration, DialectTypes } from "./migration.js";

function schema(t: DialectTypes): string {
  return `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  text TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  body_start INTEGER,
  title TEXT,
  date TEXT,
  url TEXT,
  source TEXT,
  origin_file TEXT NOT NULL,
  origin_line INTEGER,
  coder_version TEXT NOT NULL,
  stored_at TEXT NOT NULL
);

CREATE TABLE mentions (
  ${t.serialKey},
  id TEXT NOT NULL UNIQUE,
  article_id TEXT NOT NULL,
  signature TEXT NOT NULL,
  event_id TEXT NOT NULL DEFAULT '',
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  sentence_text TEXT NOT NULL,
  coder_version TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_signature ON mentions (signature);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  signature TEXT NOT NULL,
  type TEXT NOT NULL,
  quad INTEGER NOT NULL,
  modality TEXT NOT NULL,
  modes TEXT NOT NULL,
  contexts TEXT NOT NULL,
  day TEXT NOT NULL,
  dyad TEXT NOT NULL,
  mention_count INTEGER NOT NULL,
  confidence ${t.real} NOT NULL,
  intensity ${t.real} NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX events_day ON events (day, id);
CREATE INDEX events_type_day ON events (type, day, id);
CREATE INDEX events_signature ON events (signature);
CREATE INDEX events_mention_count ON events (mention_count, id);

CREATE TABLE event_parties (
  event_id TEXT NOT NULL,
  role TEXT NOT NULL,
  code TEXT NOT NULL,
  code_full TEXT NOT NULL,
  sectors TEXT NOT NULL,
  names TEXT NOT NULL,
  type TEXT NOT NULL,
  day TEXT NOT NULL,
  PRIMARY KEY (event_id, role, code, code_full, sectors)
)${t.withoutRowid};
CREATE INDEX event_parties_code ON event_parties (code, role, day, type, event_id);

CREATE TABLE actors (
  key TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  code_full TEXT NOT NULL,
  name TEXT NOT NULL,
  sectors TEXT NOT NULL,
  mentions INTEGER NOT NULL
)${t.withoutRowid};

CREATE TABLE stats_daily (
  day TEXT NOT NULL,
  type TEXT NOT NULL,
  quad INTEGER NOT NULL,
  events INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  intensity ${t.real} NOT NULL,
  PRIMARY KEY (day, type)
)${t.withoutRowid};

CREATE TABLE stats_monthly (
  month TEXT NOT NULL,
  type TEXT NOT NULL,
  quad INTEGER NOT NULL,
  events INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  intensity ${t.real} NOT NULL,
  PRIMARY KEY (month, type)
)${t.withoutRowid};

CREATE TABLE stats_monthly_code (
  role TEXT NOT NULL,
  code TEXT NOT NULL,
  month TEXT NOT NULL,
  type TEXT NOT NULL,
  quad INTEGER NOT NULL,
  events INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  intensity ${t.real} NOT NULL,
  PRIMARY KEY (role, code, month, type)
)${t.withoutRowid};

CREATE TABLE ingest_runs (
  id TEXT PRIMARY KEY,
  command TEXT NOT NULL,
  coder_version TEXT NOT NULL,
  inputs TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL,
  counts TEXT NOT NULL
);

CREATE TABLE ingest_issues (
  ${t.serialKey},
  run_id TEXT NOT NULL,
  article_id TEXT,
  severity TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  origin_file TEXT NOT NULL,
  origin_line INTEGER,
  recorded_at TEXT NOT NULL
);
CREATE INDEX ingest_issues_run ON ingest_issues (run_id);
`;
}

/** SQLite only: a trigram full-text index over mention sentences, kept in sync by triggers. */
const SQLITE_FTS = `
CREATE VIRTUAL TABLE mention_fts USING fts5(
  sentence_text, content='mentions', content_rowid='seq', tokenize='trigram'
);
CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN
  INSERT INTO mention_fts (rowid, sentence_text) VALUES (new.seq, new.sentence_text);
END;
CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN
  INSERT INTO mention_fts (mention_fts, rowid, sentence_text) VALUES ('delete', old.seq, old.sentence_text);
END;
CREATE TRIGGER mentions_fts_update AFTER UPDATE OF sentence_text ON mentions BEGIN
  INSERT INTO mention_fts (mention_fts, rowid, sentence_text) VALUES ('delete', old.seq, old.sentence_text);
  INSERT INTO mention_fts (rowid, sentence_text) VALUES (new.seq, new.sentence_text);
END;
`;

/** The first schema. */
export const initialSchema: Migration = {
  version: 1,
  name: "initial",
  sql: (kind, types) => schema(types) + (kind === "sqlite" ? SQLITE_FTS : ""),
};
