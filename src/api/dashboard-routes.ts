/**
 * The routes the dashboard needs besides the read routes: the breakdown of matching events by
 * dyad and participant code (its network and map), and the vocabulary of its filters and labels.
 */
import type { FastifyInstance } from "fastify";
import { addRoutes, getRoute, type ApiRoute, type RouteContext } from "./api-route.js";
import { eventFilterOf, type FilterQuery } from "./filter-query.js";
import { vocabulary } from "./vocabulary.js";

interface BreakdownQuery extends FilterQuery {
  readonly sample: number;
  readonly dyads: number;
}

/** Registers `GET /api/breakdown` and `GET /api/vocabulary`. */
export function registerDashboardRoutes(app: FastifyInstance, ctx: RouteContext): void {
  addRoutes(app, ctx, [breakdownRoute, vocabularyRoute]);
}

/** `GET /api/breakdown`: events per dyad (sampled) and per participant code. */
function breakdownRoute({ store, schemas }: RouteContext): ApiRoute {
  return getRoute({
    url: "/api/breakdown",
    operationId: "getBreakdown",
    tag: "stats",
    summary: "Events per dyad and per participant code, for networks and maps",
    description:
      "Dyads are counted over the `sample` newest matching events (by day, then id; `complete` says whether that is all of them). " +
      "Per-code counts cover every matching event when the filter has only dates, types and quads (`codes_exact`), else the same sample.",
    querystring: schemas.breakdownQuery,
    responses: { 200: { description: "the breakdown", schema: "Breakdown" } },
    listParams: true,
    handler: async (request) => {
      const q = request.query as BreakdownQuery;
      const b = await store.eventBreakdown(eventFilterOf(q), { sample: q.sample, dyads: q.dyads });
      return {
        dyads: b.dyads,
        actors: b.actors,
        recipients: b.recipients,
        sampled: b.sampled,
        complete: b.complete,
        codes_exact: b.codesExact,
      };
    },
  });
}

/** `GET /api/vocabulary`: types, modes, contexts, sectors and countries with their labels. */
function vocabularyRoute(): ApiRoute {
  return getRoute({
    url: "/api/vocabulary",
    operationId: "getVocabulary",
    tag: "meta",
    summary: "PLOVER types (quad, modes), contexts, sectors and countries, with labels",
    description:
      "From the ontology and country data dyad ships; countries map ISO numeric ids (world atlas shapes) to alpha-3 actor codes.",
    responses: { 200: { description: "the vocabulary", schema: "Vocabulary" } },
    handler: async (_request, reply) => {
      reply.header("cache-control", "public, max-age=3600");
      return vocabulary();
    },
  });
}
