/**
 * The shapes of the API replies the dashboard reads (see src/api/README.md and /openapi.json).
 * Types only, so the browser bundle pulls in no server code.
 */
import type { Article } from "../../core/types.js";
import type { KeyCount, StatsRow, StoredEvent, StoredMention } from "../../store/event-store.js";

/** A merged event as `GET /api/events` lists it (the store's shape, sent as JSON). */
export type ApiEvent = StoredEvent;

/** One page of events. */
export interface EventPage {
  readonly events: readonly ApiEvent[];
  readonly next?: string;
}

/** One report of an event. */
export type ApiMention = StoredMention;

/** `GET /api/events/:id`. */
export interface EventWithMentions extends ApiEvent {
  readonly mentions: readonly ApiMention[];
}

/** `GET /api/articles/:id`. */
export interface ArticleReply {
  readonly article: Article;
  readonly coder_version: string;
  readonly stored_at: string;
}

export type { StatsRow, KeyCount };

/** `GET /api/stats`. */
export interface StatsReply {
  readonly rows: readonly StatsRow[];
}

/** `GET /api/breakdown`. */
export interface Breakdown {
  readonly dyads: readonly KeyCount[];
  readonly actors: readonly KeyCount[];
  readonly recipients: readonly KeyCount[];
  readonly sampled: number;
  readonly complete: boolean;
  readonly codes_exact: boolean;
}

/** One row of `GET /api/actors`. */
export interface ActorRow {
  readonly code: string;
  readonly code_full?: string;
  readonly name?: string;
  readonly sector: readonly string[];
  readonly mentions: number;
}

/** A described term. */
export interface Term {
  readonly name: string;
  readonly description: string;
}

/** `GET /api/vocabulary`. */
export interface Vocabulary {
  readonly quads: readonly { readonly quad: 1 | 2 | 3 | 4; readonly label: string }[];
  readonly types: readonly {
    readonly type: string;
    readonly quad: 1 | 2 | 3 | 4;
    readonly description: string;
    readonly modes: readonly Term[];
  }[];
  readonly contexts: readonly Term[];
  readonly sectors: readonly Term[];
  readonly countries: readonly {
    readonly code: string;
    readonly ccn3?: string;
    readonly name: string;
  }[];
}
