/**
 * The last part of `npm run bench`: the dashboard through Chromium (`bench-web.ts`) on the store
 * bench's generated store, and the news-source formats (`bench-sources.ts`: 300 pages, 3 runs, a
 * 200 MB jsonl file for peak memory). Each prints its figures and returns them for bench.json, or
 * says why it was skipped; a part that crashes is reported as failed and the others still run.
 */
import { existsSync } from "node:fs";
import type { SourcesBenchResult } from "./bench-sources.js";
import type { WebBenchResult } from "./bench-web.js";

/** Where the dashboard bench runs, and which parts are switched off. */
export interface ExtrasOptions {
  /** The generated store the store bench used (or would use). */
  readonly storeFile: string;
  readonly web: boolean;
  readonly sources: boolean;
  /** Timed runs of the dashboard (after a warm-up). */
  readonly webRuns: number;
}

/** What was measured; strings say why a part was skipped or how it failed. */
export interface ExtrasReport {
  readonly web: WebBenchResult | string;
  readonly sources: SourcesBenchResult | string;
}

/** Runs the dashboard and sources benches, prints their figures, returns them. */
export async function extrasReport(opts: ExtrasOptions): Promise<ExtrasReport> {
  const web = await guarded("dashboard", () => webPart(opts));
  const sources = await guarded("sources", () => sourcesPart(opts));
  return { web, sources };
}

async function webPart(opts: ExtrasOptions): Promise<WebBenchResult | string> {
  const { CHROMIUM, benchWeb, webLines } = await import("./bench-web.js");
  const skip = !opts.web
    ? "skipped (--no-web-bench)"
    : !existsSync(CHROMIUM)
      ? `skipped (${CHROMIUM} is missing: apt-get install -y chromium)`
      : !existsSync(opts.storeFile)
        ? `skipped (no generated store ${opts.storeFile}: run without --no-store-bench once)`
        : undefined;
  if (skip !== undefined) {
    console.log(`\ndashboard: ${skip}`);
    return skip;
  }
  log(`dashboard through Chromium on ${opts.storeFile} (${opts.webRuns} runs)`);
  const out = await benchWeb({ db: opts.storeFile, runs: opts.webRuns });
  console.log(`\ndashboard (bench-web.ts; issue 5 targets)\n${webLines(out).join("\n")}`);
  return out;
}

async function sourcesPart(opts: ExtrasOptions): Promise<SourcesBenchResult | string> {
  if (!opts.sources) {
    console.log("\nsources: skipped (--no-sources-bench)");
    return "skipped (--no-sources-bench)";
  }
  const { benchSources, sourcesReport } = await import("./bench-sources.js");
  log("sources: 300 pages, 15 feeds, one WARC, 3 runs; 200 MB jsonl for peak memory");
  const out = await benchSources({ pages: 300, runs: 3, mb: 200, code: true });
  console.log(`\nsources (bench-sources.ts: read = ingest stage alone)\n${sourcesReport(out)}`);
  return out;
}

/** Runs a part; a crash is printed and recorded (and makes the exit code 1), not rethrown. */
async function guarded<T>(name: string, part: () => Promise<T>): Promise<T | string> {
  try {
    return await part();
  } catch (err) {
    const msg = err instanceof Error ? (err.stack ?? err.message) : String(err);
    console.error(`\n${name} bench FAILED: ${msg}`);
    process.exitCode = 1;
    return `failed: ${err instanceof Error ? err.message : String(err)}`;
  }
}

function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}
