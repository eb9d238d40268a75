/**
 * The read-only routes: event pages, one event, one article, actors and stats. Each validated
 * query goes to the one store method that answers it; nothing is computed here.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import type { ActorFilter, EventSort, StatsBy, StatsGroup, StatsRow } from "../store/index.js";
import { errorBody } from "./api-errors.js";
import {
  addRoutes,
  getRoute,
  type ApiRoute,
  type GetRoute,
  type ResponseDoc,
  type RouteContext,
} from "./api-route.js";
import { eventFilterOf, type FilterQuery } from "./filter-query.js";

interface EventsQuery extends FilterQuery {
  readonly limit: number;
  readonly cursor?: string;
  readonly sort: EventSort;
  readonly with_mentions: boolean;
}

interface StatsQuery extends FilterQuery {
  readonly by: StatsGroup;
  readonly group: StatsBy | "none";
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Registers `GET /api/events`, `/api/events/:id`, `/api/articles/:id`, `/api/actors`, `/api/stats`. */
export function registerReadRoutes(app: FastifyInstance, ctx: RouteContext): void {
  addRoutes(app, ctx, [eventsRoute, eventRoute, articleRoute, actorsRoute, statsRoute]);
}

/** A route answering one record by its `:id`, or a 404 naming `what` when there is none. */
interface ByIdRoute extends Omit<GetRoute, "responses" | "handler"> {
  readonly what: "event" | "article";
  readonly found: ResponseDoc;
  readonly load: (id: string) => Promise<unknown>;
}

function byIdRoute({ what, found, load, ...route }: ByIdRoute): ApiRoute {
  return getRoute({
    ...route,
    responses: { 200: found, 404: { description: `no such ${what}`, schema: "Error" } },
    handler: async (request, reply) => {
      const { id } = request.params as { id: string };
      return (await load(id)) ?? notFound(reply, what, id);
    },
  });
}

const notFound = (reply: FastifyReply, what: string, id: string): FastifyReply =>
  reply.code(404).send(errorBody(404, "not-found", `no ${what} with id ${JSON.stringify(id)}`));

/** `GET /api/events`: a page of events matching the filters. */
function eventsRoute({ store, schemas }: RouteContext): ApiRoute {
  return getRoute({
    url: "/api/events",
    operationId: "listEvents",
    tag: "events",
    summary: "Merged events matching the filters, one page at a time",
    description:
      "Keyset pagination: pass the `next` of a page as `cursor` (with the same filters and sort) for the following page; the last page has no `next`.",
    querystring: schemas.eventsQuery,
    responses: { 200: { description: "one page of events", schema: "EventPage" } },
    listParams: true,
    handler: async (request) => {
      const q = request.query as EventsQuery;
      const page = { limit: q.limit, sort: q.sort, withMentions: q.with_mentions };
      return store.queryEvents(
        eventFilterOf(q),
        q.cursor === undefined ? page : { ...page, cursor: q.cursor },
      );
    },
  });
}

/** `GET /api/events/:id`: one event with its mentions. */
function eventRoute({ store, schemas }: RouteContext): ApiRoute {
  return byIdRoute({
    url: "/api/events/:id",
    operationId: "getEvent",
    tag: "events",
    summary: "One event with its mentions, evidence spans and sentence texts",
    params: schemas.eventParams,
    what: "event",
    found: { description: "the event", schema: "EventWithMentions" },
    load: async (id) => store.getEvent(id),
  });
}

/** `GET /api/articles/:id`: one article with provenance and the events it reports. */
function articleRoute({ store, schemas }: RouteContext): ApiRoute {
  return byIdRoute({
    url: "/api/articles/:id",
    operationId: "getArticle",
    tag: "articles",
    summary: "One stored article: its text, provenance and the events it reports",
    params: schemas.articleParams,
    what: "article",
    found: { description: "the article", schema: "ArticleWithEvents" },
    load: async (id) => {
      const stored = await store.getArticle(id);
      if (!stored) return undefined;
      const { article, textHash, coderVersion, storedAt } = stored;
      const events = await store.eventsOfArticle(id);
      return {
        article,
        text_hash: textHash,
        coder_version: coderVersion,
        stored_at: storedAt,
        events,
      };
    },
  });
}

/** `GET /api/actors`: actor codings with mention counts. */
function actorsRoute({ store, schemas }: RouteContext): ApiRoute {
  return getRoute({
    url: "/api/actors",
    operationId: "listActors",
    tag: "actors",
    summary: "Distinct actor codings (code, full code, name, sectors), most mentioned first",
    querystring: schemas.actorsQuery,
    responses: { 200: { description: "matching actors with mention counts", schema: "ActorList" } },
    handler: async (request) => {
      const q = request.query as Mutable<ActorFilter> & { limit: number };
      return { actors: await store.listActors(q) };
    },
  });
}

/** `GET /api/stats`: the time series of events per bucket and key. */
function statsRoute({ store, schemas }: RouteContext): ApiRoute {
  return getRoute({
    url: "/api/stats",
    operationId: "getStats",
    tag: "stats",
    summary: "Events, mentions and summed intensity per time bucket and key",
    description:
      'Rows are sorted by bucket, then key; undated events have bucket "". With `group=none` the key is "".',
    querystring: schemas.statsQuery,
    responses: { 200: { description: "the series", schema: "StatsSeries" } },
    listParams: true,
    handler: async (request) => {
      const q = request.query as StatsQuery;
      const filter = eventFilterOf(q);
      const rows =
        q.group === "none"
          ? totalPerBucket(await store.stats(q.by, "type", filter))
          : await store.stats(q.by, q.group, filter);
      return { by: q.by, group: q.group, rows };
    },
  });
}

/**
 * Sums rows over their keys: the store has no "no key" grouping, and every event has exactly one
 * type, so summing the per-type rows of a bucket counts each event once.
 */
function totalPerBucket(rows: readonly StatsRow[]): StatsRow[] {
  const out = new Map<
    string,
    { bucket: string; key: string; events: number; mentions: number; intensity: number }
  >();
  for (const r of rows) {
    const t = out.get(r.bucket) ?? {
      bucket: r.bucket,
      key: "",
      events: 0,
      mentions: 0,
      intensity: 0,
    };
    t.events += r.events;
    t.mentions += r.mentions;
    t.intensity += r.intensity;
    out.set(r.bucket, t);
  }
  return [...out.values()];
}
