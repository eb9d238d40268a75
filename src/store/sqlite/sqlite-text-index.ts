/**
 * SQLite's text search: a contentless FTS5 trigram index with one row per distinct sentence
 * (article, sentence start), keyed by the `seq` of the sentence's first mention.
 *
 * FTS5 writes a segment per transaction, and with trigrams that costs far more than the rows
 * themselves (measured: ~3 ms per 500-word article when every ingest batch indexed its own
 * mentions). So the index is caught up in bulk: mentions with `seq` above
 * `sentence_fts_state.indexed_upto` are not indexed yet, and searches scan that short tail.
 */
import { escapeLike } from "../sql/escape-like.js";
import { MAX_IN_LIST, chunks } from "../sql/batch-insert.js";
import type { SqlValue, TextIndex } from "../sql/sql-driver.js";

/**
 * Unindexed mentions at which a write transaction catches the index up: ~60 articles' worth, so
 * the tail a search scans stays small and FTS5 writes few, large segments.
 */
export const CATCH_UP_MENTIONS = 1024;

/**
 * First mention `seq` and text of each sentence with mentions above a `seq`. NOT INDEXED: the
 * (article, sentence) index would avoid the sort but read every mention. Rowids ascending: FTS5
 * writes its pending terms out as a segment whenever a rowid is lower than the last (measured:
 * 6x slower unsorted).
 */
export const SENTENCES_AFTER = `SELECT s, t FROM (
  SELECT MIN(seq) AS s, sentence_text AS t FROM mentions NOT INDEXED WHERE seq > ? GROUP BY article_id, sentence_start
) ORDER BY s`;

/** The `SELECT event_id` of mentions whose sentence contains `text`, case-insensitive. */
export function sqliteTextEvents(text: string): { sql: string; params: SqlValue[] } {
  const like = `%${escapeLike(text)}%`;
  // Trigrams need three characters; shorter terms scan the sentences.
  if ([...text].length < 3)
    return {
      sql: "SELECT m.event_id FROM mentions m WHERE m.sentence_text LIKE ? ESCAPE '\\'",
      params: [like],
    };
  // A quoted FTS5 string is a phrase of the term's trigrams: exactly "contains the term".
  const phrase = `"${text.replace(/"/g, '""')}"`;
  return {
    sql: `SELECT m.event_id FROM mentions p JOIN mentions m ON m.article_id = p.article_id AND m.sentence_start = p.sentence_start
      WHERE p.seq IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?)
      UNION ALL
      SELECT m.event_id FROM mentions m WHERE m.seq > (SELECT indexed_upto FROM sentence_fts_state) AND m.sentence_text LIKE ? ESCAPE '\\'`,
    params: [phrase, like],
  };
}

/** Keeps `sentence_fts` in step with `mentions`. */
export const SQLITE_TEXT_INDEX: TextIndex = {
  async forget(tx, articleIds) {
    for (const part of chunks(articleIds, MAX_IN_LIST)) {
      await tx.run(
        `DELETE FROM sentence_fts WHERE rowid IN (
           SELECT MIN(seq) FROM mentions WHERE article_id IN (SELECT value FROM json_each(?))
             AND seq <= (SELECT indexed_upto FROM sentence_fts_state)
           GROUP BY article_id, sentence_start)`,
        [JSON.stringify(part)],
      );
    }
  },

  async afterDelete(tx) {
    // SQLite gives a new row max(seq) + 1: when the newest mentions were deleted, a new mention
    // could get an indexed-looking seq. Lowering the mark to the max keeps it above every
    // indexed row and below every row still to come.
    await tx.run(
      "UPDATE sentence_fts_state SET indexed_upto = MIN(indexed_upto, COALESCE((SELECT MAX(seq) FROM mentions), 0))",
    );
  },

  async catchUp(tx, min = CATCH_UP_MENTIONS) {
    const row = (
      await tx.all(
        "SELECT s.indexed_upto AS upto, (SELECT MAX(seq) FROM mentions) AS top FROM sentence_fts_state s",
      )
    )[0];
    const upto = Number(row?.["upto"] ?? 0);
    const top = Number(row?.["top"] ?? 0);
    if (top - upto < min) return;
    // All mentions of an article are written in one transaction, so no sentence straddles the mark.
    await tx.run(`INSERT INTO sentence_fts (rowid, sentence_text) ${SENTENCES_AFTER}`, [upto]);
    await tx.run("UPDATE sentence_fts_state SET indexed_upto = ?", [top]);
  },
};
