/**
 * Helpers of the CLI process tests: run `dyad` from source in any working directory, and parse
 * the CSV/TSV it writes.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The repository root. */
export const ROOT = new URL("../..", import.meta.url).pathname;

/** tsx's loader by absolute URL, so the CLI runs from source whatever the working directory. */
const TSX = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const ENTRY = join(ROOT, "src/cli/run.ts");

/** Result of one CLI run. */
export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `dyad args...` in `cwd` and waits for it. */
export function runDyad(
  cwd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): CliResult {
  const r = spawnSync(process.execPath, ["--import", TSX, ENTRY, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, DYAD_DB: "", ...env },
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `dyad args...` in `cwd` without waiting. */
export function spawnDyad(cwd: string, args: readonly string[]): ChildProcess {
  return spawn(process.execPath, ["--import", TSX, ENTRY, ...args], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DYAD_DB: "" },
  });
}

/** Parses RFC 4180 CSV (quoted cells with doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = (): void => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ",") endCell();
    else if (c === "\n") {
      endCell();
      rows.push(row);
      row = [];
    } else cell += c;
  }
  if (cell !== "" || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** Splits TSV text into rows of cells (no quoting, as GDELT and POLECAT files). */
export function parseTsv(text: string): string[][] {
  return text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => l.split("\t"));
}

/**
 * Runs `dyad args...` inside this process (fast: no new Node and no model loading per call) and
 * captures its output; `env` is set for the duration of the call.
 */
export async function runInProcess(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  const { main } = await import("../../src/cli/main.js");
  let stdout = "";
  let stderr = "";
  const saved = {
    out: process.stdout.write,
    err: process.stderr.write,
    env: { ...process.env },
    code: process.exitCode,
  };
  process.stdout.write = ((s: string | Uint8Array) => {
    stdout += String(s);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  }) as typeof process.stderr.write;
  Object.assign(process.env, { DYAD_DB: "" }, env);
  process.exitCode = 0;
  try {
    await main(["node", "dyad", ...args]);
    return { status: Number(process.exitCode ?? 0), stdout, stderr };
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.env = saved.env;
    process.exitCode = saved.code;
  }
}
