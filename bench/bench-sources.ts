/**
 * Throughput of ingest on news-source formats, and its peak memory on a 200 MB file.
 *
 * Generates synthetic inputs in a temp dir from the team's examples (examples/pages,
 * examples/feeds, test/sources/fixtures): N HTML pages, N/20 feeds of 20 entries, one WARC of N
 * pages; times `readInputs` alone (the ingest stage: parsing, extraction, checks) and
 * `readInputs` + coding (one warm-up pass, then the median of `--runs` passes). The memory figure
 * comes from a child process that streams a generated 200 MB jsonl file through `readInputs`
 * while sampling its RSS every 20 ms. Run alone it writes bench/results/sources.json; `npm run bench`
 * calls `benchSources` and keeps the figures in bench.json. Never fails on a number.
 *
 *   npx tsx bench/bench-sources.ts [--pages 300] [--runs 3] [--mb 200] [--no-memory] [--no-code]
 */
import { spawnSync } from "node:child_process";
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { WARCRecord, WARCSerializer } from "warcio";
import type { Article } from "../src/core/types.js";
import { readInputs } from "../src/ingest/read-inputs.js";
import { formatColumns, stableJson } from "./eval-report.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const read = (path: string): string => readFileSync(join(repoRoot, path), "utf8");
const PAGES = [
  read("examples/pages/meridian-norway-colombia-mine-clearance.html"),
  read("test/sources/fixtures/jsonld-date.html"),
  read("test/sources/fixtures/time-only.html"),
];
const FEEDS = [
  read("examples/feeds/harbourline-world.rss"),
  read("examples/feeds/northgate-diplomacy.atom"),
];
const ENTRIES_PER_FEED = 20;

/** One timed corpus. */
export interface SourceRate {
  readonly format: string;
  readonly files: number;
  readonly articles: number;
  readonly read_articles_per_s: number;
  readonly read_ms_per_article: number;
  readonly read_and_code_articles_per_s?: number;
}

/** Page `i`: its own URLs (ids are canonical URLs) and its own wording (content hashes). */
function page(i: number): string {
  const html = PAGES[i % PAGES.length] ?? "";
  return html
    .replace(/(https:\/\/[a-z.-]+\.example\/[^"'\s<]+)/g, `$1-${i}`)
    .replace(/ said/, ` said in report ${i}`);
}

/** Feed `f`: the example entries repeated to 20, each with its own link, id and wording. */
function feed(f: number): string {
  const xml = FEEDS[f % FEEDS.length] ?? "";
  const tag = xml.includes("<entry>") ? "entry" : "item";
  const start = xml.indexOf(`<${tag}>`);
  const end = xml.lastIndexOf(`</${tag}>`) + tag.length + 3;
  const entries = xml
    .slice(start, end)
    .split(`</${tag}>`)
    .filter((e) => e.includes(`<${tag}>`));
  const out = Array.from({ length: ENTRIES_PER_FEED }, (_, k) => {
    const n = f * ENTRIES_PER_FEED + k;
    return `${(entries[k % entries.length] ?? "").replace(/(https:\/\/[a-z.-]+\.example\/[^"'\s<]+|tag:[^<]+)/g, `$1-${n}`).replace(/ said/, ` said in note ${n}`)}</${tag}>`;
  });
  return xml.slice(0, start) + out.join("\n") + xml.slice(end);
}

async function warc(pages: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < pages; i++) {
    const record = WARCRecord.create(
      {
        url: `https://crawl.example/${i}`,
        type: "response",
        statusline: "HTTP/1.1 200 OK",
        httpHeaders: { "Content-Type": "text/html" },
      },
      [new TextEncoder().encode(page(i))],
    );
    parts.push(await WARCSerializer.serialize(record));
  }
  return Buffer.concat(parts);
}

/** Reads the inputs fully; returns the articles. */
async function readAll(inputs: string[]): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readInputs(inputs, { now: new Date("2025-01-01T00:00:00Z") }))
    if (item.kind === "article") out.push(item.article);
  return out;
}

async function median(runs: number, pass: () => Promise<void>): Promise<number> {
  await pass();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await pass();
    times.push((performance.now() - t) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

async function benchFormat(
  format: string,
  inputs: string[],
  runs: number,
  coder: ((a: Article) => unknown) | undefined,
): Promise<SourceRate> {
  const articles = (await readAll(inputs)).length;
  const tRead = await median(runs, async () => void (await readAll(inputs)));
  const base = {
    format,
    files: inputs.length,
    articles,
    read_articles_per_s: +(articles / tRead).toFixed(1),
    read_ms_per_article: +((1000 * tRead) / articles).toFixed(3),
  };
  if (coder === undefined) return base;
  const tCode = await median(runs, async () => (await readAll(inputs)).forEach((a) => coder(a)));
  return { ...base, read_and_code_articles_per_s: +(articles / tCode).toFixed(1) };
}

/** Peak memory of streaming a generated jsonl file of `mb` MB, measured in a child process. */
function benchMemory(dir: string, mb: number): Record<string, number> | undefined {
  const file = join(dir, "big.jsonl");
  const para = read("examples/afp-nepal-home-minister-resigns.article")
    .split("\n\n")
    .slice(1)
    .join(" ");
  const fd = openSync(file, "w");
  let bytes = 0;
  try {
    // Written in ~1 MB blocks, synchronously: the child must find the whole file.
    let block: string[] = [];
    let blockBytes = 0;
    for (let i = 0; bytes + blockBytes < mb * 1024 * 1024; i++) {
      const line = `${JSON.stringify({ id: `big-${i}`, date: "2024-05-02", text: `${para} (${i})` })}\n`;
      block.push(line);
      blockBytes += Buffer.byteLength(line);
      if (blockBytes < 1 << 20) continue;
      bytes += writeSync(fd, block.join(""));
      block = [];
      blockBytes = 0;
    }
    bytes += writeSync(fd, block.join(""));
  } finally {
    closeSync(fd);
  }
  const tsx = pathToFileURL(join(repoRoot, "node_modules/tsx/dist/loader.mjs")).href;
  const child = spawnSync(
    process.execPath,
    ["--import", tsx, fileURLToPath(import.meta.url), "--memory-child", file],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  if (child.status !== 0) {
    process.stderr.write(`[bench-sources] memory child failed: ${child.stderr}\n`);
    return undefined;
  }
  const result = JSON.parse(child.stdout) as Record<string, number>;
  return { file_mb: +(bytes / 1024 / 1024).toFixed(1), ...result };
}

/** Child side of the memory bench: stream the file, print peak RSS. */
async function memoryChild(file: string): Promise<void> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t = performance.now();
  let articles = 0;
  for await (const item of readInputs([file], {})) if (item.kind === "article") articles++;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (n: number): number => +(n / 1024 / 1024).toFixed(1);
  process.stdout.write(
    JSON.stringify({
      articles,
      seconds: +((performance.now() - t) / 1000).toFixed(2),
      start_rss_mb: mb(start),
      peak_rss_mb: mb(peak),
    }),
  );
}

/** Writes the synthetic pages, feeds and crawl of the bench into `dir`. */
async function writeInputs(
  dir: string,
  pages: number,
): Promise<{ pagePaths: string[]; feedPaths: string[]; warcPath: string }> {
  mkdirSync(join(dir, "pages"));
  mkdirSync(join(dir, "feeds"));
  const pagePaths = Array.from({ length: pages }, (_, i) => join(dir, "pages", `p${i}.html`));
  pagePaths.forEach((p, i) => writeFileSync(p, page(i)));
  const feedPaths = Array.from({ length: Math.ceil(pages / ENTRIES_PER_FEED) }, (_, f) =>
    join(dir, "feeds", `f${f}.${f % 2 ? "atom" : "rss"}`),
  );
  feedPaths.forEach((p, f) => writeFileSync(p, feed(f)));
  const warcPath = join(dir, "crawl.warc");
  writeFileSync(warcPath, await warc(pages));
  return { pagePaths, feedPaths, warcPath };
}

/** What `benchSources` measures. */
export interface SourcesBenchOptions {
  /** HTML pages (and pages of the WARC); feeds are pages / 20. */
  readonly pages: number;
  readonly runs: number;
  /** Size of the streamed jsonl file; 0 skips the memory figure. */
  readonly mb: number;
  /** Also time reading + coding. */
  readonly code: boolean;
}

/** Rates per format and the memory figure (absent when skipped or its child failed). */
export interface SourcesBenchResult {
  readonly rates: readonly SourceRate[];
  readonly memory_200mb?: Record<string, number>;
}

/** Generates the inputs in a temp dir, times them, measures the memory; removes the dir. */
export async function benchSources(opts: SourcesBenchOptions): Promise<SourcesBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-bench-sources-"));
  try {
    const { pagePaths, feedPaths, warcPath } = await writeInputs(dir, opts.pages);
    const coder = opts.code ? (await import("../src/pipeline.js")).createCoder() : undefined;
    const rates = [
      await benchFormat("html", pagePaths, opts.runs, coder),
      await benchFormat("feed", feedPaths, opts.runs, coder),
      await benchFormat("warc", [warcPath], opts.runs, coder),
    ];
    const memory = opts.mb > 0 ? benchMemory(dir, opts.mb) : undefined;
    return { rates, ...(memory ? { memory_200mb: memory } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pages: { type: "string" },
      runs: { type: "string" },
      mb: { type: "string" },
      "no-memory": { type: "boolean" },
      "no-code": { type: "boolean" },
      "memory-child": { type: "string" },
    },
  });
  if (values["memory-child"] !== undefined) return memoryChild(values["memory-child"]);
  const result = await benchSources({
    pages: Math.max(20, Number(values.pages ?? 300) || 300),
    runs: Math.max(1, Number(values.runs ?? 3) || 3),
    mb: values["no-memory"] ? 0 : Number(values.mb ?? 200) || 200,
    code: !values["no-code"],
  });
  process.stdout.write(`${sourcesReport(result)}\n`);
  const outDir = join(repoRoot, "bench", "results");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "sources.json"), stableJson(result));
}

/** The figures as a table and a memory line. */
export function sourcesReport({ rates, memory_200mb: memory }: SourcesBenchResult): string {
  const rows: (string | number)[][] = [
    ["format", "files", "articles", "read art/s", "read ms/art", "read+code art/s"],
  ];
  for (const r of rates)
    rows.push([
      r.format,
      r.files,
      r.articles,
      r.read_articles_per_s,
      r.read_ms_per_article,
      r.read_and_code_articles_per_s ?? "-",
    ]);
  const mem = memory
    ? `\n\n${memory["file_mb"]} MB jsonl streamed: ${memory["articles"]} articles in ${memory["seconds"]} s, peak RSS ${memory["peak_rss_mb"]} MB (start ${memory["start_rss_mb"]} MB)`
    : "";
  return formatColumns(rows) + mem;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
