/**
 * Test fixture of the API: a temporary SQLite store holding the coded examples/ articles, and
 * the app over it. Shared by the api tests; not part of the shipped API.
 */
import type { FastifyInstance } from "fastify";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { dataPath } from "../core/data-path.js";
import type { Article } from "../core/types.js";
import { readInputs } from "../ingest/read-inputs.js";
import { createCoder, type Coder } from "../pipeline.js";
import {
  openStore,
  type EventStore,
  type EventWithMentions,
  type StoredEvent,
} from "../store/index.js";
import { createApp, type AppOptions } from "./create-app.js";

/** Token the fixture's app accepts. */
export const TEST_TOKEN = "test-token-0123456789";
/** Coder version the fixture stores with. */
export const TEST_VERSION = "test-1";

/** A store with the examples, an app over it, and cleanup. */
export interface ApiFixture {
  readonly store: EventStore;
  readonly app: FastifyInstance;
  readonly coder: Coder;
  readonly articles: readonly Article[];
  close(): Promise<void>;
}

let coder: Coder | undefined;

/** The example articles shipped in examples/. */
export async function exampleArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readInputs([dataPath("..", "examples")], {}))
    if (item.kind === "article") out.push(item.article);
  return out;
}

/** Opens a fresh store in a temp dir, stores the coded examples, and builds the app over it. */
export async function openFixture(opts: AppOptions = {}): Promise<ApiFixture> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-api-"));
  const store = await openStore(join(dir, "api.db"));
  coder ??= createCoder();
  const c = coder;
  const articles = await exampleArticles();
  await store.putArticles(
    articles.map((article) => ({ article, result: c(article) })),
    TEST_VERSION,
  );
  const app = createApp(store, {
    token: TEST_TOKEN,
    coder: c,
    coderVersion: TEST_VERSION,
    ...opts,
  });
  await app.ready();
  return {
    store,
    app,
    coder: c,
    articles,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A JSON reply: its status code and parsed body. */
export interface JsonReply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** GETs `url` from the fixture's app and parses the reply as JSON. */
export async function getJson(fx: ApiFixture, url: string): Promise<JsonReply> {
  const r = await fx.app.inject({ method: "GET", url });
  return { status: r.statusCode, body: r.json() as Record<string, unknown> };
}

/** Every event matching `query`, read in one page (the page must be the last). */
export async function allEvents(fx: ApiFixture, query: string): Promise<StoredEvent[]> {
  const r = await getJson(fx, `/api/events?limit=500&${query}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(r.body["next"]).toBeUndefined();
  return r.body["events"] as StoredEvent[];
}

/**
 * Opens the fixture and reads every stored event with its mentions in one page: the reference
 * results of the read-route tests.
 */
export async function openEventsFixture(): Promise<{ fx: ApiFixture; all: EventWithMentions[] }> {
  const fx = await openFixture();
  const all = (await allEvents(fx, "with_mentions=true")) as EventWithMentions[];
  expect(all.length).toBe((await fx.store.counts()).events);
  expect(all.length).toBeGreaterThan(100);
  return { fx, all };
}
