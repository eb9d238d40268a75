/**
 * A SQLite store of schema version 1 (per-mention FTS index kept by triggers, no origin keys)
 * opens as version 2 with its data intact: text search finds its old sentences, and new writes
 * work. The version-1 store is made by turning a fresh store back into the version-1 layout.
 */
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { openStore } from "../open-store.js";
import { initialSchema } from "../migrations/001-initial.js";
import { DIALECT_TYPES } from "../migrations/migration.js";
import { CORPUS, putCorpus, snapshot } from "../test-support/suite-corpus.js";
import { ent, sampleArticle } from "../test-support/sample-articles.js";

/** The version-1 FTS part of the schema: everything from the FTS table on. */
const V1_FTS = initialSchema
  .sql("sqlite", DIALECT_TYPES.sqlite)
  .slice(initialSchema.sql("sqlite", DIALECT_TYPES.sqlite).indexOf("CREATE VIRTUAL TABLE"));

const TO_V1 = `
ALTER TABLE articles DROP COLUMN origin_meta;
DROP TABLE sentence_fts;
DROP TABLE sentence_fts_state;
DROP INDEX articles_origin_key;
ALTER TABLE articles DROP COLUMN origin_key;
CREATE INDEX mentions_article ON mentions (article_id);
DROP INDEX mentions_article_sentence;
${V1_FTS}
INSERT INTO mention_fts (mention_fts) VALUES ('rebuild');
DELETE FROM schema_version WHERE version > 1;
`;

it("migrates a version-1 SQLite store: data kept, old sentences searchable, writes work", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-migrate-"));
  const file = join(dir, "v1.db");
  try {
    let store = await openStore(file);
    await putCorpus(store);
    const before = await snapshot(store);
    await store.close();
    const db = new Database(file);
    db.exec(TO_V1);
    expect(db.prepare("SELECT MAX(version) AS v FROM schema_version").get()).toEqual({ v: 1 });
    db.close();

    store = await openStore(file);
    try {
      expect(await snapshot(store)).toEqual(before);
      const sentence = CORPUS[2]!.result.events[0]!.evidence.sentence.text;
      expect((await store.queryEvents({ text: sentence.slice(5, 30) })).events).toHaveLength(1);
      const s = sampleArticle({
        id: "new-1",
        date: "2024-03-01",
        sentences: ["Chile's president visited Peru on Friday."],
        events: [{ type: "CONSULT", actor: [ent("CHL", ["GOV"])], date: "2024-03-01" }],
      });
      expect((await store.putArticle(s.article, s.result, "test-2")).status).toBe("inserted");
      expect((await store.queryEvents({ text: "visited peru" })).events).toHaveLength(1);
      expect(await store.articleStamps("new-1")).toHaveLength(1);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
