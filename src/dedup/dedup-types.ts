/**
 * Input and output shapes of the dedup stage: mentions (coded records with their article's
 * provenance) in, merged events (one per real-world happening) out.
 */
import type {
  DateGranularity,
  Entity,
  EventRecord,
  Location,
  Modality,
  PloverType,
} from "../core/types.js";

/** One coded event record with the provenance dedup needs from its article. */
export interface DedupMention {
  readonly record: EventRecord;
  readonly articleId: string;
  /** Outlet name ("Reuters"); unknown sources count once per article. */
  readonly source?: string;
  /** Article publication date, YYYY-MM-DD. */
  readonly reportedAt?: string;
}

/** One happening: the repeat reports of an event across articles, merged. */
export interface MergedEvent {
  /** Stable id: a hash of the signature and the cluster's anchor (see README). */
  readonly id: string;
  readonly signature: string;
  readonly event: PloverType;
  readonly mode: readonly string[];
  /** Union of the mentions' contexts, sorted. */
  readonly context: readonly string[];
  readonly quad_code: 1 | 2 | 3 | 4;
  readonly intensity: number;
  readonly cameo: string;
  readonly actor: readonly Entity[];
  readonly recipient: readonly Entity[];
  readonly modality: Modality;
  readonly date?: string;
  readonly date_granularity?: DateGranularity;
  readonly location?: Location;
  /** Highest confidence among the mentions. */
  readonly confidence: number;
  /** Record ids of the mentions, sorted. */
  readonly mention_ids: readonly string[];
  readonly mention_count: number;
  readonly article_count: number;
  readonly source_count: number;
  /** Earliest and latest `reportedAt` of the mentions, when any is known. */
  readonly first_report?: string;
  readonly last_report?: string;
}
