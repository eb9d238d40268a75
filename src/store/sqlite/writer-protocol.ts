/**
 * Messages between a SQLite store and its writer thread, and errors carried across: an error
 * thrown in the thread is rebuilt on the store's side as the `cause` of a `StoreError`.
 */
import type { Article, DocIssue, EventRecord } from "../../core/types.js";
import type { PutItem, PutResult, RunRecord } from "../event-store.js";
import { StoreError } from "../store-error.js";

/** One coded article as posted to the thread (the result's article is the item's own). */
export interface WireItem {
  readonly a: Article;
  readonly e: readonly EventRecord[];
  readonly k?: string;
}

/** A request about one store, in the order its writes must be made. */
export type StoreRequest =
  | {
      readonly op: "put";
      readonly id: number;
      readonly items: readonly WireItem[];
      readonly coderVersion: string;
      readonly force: boolean;
    }
  | { readonly op: "begin"; readonly coderVersion: string; readonly force: boolean }
  | { readonly op: "add"; readonly item: WireItem }
  | { readonly op: "commit" | "discard" | "close"; readonly id: number }
  | { readonly op: "run"; readonly id: number; readonly run: RunRecord }
  | {
      readonly op: "issue";
      /** Absent: written with the open batch, any error reported by its commit. */
      readonly id?: number;
      readonly runId: string;
      readonly issue: DocIssue;
    };

/**
 * A request to the writer thread, which serves every SQLite store of the process: `db` is the
 * store's number and `path` its file; those with an `id` are answered with a `WriterReply`.
 */
export type WriterRequest = StoreRequest & { readonly db: number; readonly path: string };

/** An error as it crosses threads. */
export interface WireError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  readonly code?: string;
  readonly cause?: WireError;
}

/** The answer to a request with an `id`. */
export type WriterReply =
  | { readonly id: number; readonly ok: true; readonly value?: readonly PutResult[] }
  | { readonly id: number; readonly ok: false; readonly error: WireError };

/** The wire form of an item: the article and its records, no copies of the article. */
export function wireItem(item: PutItem): WireItem {
  const { article, result, originKey } = item;
  if (result.article.id !== article.id) {
    // Checked here, where the caller can be told at once (the thread would check it too).
    throw new StoreError(
      `putArticle: result is for article ${result.article.id}, not ${article.id}`,
    );
  }
  return originKey === undefined
    ? { a: article, e: result.events }
    : { a: article, e: result.events, k: originKey };
}

/** The item a wire item stands for. */
export function itemOf(w: WireItem): PutItem {
  const result = { article: w.a, events: w.e, issues: [] };
  return w.k === undefined ? { article: w.a, result } : { article: w.a, result, originKey: w.k };
}

/** Flattens an error (and its causes, a few deep) for posting. */
export function toWire(err: unknown, depth = 0): WireError {
  if (!(err instanceof Error)) return { name: "Error", message: String(err) };
  const code = (err as { code?: unknown }).code;
  return {
    name: err.name,
    message: err.message,
    ...(err.stack === undefined ? {} : { stack: err.stack }),
    ...(typeof code === "string" ? { code } : {}),
    ...(err.cause !== undefined && depth < 4 ? { cause: toWire(err.cause, depth + 1) } : {}),
  };
}

/** Rebuilds a posted error as an `Error` with the same name, message, stack, code and causes. */
export function fromWire(w: WireError): Error {
  const err = new Error(w.message, w.cause === undefined ? {} : { cause: fromWire(w.cause) });
  err.name = w.name;
  if (w.stack !== undefined) err.stack = w.stack;
  if (w.code !== undefined) Object.assign(err, { code: w.code });
  return err;
}
