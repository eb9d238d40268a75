import type { Command } from "commander";
import type { AddressInfo } from "node:net";
import { UsageError } from "../core/errors.js";
import type { CodeOptions, Coder } from "../pipeline.js";
import { openStore, type EventStore } from "../store/index.js";
import { coderVersion } from "../coder-version.js";
import { addCodingOptions, codeOptionsOf, type CodingFlags } from "./coding-options.js";
import { addDbOption, storeUrlOf, type DbFlags } from "./store-options.js";

interface ServeFlags extends DbFlags, CodingFlags {
  readonly host: string;
  readonly port: string;
}

/** What `startServer` needs. */
export interface ServeOptions {
  /** SQLite file or postgres:// URL. */
  readonly db: string;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Write token (DYAD_TOKEN); writes are disabled without one. */
  readonly token?: string;
  /** How posted articles are coded (as `dyad ingest --actors/--dictionaries/--model`). */
  readonly codeOptions?: CodeOptions;
}

/** A listening server and how to stop it. */
export interface RunningServer {
  readonly url: string;
  readonly store: EventStore;
  /** Stops accepting requests, waits for open ones, then closes the store. */
  close(): Promise<void>;
}

/** Registers `dyad serve`: the JSON API over a store, on 127.0.0.1:8080 by default. */
export function registerServeCommand(program: Command): void {
  const cmd = program
    .command("serve")
    .description(
      "serve the event store over HTTP: dashboard at /, JSON API under /api, OpenAPI document at /openapi.json",
    );
  addCodingOptions(addDbOption(cmd))
    .option(
      "--host <address>",
      "address to bind (other machines can read everything when not loopback)",
      "127.0.0.1",
    )
    .option("--port <n>", "TCP port, 0 for any free port", "8080")
    .addHelpText(
      "after",
      "\nWrites (POST /api/articles) need the environment variable DYAD_TOKEN and the header\n" +
        "`Authorization: Bearer $DYAD_TOKEN`; without DYAD_TOKEN they are disabled (403).\n" +
        "Example: DYAD_TOKEN=$(openssl rand -hex 16) dyad serve --db news.db --port 8080",
    )
    .action(async (flags: ServeFlags) => {
      const token = process.env["DYAD_TOKEN"];
      const db = storeUrlOf(flags);
      const opts = {
        db,
        host: flags.host,
        port: parsePort(flags.port),
        codeOptions: codeOptionsOf(flags),
      };
      const server = await startServer(token ? { ...opts, token } : opts);
      process.stdout.write(banner(server.url, db, flags.host, token !== undefined && token !== ""));
      stopOnSignals(server);
    });
}

/** Opens the store and listens; the store is closed again if listening fails. */
export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const codeOptions = opts.codeOptions ?? {};
  // Computed before opening the store: a missing --actors file is a usage error, not a 500 later.
  const version = coderVersion(codeOptions);
  const store = await openStore(opts.db);
  // The app and the pipeline load Fastify and the NLP model, so they are imported only when a
  // server starts (every other command registers this one without paying for them).
  const { createApp } = await import("../api/create-app.js");
  const app = createApp(store, {
    ...(opts.token === undefined ? {} : { token: opts.token }),
    coder: lazyCoder((await import("../pipeline.js")).createCoder, codeOptions),
    coderVersion: version,
    logger: { level: "warn", stream: process.stderr },
  });
  try {
    await app.listen({ host: opts.host, port: opts.port });
  } catch (err) {
    await app.close();
    await store.close();
    throw new UsageError(
      `cannot listen on ${opts.host}:${opts.port}: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
  const { address, family, port } = app.server.address() as AddressInfo;
  const host = family === "IPv6" ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    store,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** A coder that loads its tables on the first posted article, so a read-only server starts fast. */
function lazyCoder(create: (opts: CodeOptions) => Coder, opts: CodeOptions): Coder {
  let coder: Coder | undefined;
  return (article) => (coder ??= create(opts))(article);
}

/** Closes the server and the store on SIGINT/SIGTERM, once. */
function stopOnSignals(server: RunningServer): void {
  const stop = (signal: NodeJS.Signals): void => {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    process.stderr.write(`dyad serve: ${signal}, shutting down\n`);
    server.close().then(
      () => {
        process.exitCode ??= 0;
      },
      (err: unknown) => {
        process.stderr.write(`dyad serve: error while shutting down: ${String(err)}\n`);
        process.exitCode = 70;
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535)
    throw new UsageError(`--port must be an integer in [0, 65535], got ${value}`);
  return n;
}

function banner(url: string, db: string, host: string, writes: boolean): string {
  const lines = [
    `dyad serve: listening on ${url} (store ${db.replace(/\/\/[^@/]*@/, "//***@")})`,
    `  dashboard: ${url}/`,
    `  events:  ${url}/api/events`,
    `  OpenAPI: ${url}/openapi.json`,
    writes
      ? "  writes:  enabled (POST /api/articles with Authorization: Bearer $DYAD_TOKEN)"
      : "  writes:  disabled (set DYAD_TOKEN to enable POST /api/articles)",
  ];
  if (!isLoopback(host))
    lines.push(`  warning: bound to ${host}; anyone who can reach it can read the store`);
  return `${lines.join("\n")}\n`;
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}
