/**
 * `POST /api/articles` behind the schema: the same per-document checks as jsonl ingest (ids,
 * content-hash ids, duplicates, missing dates, empty bodies as `DocIssue`s), then the pipeline's
 * coder, then one all-or-nothing `putArticles`, recorded as an ingest run.
 */
import { randomUUID } from "node:crypto";
import type { Article, DocIssue, Origin } from "../core/types.js";
import { finishArticle, type RunState } from "../ingest/finish-article.js";
import { ingestIssue } from "../ingest/ingest-issues.js";
import type { RecordFields } from "../ingest/parse-jsonl-record.js";
import type { Coder } from "../pipeline.js";
import type { EventStore, PutStatus, RunRecord } from "../store/index.js";

/** One article as the request carries it (already schema-valid). */
export interface ArticleInput {
  readonly id?: string | null;
  readonly text: string;
  readonly date?: string | null;
  readonly title?: string | null;
  readonly url?: string | null;
  readonly source?: string | null;
}

/** What happened to one posted article; `skipped` means it was not coded (see its issues). */
export type IngestStatus = PutStatus | "skipped";

/** Outcome of one posted article, in request order. */
export interface IngestResult {
  /** 0-based position in the request. */
  readonly index: number;
  readonly id?: string;
  readonly status: IngestStatus;
  /** Events the coder found in the article. */
  readonly events: number;
  /** Mentions written to the store (0 when unchanged or skipped). */
  readonly mentions: number;
  readonly issues: readonly DocIssue[];
}

/** The reply of `POST /api/articles`. */
export interface IngestResponse {
  readonly run_id: string;
  readonly counts: Readonly<Record<IngestStatus, number>>;
  readonly results: readonly IngestResult[];
}

/** What ingesting needs: the store, a coder (created on first use) and the coder version to store. */
export interface IngestDeps {
  readonly store: EventStore;
  readonly coder: () => Coder;
  readonly coderVersion: string;
}

interface Prepared {
  readonly index: number;
  readonly id?: string;
  readonly issues: readonly DocIssue[];
  readonly article?: Article;
}

/** Checks, codes and stores posted articles; per-document problems come back as issues. */
export async function ingestArticles(
  inputs: readonly ArticleInput[],
  deps: IngestDeps,
): Promise<IngestResponse> {
  const startedAt = new Date().toISOString();
  const state: RunState = { defaultDate: undefined, seen: new Map() };
  const prepared = inputs.map((input, index) => prepare(input, index, state));
  const toStore = prepared.filter(
    (p): p is Prepared & { article: Article } => p.article !== undefined,
  );
  const coder = toStore.length > 0 ? deps.coder() : undefined;
  const items = coder ? toStore.map((p) => ({ article: p.article, result: coder(p.article) })) : [];
  const puts = items.length > 0 ? await deps.store.putArticles(items, deps.coderVersion) : [];
  const done = new Map(
    toStore.map((p, i) => [p.index, { put: puts[i], result: items[i]?.result }] as const),
  );
  const results = prepared.map((p): IngestResult => {
    const { put, result } = done.get(p.index) ?? {};
    return {
      index: p.index,
      ...(p.id === undefined ? {} : { id: p.id }),
      status: put?.status ?? "skipped",
      events: result?.events.length ?? 0,
      mentions: put?.mentions ?? 0,
      issues: [...p.issues, ...(result?.issues ?? [])],
    };
  });
  const counts = countStatuses(results);
  const run_id = await recordRun(deps, startedAt, counts, results);
  return { run_id, counts, results };
}

/** The jsonl ingest checks for one record: empty body, id (given or content hash), duplicates, date. */
function prepare(input: ArticleInput, index: number, state: RunState): Prepared {
  const origin: Origin = { file: "POST /api/articles", line: index + 1 };
  const givenId = input.id ?? undefined;
  if (input.text.trim() === "") {
    const issue = ingestIssue("empty-body", `"text" is empty`, origin, givenId);
    return { index, ...(givenId === undefined ? {} : { id: givenId }), issues: [issue] };
  }
  const fields: { -readonly [K in keyof RecordFields]: RecordFields[K] } = { text: input.text };
  for (const name of ["id", "date", "title", "url", "source"] as const) {
    const value = input[name];
    if (value !== undefined && value !== null) fields[name] = value;
  }
  const issues: DocIssue[] = [];
  let article: Article | undefined;
  for (const item of finishArticle(fields, origin, [], state)) {
    if (item.kind === "article") article = item.article;
    else issues.push(item.issue);
  }
  const id = article?.id ?? givenId ?? issues[0]?.articleId;
  return { index, ...(id === undefined ? {} : { id }), issues, ...(article ? { article } : {}) };
}

function countStatuses(results: readonly IngestResult[]): Record<IngestStatus, number> {
  const counts: Record<IngestStatus, number> = {
    inserted: 0,
    replaced: 0,
    unchanged: 0,
    skipped: 0,
  };
  for (const r of results) counts[r.status]++;
  return counts;
}

/** Records the request as an ingest run with its issues, like `dyad ingest` does. */
async function recordRun(
  deps: IngestDeps,
  startedAt: string,
  counts: Record<IngestStatus, number>,
  results: readonly IngestResult[],
): Promise<string> {
  const run: RunRecord = {
    id: `api-${randomUUID()}`,
    command: "serve: POST /api/articles",
    coderVersion: deps.coderVersion,
    inputs: ["POST /api/articles"],
    startedAt,
    finishedAt: new Date().toISOString(),
    status: "done",
    counts: { articles: results.length, ...counts },
  };
  await deps.store.recordRun(run);
  for (const r of results)
    for (const issue of r.issues) await deps.store.recordIssue(run.id, issue);
  return run.id;
}
