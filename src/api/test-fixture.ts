/**
 * Test fixture of the API: a temporary SQLite store holding the coded examples/ articles, and
 * the app over it. Shared by the api tests; not part of the shipped API.
 */
import type { FastifyInstance } from "fastify";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dataPath } from "../core/data-path.js";
import type { Article } from "../core/types.js";
import { readInputs } from "../ingest/read-inputs.js";
import { createCoder, type Coder } from "../pipeline.js";
import { openStore, type EventStore } from "../store/index.js";
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
