/**
 * The shapes of the API replies the dashboard reads (see src/api/README.md and /openapi.json).
 * Types only, so the browser bundle pulls in no server code.
 */
import type { Entity, EventRecord, Location, Article } from "../../core/types.js";

/** A merged event as `GET /api/events` lists it. */
export interface ApiEvent {
  readonly id: string;
  readonly event: string;
  readonly mode: readonly string[];
  readonly context: readonly string[];
  readonly quad_code: 1 | 2 | 3 | 4;
  readonly intensity: number;
  readonly cameo: string;
  readonly actor: readonly Entity[];
  readonly recipient: readonly Entity[];
  readonly modality: string;
  readonly date?: string;
  readonly date_granularity?: string;
  readonly day: string;
  readonly location?: Location;
  readonly confidence: number;
  readonly mention_count: number;
  readonly article_count: number;
  readonly source_count: number;
  readonly first_report?: string;
  readonly last_report?: string;
}

/** One page of events. */
export interface EventPage {
  readonly events: readonly ApiEvent[];
  readonly next?: string;
}

/** One report of an event. */
export interface ApiMention {
  readonly record: EventRecord;
  readonly eventId: string;
  readonly coderVersion: string;
  readonly articleTitle?: string;
  readonly articleDate?: string;
  readonly articleSource?: string;
  readonly articleUrl?: string;
}

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

/** One stats cell. */
export interface StatsRow {
  readonly bucket: string;
  readonly key: string;
  readonly events: number;
  readonly mentions: number;
  readonly intensity: number;
}

/** `GET /api/stats`. */
export interface StatsReply {
  readonly rows: readonly StatsRow[];
}

/** Events and summed intensity of a dyad or code. */
export interface KeyCount {
  readonly key: string;
  readonly events: number;
  readonly intensity: number;
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
