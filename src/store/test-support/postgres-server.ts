/**
 * Test support: a throwaway PostgreSQL server. It runs `initdb` + `pg_ctl` from the Debian
 * packages in a temp dir, listening only on 127.0.0.1 on a free port (as the `postgres` OS user
 * when running as root, since PostgreSQL refuses root), and deletes everything on `stop`.
 */
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/** A running test server; `createDatabase` gives each test its own empty database. */
export interface PostgresServer {
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The folder holding `initdb` and `pg_ctl`: `$DYAD_PG_BIN`, else the newest
 * /usr/lib/postgresql/<version>/bin; undefined when PostgreSQL is not installed.
 */
export function findPostgresBin(): string | undefined {
  const fromEnv = process.env["DYAD_PG_BIN"];
  if (fromEnv) return fromEnv;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter(
      (v) =>
        existsSync(join(root, v, "bin", "initdb")) && existsSync(join(root, v, "bin", "pg_ctl")),
    )
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], "bin");
}

/** Starts a server from the binaries in `bin`; call `stop()` when done. */
export async function startPostgres(bin: string): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-pg-"));
  const data = join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, uidOf("postgres", "-u"), uidOf("postgres", "-g"));
  const cmd = async (tool: string, args: readonly string[]): Promise<void> => {
    const [file, argv] = asRoot
      ? ["runuser", ["-u", "postgres", "--", join(bin, tool), ...args]]
      : [join(bin, tool), [...args]];
    await run(file, argv, { cwd: dir });
  };
  const port = await freePort();
  await cmd("initdb", [
    "-D",
    data,
    "-U",
    "postgres",
    "--auth=trust",
    "-E",
    "UTF8",
    "--locale=C",
    "--no-sync",
  ]);
  // Throwaway data: durability settings off make the suite several times faster.
  const opts = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  await cmd("pg_ctl", [
    "-D",
    data,
    "-o",
    opts,
    "-l",
    join(dir, "server.log"),
    "-w",
    "-t",
    "60",
    "start",
  ]);
  const stopNow = (): void => {
    try {
      const argv = ["-D", data, "-m", "immediate", "-w", "stop"];
      if (asRoot)
        execFileSync("runuser", ["-u", "postgres", "--", join(bin, "pg_ctl"), ...argv], {
          stdio: "ignore",
        });
      else execFileSync(join(bin, "pg_ctl"), argv, { stdio: "ignore" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A test run that dies before `stop()` must not leave a server behind.
  process.once("exit", () => existsSync(dir) && stopNow());
  const url = (db: string): string => `postgres://postgres@127.0.0.1:${port}/${db}`;
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: url("postgres") });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    async createDatabase(name) {
      await admin(`CREATE DATABASE "${name}"`);
      return url(name);
    },
    async dropDatabase(name) {
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
    async stop() {
      if (existsSync(dir)) stopNow();
    },
  };
}

function uidOf(user: string, flag: "-u" | "-g"): number {
  return Number(execFileSync("id", [flag, user], { encoding: "utf8" }).trim());
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
