/**
 * Stores coded articles, one transaction per call: article rows, actor counts, and the
 * re-clustered events of every signature the articles had or have, with the new mentions written
 * once, already pointing at their events.
 */
import { createHash } from "node:crypto";
import type { Article, EventRecord } from "../../core/types.js";
import { signatureOf } from "../dedup-port.js";
import type { ArticleStamp, PutItem, PutOptions, PutResult } from "../event-store.js";
import { StoreError } from "../store-error.js";
import { ActorCounts } from "./actor-counts.js";
import { MAX_IN_LIST, batchInsert, chunks } from "./batch-insert.js";
import { type BatchPlan, type PlannedWrite, type Prepared, planBatch } from "./plan-batch.js";
import { type FreshMention, recluster } from "./recluster.js";
import type { Dialect, SqlDriver, SqlTx, SqlValue } from "./sql-driver.js";

/** Columns of `articles`, in the order `articleValues` returns them. */
export const ARTICLE_COLUMNS = [
  "id",
  "text",
  "text_hash",
  "body_start",
  "title",
  "date",
  "url",
  "source",
  "origin_file",
  "origin_line",
  "origin_key",
  "origin_meta",
  "coder_version",
  "stored_at",
];

/** sha256 of an article's text, hex: what decides whether a re-ingested article changed. */
export function textHashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Mentions a stored article had: their signatures and records (for actor counts). */
interface OldMentions {
  readonly signatures: Map<string, Set<string>>;
  readonly records: EventRecord[];
}

/**
 * Stores coded articles in one transaction, as if put one by one in order: each is unchanged
 * when the stored copy has the same text hash and coder version (unless `force`); otherwise its
 * mentions are replaced. Every signature touched is re-clustered once, after all rows are written.
 */
export async function putArticles(
  driver: SqlDriver,
  items: readonly PutItem[],
  coderVersion: string,
  opts: PutOptions = {},
): Promise<PutResult[]> {
  const prepared = items.map(prepare);
  return driver.transaction((tx) => putPrepared(tx, driver.dialect, prepared, coderVersion, opts));
}

/**
 * `putArticles` inside a transaction the caller holds (the SQLite writer thread applies a batch
 * in parts as they arrive, in one transaction): the same as putting the items one by one.
 */
export function putArticlesInTx(
  tx: SqlTx,
  dialect: Dialect,
  items: readonly PutItem[],
  coderVersion: string,
  opts: PutOptions = {},
): Promise<PutResult[]> {
  return putPrepared(tx, dialect, items.map(prepare), coderVersion, opts);
}

async function putPrepared(
  tx: SqlTx,
  dialect: Dialect,
  prepared: readonly Prepared[],
  coderVersion: string,
  opts: PutOptions,
): Promise<PutResult[]> {
  const ids = [...new Set(prepared.map((p) => p.item.article.id))];
  const keys = [...new Set(prepared.flatMap((p) => p.item.originKey ?? []))];
  await tx.lock([...ids.map((i) => `article:${i}`), ...keys.map((k) => `origin:${k}`)].sort());
  const plan = planBatch(
    prepared,
    await loadStamps(tx, dialect, ids, keys),
    coderVersion,
    opts.force === true,
  );
  const old = await loadOldMentions(tx, dialect, plan.deleted);
  const touched = new Set(plan.writes.flatMap((w) => w.p.signatures));
  for (const sigs of old.signatures.values()) for (const s of sigs) touched.add(s);
  const signatures = [...touched].sort();
  // Every signature is locked before any mention row changes, all at once and sorted, so
  // concurrent PostgreSQL writers cannot deadlock on them.
  await tx.lock(signatures.map((s) => `signature:${s}`));
  await deleteArticles(tx, dialect, plan.deleted);
  await insertArticles(tx, dialect, plan.writes, coderVersion);
  const actors = new ActorCounts();
  actors.count(old.records, -1);
  for (const w of plan.writes) actors.count(w.p.records, 1);
  await actors.apply(tx, dialect);
  await recluster(tx, dialect, signatures, freshMentions(plan.writes, coderVersion));
  await dialect.textIndex?.catchUp(tx);
  return results(prepared, plan, old);
}

function prepare(item: PutItem): Prepared {
  const { article, result } = item;
  if (result.article.id !== article.id) {
    throw new StoreError(
      `putArticle: result is for article ${result.article.id}, not ${article.id}`,
    );
  }
  const seen = new Set<string>();
  // Records with a repeated id are the same content hash: keep the first. The mention belongs to
  // the article it is stored under, whatever the record was built with.
  const records = result.events
    .filter((e) => !seen.has(e.id) && seen.add(e.id) !== undefined)
    .map((r) => (r.article_id === article.id ? r : { ...r, article_id: article.id }));
  return {
    item,
    textHash: textHashOf(article.text),
    records,
    signatures: records.map(signatureOf),
  };
}

async function loadStamps(
  tx: SqlTx,
  dialect: Dialect,
  ids: readonly string[],
  keys: readonly string[],
): Promise<ArticleStamp[]> {
  const out = new Map<string, ArticleStamp>();
  const load = async (column: string, values: readonly string[]): Promise<void> => {
    for (const part of chunks(values, MAX_IN_LIST)) {
      const list = dialect.inList(part);
      const rows = await tx.all(
        `SELECT id, text_hash, coder_version, origin_key FROM articles WHERE ${column} IN ${list.sql}`,
        list.params,
      );
      for (const r of rows) {
        const key = r["origin_key"];
        out.set(String(r["id"]), {
          id: String(r["id"]),
          textHash: String(r["text_hash"]),
          coderVersion: String(r["coder_version"]),
          ...(typeof key === "string" ? { originKey: key } : {}),
        });
      }
    }
  };
  await load("id", ids);
  await load("origin_key", keys);
  return [...out.values()];
}

async function loadOldMentions(
  tx: SqlTx,
  dialect: Dialect,
  articleIds: readonly string[],
): Promise<OldMentions> {
  const signatures = new Map<string, Set<string>>();
  const records: EventRecord[] = [];
  for (const part of chunks(articleIds, MAX_IN_LIST)) {
    const list = dialect.inList(part);
    const rows = await tx.all(
      `SELECT article_id, signature, record FROM mentions WHERE article_id IN ${list.sql}`,
      list.params,
    );
    for (const r of rows) {
      const id = String(r["article_id"]);
      let set = signatures.get(id);
      if (set === undefined) signatures.set(id, (set = new Set()));
      set.add(String(r["signature"]));
      records.push(JSON.parse(String(r["record"])) as EventRecord);
    }
  }
  return { signatures, records };
}

async function deleteArticles(tx: SqlTx, dialect: Dialect, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await dialect.textIndex?.forget(tx, ids);
  for (const part of chunks(ids, MAX_IN_LIST)) {
    const list = dialect.inList(part);
    await tx.run(`DELETE FROM mentions WHERE article_id IN ${list.sql}`, list.params);
    await tx.run(`DELETE FROM articles WHERE id IN ${list.sql}`, list.params);
  }
  await dialect.textIndex?.afterDelete(tx);
}

/** Row values of one article, in `ARTICLE_COLUMNS` order. */
/** The origin's source metadata (all but file and line) as JSON, or null when it has none. */
export function originMetaOf(a: Article): string | null {
  const meta = Object.entries(a.origin).filter(
    ([k, v]) => k !== "file" && k !== "line" && v !== undefined,
  );
  return meta.length ? JSON.stringify(Object.fromEntries(meta)) : null;
}

export function articleValues(
  a: Article,
  textHash: string,
  originKey: string | undefined,
  coderVersion: string,
  storedAt: string,
): SqlValue[] {
  return [
    a.id,
    a.text,
    textHash,
    a.bodyStart,
    a.title,
    a.date,
    a.url,
    a.source,
    a.origin.file,
    a.origin.line,
    originKey,
    originMetaOf(a),
    coderVersion,
    storedAt,
  ];
}

async function insertArticles(
  tx: SqlTx,
  dialect: Dialect,
  writes: readonly PlannedWrite[],
  coderVersion: string,
): Promise<void> {
  const now = new Date().toISOString();
  const rows = writes.map((w) =>
    articleValues(w.p.item.article, w.p.textHash, w.originKey, coderVersion, now),
  );
  await batchInsert(tx, dialect, "articles", ARTICLE_COLUMNS, rows);
}

function freshMentions(writes: readonly PlannedWrite[], coderVersion: string): FreshMention[] {
  return writes.flatMap(({ p }) => {
    const { id, date, source } = p.item.article;
    return p.records.map((record, i) => ({
      mention: {
        record,
        articleId: id,
        ...(source !== undefined && source !== "" ? { source } : {}),
        ...(date !== undefined && date !== "" ? { reportedAt: date } : {}),
      },
      signature: p.signatures[i]!,
      coderVersion,
    }));
  });
}

function results(prepared: readonly Prepared[], plan: BatchPlan, old: OldMentions): PutResult[] {
  return prepared.map((p, i) => {
    const { status, written, removesStored } = plan.statuses[i]!;
    const articleId = p.item.article.id;
    if (status === "unchanged") return { status, articleId, mentions: 0, signatures: 0 };
    const sigs = new Set(written ? p.signatures : []);
    for (const id of removesStored) for (const s of old.signatures.get(id) ?? []) sigs.add(s);
    return { status, articleId, mentions: written ? p.records.length : 0, signatures: sigs.size };
  });
}
