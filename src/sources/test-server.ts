/**
 * Test helper: a local HTTP server on 127.0.0.1 (port chosen by the OS) with one handler per
 * path, counting the requests each path received. Tests never touch the network.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

/** Handles one request; may leave it open (a server that never answers). */
export type Handler = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

/** A running test server. */
export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  readonly base: string;
  /** Requests received per path. */
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

/** Starts a server with the given routes; unknown paths get 404. */
export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    const handler = routes[path];
    if (handler === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    handler(req, res, hit);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Open (slow, never-answering) requests would keep close() waiting forever.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A handler answering 200 with a body and content type. */
export function ok(
  body: string | Buffer,
  contentType = "text/plain",
  headers: Record<string, string> = {},
): Handler {
  return (_req, res) => {
    res.writeHead(200, { "content-type": contentType, ...headers }).end(body);
  };
}
