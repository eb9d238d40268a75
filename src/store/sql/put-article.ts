/**
 * Stores coded articles, one transaction per call: article rows, mentions, actor counts, and the
 * re-clustered events of every signature the articles had or have.
 */
import { createHash } from "node:crypto";
import type { Article, EventRecord } from "../../core/types.js";
import { signatureOf } from "../dedup-port.js";
import type { PutItem, PutResult } from "../event-store.js";
import { StoreError } from "../store-error.js";
import { ActorCounts } from "./actor-counts.js";
import { MAX_IN_LIST, batchInsert, chunks, placeholders } from "./batch-insert.js";
import { recluster } from "./recluster.js";
import type { Dialect, SqlDriver, SqlTx } from "./sql-driver.js";

const MENTION_COLUMNS = [
  "id",
  "article_id",
  "signature",
  "sentence_start",
  "sentence_end",
  "sentence_text",
  "coder_version",
  "record",
];

const ARTICLE_COLUMNS = [
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
  "coder_version",
  "stored_at",
];

/** sha256 of an article's text, hex: what decides whether a re-ingested article changed. */
export function textHashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

interface Prepared {
  readonly article: Article;
  readonly textHash: string;
  readonly records: EventRecord[];
  readonly fresh: { record: EventRecord; signature: string }[];
}

/**
 * Stores coded articles in one transaction. Each is unchanged when the stored copy has the same
 * text hash and coder version; otherwise its mentions are replaced. Every signature touched is
 * then re-clustered once, after all mentions are written.
 */
export async function putArticles(
  driver: SqlDriver,
  items: readonly PutItem[],
  coderVersion: string,
): Promise<PutResult[]> {
  const prepared = items.map(prepare);
  return driver.transaction(async (tx) => {
    await tx.lock([...new Set(prepared.map((p) => `article:${p.article.id}`))].sort());
    // Every signature the articles had or will have is locked before any mention row changes,
    // all at once and sorted, so concurrent writers cannot deadlock on them.
    await tx.lock((await signaturesOf(tx, prepared)).map((s) => `signature:${s}`));
    const touched = new Set<string>();
    const actors = new ActorCounts();
    const out: PutResult[] = [];
    for (const p of prepared)
      out.push(await storeOne(tx, driver.dialect, p, coderVersion, touched, actors));
    await actors.apply(tx, driver.dialect);
    await recluster(tx, driver.dialect, [...touched].sort());
    return out;
  });
}

async function signaturesOf(tx: SqlTx, prepared: readonly Prepared[]): Promise<string[]> {
  const out = new Set(prepared.flatMap((p) => p.fresh.map((m) => m.signature)));
  for (const part of chunks([...new Set(prepared.map((p) => p.article.id))], MAX_IN_LIST)) {
    const rows = await tx.all(
      `SELECT DISTINCT signature FROM mentions WHERE article_id IN ${placeholders(part.length)}`,
      part,
    );
    for (const r of rows) out.add(String(r["signature"]));
  }
  return [...out].sort();
}

function prepare({ article, result }: PutItem): Prepared {
  if (result.article.id !== article.id) {
    throw new StoreError(
      `putArticle: result is for article ${result.article.id}, not ${article.id}`,
    );
  }
  const records = uniqueById(result.events);
  const fresh = records.map((r) => ({ record: r, signature: signatureOf(r) }));
  return { article, textHash: textHashOf(article.text), records, fresh };
}

async function storeOne(
  tx: SqlTx,
  dialect: Dialect,
  p: Prepared,
  coderVersion: string,
  touched: Set<string>,
  actors: ActorCounts,
): Promise<PutResult> {
  const id = p.article.id;
  const prev = (
    await tx.all("SELECT text_hash, coder_version FROM articles WHERE id = ?", [id])
  )[0];
  if (
    prev !== undefined &&
    prev["text_hash"] === p.textHash &&
    prev["coder_version"] === coderVersion
  ) {
    return { status: "unchanged", articleId: id, mentions: 0, signatures: 0 };
  }
  const old =
    prev === undefined
      ? []
      : await tx.all("SELECT signature, record FROM mentions WHERE article_id = ?", [id]);
  const signatures = new Set([
    ...old.map((r) => String(r["signature"])),
    ...p.fresh.map((m) => m.signature),
  ]);
  for (const s of signatures) touched.add(s);
  if (prev !== undefined) await tx.run("DELETE FROM mentions WHERE article_id = ?", [id]);
  await writeArticle(tx, p.article, p.textHash, coderVersion, prev !== undefined);
  await batchInsert(
    tx,
    dialect,
    "mentions",
    MENTION_COLUMNS,
    p.fresh.map((m) => mentionValues(id, m, coderVersion)),
  );
  actors.count(
    old.map((r) => JSON.parse(String(r["record"])) as EventRecord),
    -1,
  );
  actors.count(p.records, 1);
  return {
    status: prev === undefined ? "inserted" : "replaced",
    articleId: id,
    mentions: p.records.length,
    signatures: signatures.size,
  };
}

/** Records with a repeated id are the same content hash: keep the first. */
function uniqueById(events: readonly EventRecord[]): EventRecord[] {
  const seen = new Set<string>();
  return events.filter((e) => !seen.has(e.id) && seen.add(e.id) !== undefined);
}

function mentionValues(
  articleId: string,
  m: { record: EventRecord; signature: string },
  coderVersion: string,
): (string | number)[] {
  const s = m.record.evidence.sentence;
  // The mention belongs to the article it is stored under, whatever the record was built with.
  const record =
    m.record.article_id === articleId ? m.record : { ...m.record, article_id: articleId };
  return [
    record.id,
    articleId,
    m.signature,
    s.start,
    s.end,
    s.text,
    coderVersion,
    JSON.stringify(record),
  ];
}

async function writeArticle(
  tx: SqlTx,
  a: Article,
  textHash: string,
  coderVersion: string,
  exists: boolean,
): Promise<void> {
  const values = [
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
    coderVersion,
    new Date().toISOString(),
  ];
  if (exists) await tx.run("DELETE FROM articles WHERE id = ?", [a.id]);
  await tx.run(
    `INSERT INTO articles (${ARTICLE_COLUMNS.join(", ")}) VALUES (${values.map(() => "?").join(", ")})`,
    values,
  );
}
