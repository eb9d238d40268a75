/**
 * The dashboard's only way to the server: typed GETs of the JSON API, relative to the page so the
 * dashboard also works behind a path prefix. Non-2xx replies and network failures become
 * `ApiError`s carrying the server's message; aborted requests reject with the AbortError.
 */
import { DyadError } from "../../core/errors.js";
import type {
  ActorRow,
  ArticleReply,
  Breakdown,
  EventPage,
  EventWithMentions,
  StatsReply,
  Vocabulary,
} from "./api-types.js";
import type { Bucket, Filters, Sort } from "./url-state.js";

/** A failed API request: HTTP status (0: no reply), the API's error code and message. */
export class ApiError extends DyadError {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly apiCode: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super("api", message, options);
  }
}

/**
 * Query parameters of a filter. A three-character actor code is sent as `actor_country`: the
 * same condition for the store, and the one its monthly roll-ups can answer.
 */
export function filterParams(f: Filters): URLSearchParams {
  const q = new URLSearchParams();
  for (const role of ["actor", "recipient"] as const) {
    const code = f[role];
    if (code !== undefined) q.set(code.length === 3 ? `${role}_country` : role, code);
    const name = f[`${role}_name`];
    if (name !== undefined) q.set(`${role}_name`, name);
  }
  if (f.from !== undefined) q.set("from", f.from);
  if (f.to !== undefined) q.set("to", f.to);
  if (f.type?.length) q.set("type", f.type.join(","));
  if (f.quad?.length) q.set("quad", f.quad.join(","));
  if (f.modality?.length) q.set("modality", f.modality.join(","));
  if (f.mode !== undefined) q.set("mode", f.mode);
  if (f.context !== undefined) q.set("context", f.context);
  if (f.min_confidence !== undefined) q.set("min_confidence", String(f.min_confidence));
  if (f.text !== undefined) q.set("text", f.text);
  return q;
}

/** GETs `api/<path>` and parses the JSON reply. */
export async function getJson<T>(
  path: string,
  params: URLSearchParams,
  signal?: AbortSignal,
): Promise<T> {
  const url = new URL(path, document.baseURI);
  url.search = params.toString();
  let res: Response;
  try {
    res = await fetch(url, { signal: signal ?? null, headers: { accept: "application/json" } });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, "network", `cannot reach the dyad server (${url.pathname})`, {
      cause: err,
    });
  }
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch((err: unknown) => ({ message: String(err) }))) as {
    code?: string;
    message?: string;
  };
  throw new ApiError(
    res.status,
    body.code ?? "http",
    `${res.status} ${res.statusText}: ${body.message ?? "no message"} (${url.pathname})`,
  );
}

/** The API calls the dashboard makes. */
export const api = {
  vocabulary: (signal?: AbortSignal) =>
    getJson<Vocabulary>("api/vocabulary", new URLSearchParams(), signal),
  stats(by: Bucket, group: "quad" | "type", f: Filters, signal?: AbortSignal) {
    const q = filterParams(f);
    q.set("by", by);
    q.set("group", group);
    return getJson<StatsReply>("api/stats", q, signal);
  },
  events(f: Filters, sort: Sort, cursor: string | undefined, limit: number, signal?: AbortSignal) {
    const q = filterParams(f);
    q.set("sort", sort);
    q.set("limit", String(limit));
    if (cursor !== undefined) q.set("cursor", cursor);
    return getJson<EventPage>("api/events", q, signal);
  },
  event: (id: string, signal?: AbortSignal) =>
    getJson<EventWithMentions>(
      `api/events/${encodeURIComponent(id)}`,
      new URLSearchParams(),
      signal,
    ),
  article: (id: string, signal?: AbortSignal) =>
    getJson<ArticleReply>(`api/articles/${encodeURIComponent(id)}`, new URLSearchParams(), signal),
  breakdown(f: Filters, signal?: AbortSignal) {
    return getJson<Breakdown>("api/breakdown", filterParams(f), signal);
  },
  async actors(query: string, signal?: AbortSignal): Promise<ActorRow[]> {
    const q = new URLSearchParams({ name: query, limit: "12" });
    const reply = await getJson<{ actors: ActorRow[] }>("api/actors", q, signal);
    return reply.actors;
  },
  async actorsByCode(code: string, signal?: AbortSignal): Promise<ActorRow[]> {
    const q = new URLSearchParams({ code, limit: "12" });
    const reply = await getJson<{ actors: ActorRow[] }>("api/actors", q, signal);
    return reply.actors;
  },
};

/** True for the rejection of an aborted request (a newer view replaced it: not an error). */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === "AbortError";
}
