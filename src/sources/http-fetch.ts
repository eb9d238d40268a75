/**
 * HTTP GET for feeds and article pages with Node's built-in fetch: a timeout per attempt
 * (AbortSignal.timeout, covering redirects and the body), retries with exponential backoff and
 * jitter on network errors, timeouts, 5xx, 408 and 429 (never on other 4xx), redirects followed by
 * hand so loops and long chains are caught, and a streamed body size limit. Every failure is
 * returned as data ({@link FetchFailure}); only an abort by the caller's own signal is thrown.
 */
import { setTimeout as delay } from "node:timers/promises";

/** How a fetch behaves; see {@link DEFAULT_FETCH_SETTINGS}. */
export interface FetchSettings {
  /** Milliseconds one attempt may take, redirects and body included. */
  readonly timeoutMs: number;
  /** Attempts after the first one, for retryable failures. */
  readonly retries: number;
  /** Delay before the first retry; doubled for each further one, with jitter. */
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
  readonly maxRedirects: number;
  /** Body size limit in bytes (after content decoding). */
  readonly maxBytes: number;
  readonly userAgent: string;
  /** Extra request headers (e.g. `If-None-Match` for conditional polling). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Aborts everything (shutdown); an abort through it is thrown, not reported. */
  readonly signal?: AbortSignal;
  /** Waits between attempts; tests pass a no-op. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Source of jitter in [0, 1). */
  readonly random?: () => number;
}

/** Defaults: 15 s per attempt, 3 retries from 0.5 s up to 8 s, 5 redirects, 10 MiB. */
export const DEFAULT_FETCH_SETTINGS: FetchSettings = {
  timeoutMs: 15_000,
  retries: 3,
  backoffMs: 500,
  maxBackoffMs: 8_000,
  maxRedirects: 5,
  maxBytes: 10 * 1024 * 1024,
  userAgent: "dyad/0.1 (news event coder; +https://github.com/dyad)",
};

/** Issue codes of failed fetches. */
export type FetchFailureCode =
  "bad-url" | "http-error" | "http-timeout" | "network-error" | "redirect-loop" | "too-large";

/** A fetched body, or a 304 when the request was conditional. */
export interface FetchSuccess {
  readonly ok: true;
  /** URL after redirects. */
  readonly url: string;
  readonly status: number;
  readonly body: Buffer;
  readonly contentType?: string;
  readonly etag?: string;
  readonly lastModified?: string;
  /** ISO timestamp of the response. */
  readonly fetchedAt: string;
  readonly attempts: number;
}

/** Why a fetch failed, after retries where they apply. */
export interface FetchFailure {
  readonly ok: false;
  readonly code: FetchFailureCode;
  readonly message: string;
  readonly attempts: number;
  readonly status?: number;
}

/** Outcome of {@link fetchUrl}. */
export type FetchResult = FetchSuccess | FetchFailure;

/** One attempt's failure, with whether another attempt may help. */
interface AttemptFailure {
  readonly code: FetchFailureCode;
  readonly message: string;
  readonly retryable: boolean;
  readonly status?: number;
  readonly retryAfterMs?: number;
}

const RETRYABLE_STATUS: ReadonlySet<number> = new Set([408, 429]);
const ACCEPT =
  "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5";

/** GETs a URL with retries; see the module comment for what is retried and how. */
export async function fetchUrl(
  url: string,
  settings: FetchSettings = DEFAULT_FETCH_SETTINGS,
): Promise<FetchResult> {
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url))
    return { ok: false, code: "bad-url", message: `not an http(s) URL: ${url}`, attempts: 0 };
  const sleep = settings.sleep ?? ((ms, signal) => delay(ms, undefined, { signal }));
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(url, settings);
    if ("ok" in outcome) return { ...outcome, attempts: attempt };
    if (!outcome.retryable || attempt > settings.retries) {
      const tries = attempt === 1 ? "" : ` (${attempt} attempts)`;
      return {
        ok: false,
        code: outcome.code,
        message: `GET ${url}: ${outcome.message}${tries}`,
        attempts: attempt,
        ...(outcome.status === undefined ? {} : { status: outcome.status }),
      };
    }
    await sleep(backoffMs(attempt, settings, outcome.retryAfterMs), settings.signal);
  }
}

/** Exponential backoff with "equal jitter", or the server's Retry-After when it asks for longer. */
function backoffMs(attempt: number, s: FetchSettings, retryAfterMs: number | undefined): number {
  const base = Math.min(s.maxBackoffMs, s.backoffMs * 2 ** (attempt - 1));
  const jittered = base / 2 + (base / 2) * (s.random ?? Math.random)();
  return Math.max(jittered, Math.min(retryAfterMs ?? 0, s.maxBackoffMs * 4));
}

/** One attempt: follows redirects by hand under one timeout, then reads the body within the limit. */
async function attemptOnce(
  url: string,
  s: FetchSettings,
): Promise<Omit<FetchSuccess, "attempts"> | AttemptFailure> {
  const timeout = AbortSignal.timeout(s.timeoutMs);
  const signal = s.signal ? AbortSignal.any([timeout, s.signal]) : timeout;
  const chain = [url];
  try {
    for (;;) {
      const current = chain[chain.length - 1] ?? url;
      const response = await fetch(current, {
        redirect: "manual",
        signal,
        headers: { "user-agent": s.userAgent, accept: ACCEPT, ...s.headers },
      });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel();
        const failure = nextHop(chain, location, s.maxRedirects);
        if (failure !== undefined) return failure;
        continue;
      }
      return await finish(response, current, s);
    }
  } catch (error) {
    if (s.signal?.aborted) throw error;
    return requestFailure(error, s.timeoutMs);
  }
}

/** Adds a redirect target to the chain, or explains why it is not followed. */
function nextHop(chain: string[], location: string, max: number): AttemptFailure | undefined {
  const from = chain[chain.length - 1] ?? "";
  const target = URL.canParse(location, from) ? new URL(location, from).href : undefined;
  if (target === undefined)
    return { code: "bad-url", message: `bad redirect target ${location}`, retryable: false };
  if (chain.includes(target))
    return {
      code: "redirect-loop",
      message: `redirect loop: ${[...chain, target].join(" -> ")}`,
      retryable: false,
    };
  if (chain.length > max)
    return { code: "redirect-loop", message: `more than ${max} redirects`, retryable: false };
  chain.push(target);
  return undefined;
}

/** Turns a final response into a success or an HTTP failure. */
async function finish(
  response: Response,
  url: string,
  s: FetchSettings,
): Promise<Omit<FetchSuccess, "attempts"> | AttemptFailure> {
  const { status } = response;
  if (status !== 304 && (status < 200 || status >= 300)) {
    await response.body?.cancel();
    const retryAfter = Number(response.headers.get("retry-after"));
    return {
      code: "http-error",
      message: `HTTP ${status} ${response.statusText}`.trimEnd(),
      status,
      retryable: status >= 500 || RETRYABLE_STATUS.has(status),
      ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
    };
  }
  const body = await readLimited(response, s.maxBytes);
  if (body === undefined)
    return {
      code: "too-large",
      message: `body over the ${s.maxBytes}-byte limit`,
      retryable: false,
    };
  const optional = (key: string, header: string): Record<string, string> => {
    const value = response.headers.get(header);
    return value === null ? {} : { [key]: value };
  };
  return {
    ok: true,
    url,
    status,
    body,
    fetchedAt: new Date().toISOString(),
    ...optional("contentType", "content-type"),
    ...optional("etag", "etag"),
    ...optional("lastModified", "last-modified"),
  };
}

/** Reads the body, stopping (and cancelling the download) as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<Buffer | undefined> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  if (response.body === null) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    total += next.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}

/** Classifies a thrown fetch error: timeout, or a network failure (both retryable). */
function requestFailure(error: unknown, timeoutMs: number): AttemptFailure {
  if (error instanceof DOMException && error.name === "TimeoutError")
    return {
      code: "http-timeout",
      message: `no complete response within ${timeoutMs} ms`,
      retryable: true,
    };
  if (error instanceof TypeError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    // An unknown host stays unknown for the seconds a retry would wait.
    const permanent = (error.cause as { code?: unknown } | undefined)?.code === "ENOTFOUND";
    return { code: "network-error", message: `${error.message}${cause}`, retryable: !permanent };
  }
  throw error;
}
