/**
 * Fixture of the browser tests: a temporary SQLite store holding the coded examples/ articles
 * (plus extra articles a test needs), the dashboard built by Vite into a temporary folder, the
 * API app serving both on 127.0.0.1 at a free port, and Debian's Chromium driven by
 * playwright-core. Never downloads a browser: without /usr/bin/chromium the tests fail and say so.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { build } from "vite";
import { createApp } from "../../src/api/create-app.js";
import { dataPath } from "../../src/core/data-path.js";
import type { Article } from "../../src/core/types.js";
import { readInputs } from "../../src/ingest/read-inputs.js";
import { createCoder } from "../../src/pipeline.js";
import { openStore, type EventStore } from "../../src/store/index.js";

/** Debian's Chromium, installed by .ci/run (`apt-get install chromium`). */
export const CHROMIUM = "/usr/bin/chromium";
/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A running dashboard and a browser to look at it. */
export interface WebFixture {
  readonly url: string;
  readonly store: EventStore;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Fails with a clear message when the system Chromium is missing (CI installs it). */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the dashboard's browser tests drive Debian's Chromium and never download one. ` +
        "Install it with `apt-get install -y chromium` (.ci/run does this).",
    );
  }
}

/** Builds the dashboard into a folder with the project's vite.config.ts. */
export async function buildDashboard(outDir: string): Promise<void> {
  await build({
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
}

async function exampleArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readInputs([dataPath("..", "examples")], {}))
    if (item.kind === "article") out.push(item.article);
  return out;
}

/** Starts everything; `extra` articles are coded and stored with the examples. */
export async function openWebFixture(extra: readonly Article[] = []): Promise<WebFixture> {
  requireChromium();
  const dir = mkdtempSync(join(tmpdir(), "dyad-web-test-"));
  const store = await openStore(join(dir, "web.db"));
  const coder = createCoder();
  const articles = [...(await exampleArticles()), ...extra];
  await store.putArticles(
    articles.map((article) => ({ article, result: coder(article) })),
    "web-test",
  );
  const webRoot = join(dir, "web");
  await buildDashboard(webRoot);
  const app = createApp(store, { webRoot });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  return {
    url: `http://127.0.0.1:${port}/`,
    store,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
