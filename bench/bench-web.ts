/**
 * Speed of the dashboard, measured through Debian's Chromium (playwright-core) against a store:
 * the first render of the default view (navigation start to every part drawn) and three filter
 * changes from it (a quad checkbox, a click on the busiest actor of the network, a one-year date
 * range picked on the timeline with the keyboard), each from the triggering event to every part
 * redrawn. Run 0 warms the server and the page cache and is reported apart; the figures are the
 * medians of the next `--runs`. Run alone it writes bench/results/web.json; `npm run bench` calls
 * `benchWeb` on its generated store and keeps the figures in bench.json. Never fails on a number.
 *
 *   npx tsx bench/bench-web.ts --db /tmp/bench.db [--runs 5] [--web dist/web]
 *
 * Targets (issue 5): first render < 2 s and a filter change < 500 ms with 1,000,000 events.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { createApp } from "../src/api/create-app.js";
import { openStore } from "../src/store/index.js";
import { stableJson } from "./eval-report.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The browser measured: Debian's Chromium (never downloaded). */
export const CHROMIUM = "/usr/bin/chromium";
const TARGETS = { first_render_ms: 2000, filter_change_ms: 500 };
const WAIT = { timeout: 120_000 };

/** One filter change: steps that do not change the view, then the one that does. */
interface Change {
  readonly prepare: (page: Page) => Promise<void>;
  readonly trigger: (page: Page) => Promise<void>;
}

const CHANGES: Readonly<Record<string, Change>> = {
  quad: {
    prepare: async () => {},
    trigger: (page) => page.locator('input[name="quad"][value="4"]').click(),
  },
  actor: {
    prepare: async () => {},
    trigger: (page) => page.locator(".network-svg g.node").first().click(),
  },
  dates: {
    prepare: async (page) => {
      await page.locator(".panel-timeline svg.timeline-svg").focus();
      await page.keyboard.press("End");
      for (let i = 0; i < 11; i++) await page.keyboard.press("Shift+ArrowLeft");
    },
    trigger: (page) => page.keyboard.press("Enter"),
  },
};

/** One run: first render, each change, and the first render's API requests. */
export interface RunResult {
  readonly first_render_ms: number;
  readonly changes_ms: Record<string, number>;
  /** Duration of each API request of the first render (path: ms). */
  readonly api_ms: Record<string, number>;
}

/** What `benchWeb` measures. */
export interface WebBenchOptions {
  /** The store (SQLite file or PostgreSQL URL). */
  readonly db: string;
  /** Timed runs after the warm-up run. */
  readonly runs: number;
  /** A built dashboard; default dist/web when built, else a fresh build in a temp dir. */
  readonly web?: string;
}

/** The dashboard's figures: medians of the timed runs, in ms. */
export interface WebBenchResult {
  readonly db: string;
  readonly events: number;
  readonly runs: number;
  readonly chromium: string;
  readonly targets: typeof TARGETS;
  readonly warm_up: RunResult | undefined;
  readonly first_render_ms: { readonly median: number; readonly runs: readonly number[] };
  readonly filter_change_ms: Readonly<Record<string, number>>;
  readonly api_ms_last_run: Readonly<Record<string, number>>;
}

/** Serves the store and the dashboard on a free port and times it through Chromium. */
export async function benchWeb(opts: WebBenchOptions): Promise<WebBenchResult> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const web = await dashboard(opts.web);
  const store = await openStore(opts.db);
  const app = createApp(store, { webRoot: web.root });
  try {
    await app.listen({ host: "127.0.0.1", port: 0 });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`;
    const events = (await store.stats("month", "quad", {})).reduce((t, r) => t + r.events, 0);
    const browser = await chromium.launch({ executablePath: CHROMIUM });
    try {
      const results: RunResult[] = [];
      for (let i = 0; i <= opts.runs; i++) results.push(await oneRun(browser, url));
      return summarise(opts.db, events, results, browser.version());
    } finally {
      await browser.close();
    }
  } finally {
    await app.close();
    await store.close();
    web.cleanup();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: "string" },
      runs: { type: "string", default: "5" },
      web: { type: "string" },
    },
  });
  if (!values.db) {
    process.stderr.write(
      "usage: npx tsx bench/bench-web.ts --db <sqlite file> [--runs 5] [--web dist/web]\n",
    );
    process.exitCode = 2;
    return;
  }
  const runs = Math.max(1, Number(values.runs));
  process.stdout.write(`bench-web: ${values.db}, ${runs} runs after a warm-up\n`);
  const out = await benchWeb({ db: values.db, runs, ...(values.web ? { web: values.web } : {}) });
  process.stdout.write(`${webLines(out).join("\n")}\n`);
  mkdirSync(join(ROOT, "bench", "results"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "results", "web.json"), stableJson(out));
}

/** The built dashboard: `--web`, else dist/web when built, else a fresh build in a temp dir. */
async function dashboard(dir: string | undefined): Promise<{ root: string; cleanup: () => void }> {
  const given = dir ?? join(ROOT, "dist", "web");
  if (existsSync(join(given, "index.html"))) return { root: given, cleanup: () => {} };
  const tmp = mkdtempSync(join(tmpdir(), "dyad-bench-web-"));
  const root = join(tmp, "web");
  await build({
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: root },
  });
  return { root, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

/** One fresh browser context: first render, then each change from the default view. */
async function oneRun(browser: Browser, url: string): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector("body[data-ready]", WAIT);
  const first = await page.evaluate(() => performance.getEntriesByName("dyad:ready")[0]!.startTime);
  const api = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType("resource")
        .filter((e) => e.name.includes("/api/"))
        .map((e) => [new URL(e.name).pathname, Math.round(e.duration)]),
    ),
  );
  const changes: Record<string, number> = {};
  for (const [name, change] of Object.entries(CHANGES)) {
    changes[name] = await timeChange(page, change);
    await page.goBack();
    await page.waitForFunction(
      () => location.search === "" && document.body.dataset["ready"],
      null,
      WAIT,
    );
  }
  await context.close();
  if (errors.length > 0) throw new Error(`the dashboard logged errors: ${errors.join("; ")}`);
  return { first_render_ms: Math.round(first), changes_ms: changes, api_ms: api };
}

/**
 * In the page: a promise of the time from the next click or key press to the next drawn view
 * (the script ends in 0: evaluate would otherwise wait for the promise it returns).
 */
const INSTALL_TIMER = `window.__change = new Promise((done) => {
  let start;
  const mark = () => { start ??= performance.now(); };
  document.addEventListener("click", mark, { capture: true, once: true });
  document.addEventListener("keydown", mark, { capture: true, once: true });
  document.addEventListener("dyad:ready", () => done(performance.now() - (start ?? 0)), { once: true });
});
0`;

/** Milliseconds from the triggering click or key to the next fully drawn view. */
async function timeChange(page: Page, change: Change): Promise<number> {
  await change.prepare(page);
  // A string, not a function: tsx names functions with a helper the page does not have.
  await page.evaluate(INSTALL_TIMER);
  await change.trigger(page);
  const ms = await page.evaluate(
    () => (window as unknown as { __change: Promise<number> }).__change,
  );
  return Math.round(ms);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function summarise(
  db: string,
  events: number,
  results: readonly RunResult[],
  chromiumVersion: string,
): WebBenchResult {
  const [warm, ...timed] = results;
  const first = timed.map((r) => r.first_render_ms);
  const changes = Object.fromEntries(
    Object.keys(CHANGES).map((name) => [name, median(timed.map((r) => r.changes_ms[name] ?? 0))]),
  );
  return {
    db,
    events,
    runs: timed.length,
    chromium: chromiumVersion,
    targets: TARGETS,
    warm_up: warm,
    first_render_ms: { median: median(first), runs: first },
    filter_change_ms: changes,
    api_ms_last_run: timed[timed.length - 1]?.api_ms ?? {},
  };
}

/** The figures as printed lines, each against its target. */
export function webLines(out: WebBenchResult): string[] {
  const t = out.targets;
  return [
    `${out.events} events, Chromium ${out.chromium}, medians of ${out.runs} runs after a warm-up`,
    `first render: ${out.first_render_ms.median} ms (target < ${t.first_render_ms}; warm-up run ${out.warm_up?.first_render_ms ?? "?"} ms)`,
    ...Object.entries(out.filter_change_ms).map(
      ([name, ms]) =>
        `filter change ${name.padEnd(6)}: ${ms} ms (target < ${t.filter_change_ms}: ${ms < t.filter_change_ms ? "met" : "NOT met"})`,
    ),
    `API requests of the last first render (ms): ${JSON.stringify(out.api_ms_last_run)}`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
