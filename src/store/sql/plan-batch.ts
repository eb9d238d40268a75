/**
 * Decides, in memory, what one `putArticles` call writes: each item is compared with the state
 * the items before it left (stored rows first), so a batch behaves exactly like one-by-one puts.
 */
import type { EventRecord } from "../../core/types.js";
import type { ArticleStamp, PutItem, PutStatus } from "../event-store.js";

/** One item with what the write path derives from it once. */
export interface Prepared {
  readonly item: PutItem;
  readonly textHash: string;
  /** The result's records, first of each id only. */
  readonly records: readonly EventRecord[];
  /** Signature of each record, same order. */
  readonly signatures: readonly string[];
}

/** One article version to write, with the origin key its row gets. */
export interface PlannedWrite {
  readonly p: Prepared;
  readonly originKey: string | undefined;
}

/** The outcome of one item. */
export interface PlannedStatus {
  readonly status: PutStatus;
  /** False when the article itself was already stored as it is (nothing of it is written). */
  readonly written: boolean;
  /** Stored articles whose rows this item removes (itself when rewritten, others at its origin). */
  readonly removesStored: readonly string[];
}

/** What the batch does to the store. */
export interface BatchPlan {
  /** Stored articles whose rows and mentions are deleted (rewritten or displaced). */
  readonly deleted: readonly string[];
  /** The last version of every article the batch writes, in first-written order. */
  readonly writes: readonly PlannedWrite[];
  /** Per item, in order. */
  readonly statuses: readonly PlannedStatus[];
}

interface State {
  readonly textHash: string;
  readonly coderVersion: string;
  readonly originKey: string | undefined;
  /** True while the row in the database is this version. */
  readonly stored: boolean;
}

/**
 * Plans a batch against the stamps of the stored articles it may touch (by id or origin key).
 * `force` rewrites stored articles even when unchanged (each at most once per batch).
 */
export function planBatch(
  prepared: readonly Prepared[],
  stored: readonly ArticleStamp[],
  coderVersion: string,
  force = false,
): BatchPlan {
  const planner = new Planner(stored, coderVersion, force);
  const statuses = prepared.map((p) => planner.add(p));
  return { deleted: [...planner.deleted], writes: [...planner.writes.values()], statuses };
}

/** The articles' state as the items so far left it. */
class Planner {
  private readonly state = new Map<string, State>();
  private readonly atOrigin = new Map<string, Set<string>>();
  readonly writes = new Map<string, PlannedWrite>();
  readonly deleted = new Set<string>();

  constructor(
    stored: readonly ArticleStamp[],
    private readonly coderVersion: string,
    private readonly force: boolean,
  ) {
    for (const s of stored) {
      this.state.set(s.id, { ...s, originKey: s.originKey, stored: true });
      this.claim(s.originKey, s.id);
    }
  }

  /** Applies one item and says what it did. */
  add(p: Prepared): PlannedStatus {
    const id = p.item.article.id;
    const key = p.item.originKey;
    const removes: string[] = [];
    const displaced = key !== undefined && this.displace(key, id, removes);
    const prev = this.state.get(id);
    const same = prev?.textHash === p.textHash && prev.coderVersion === this.coderVersion;
    if (same && !(this.force && prev.stored))
      return {
        status: displaced ? "replaced" : "unchanged",
        written: false,
        removesStored: removes,
      };
    const originKey = key ?? prev?.originKey;
    if (prev?.originKey !== undefined && prev.originKey !== originKey)
      this.atOrigin.get(prev.originKey)?.delete(id);
    if (prev?.stored) {
      this.deleted.add(id);
      removes.push(id);
    }
    this.state.set(id, {
      textHash: p.textHash,
      coderVersion: this.coderVersion,
      originKey,
      stored: false,
    });
    this.writes.set(id, { p, originKey });
    this.claim(originKey, id);
    const status = prev !== undefined || displaced ? "replaced" : "inserted";
    return { status, written: true, removesStored: removes };
  }

  /**
   * Removes every other article read from the same origin: it is this document's older version.
   * Adds the stored ones, whose rows go, to `removed`; true when any article was displaced.
   */
  private displace(key: string, id: string, removed: string[]): boolean {
    const ids = this.atOrigin.get(key);
    let any = false;
    for (const other of [...(ids ?? [])]) {
      if (other === id) continue;
      any = true;
      if (this.state.get(other)?.stored) {
        this.deleted.add(other);
        removed.push(other);
      }
      this.state.delete(other);
      this.writes.delete(other);
      ids!.delete(other);
    }
    return any;
  }

  private claim(key: string | undefined, id: string): void {
    if (key === undefined) return;
    let ids = this.atOrigin.get(key);
    if (ids === undefined) this.atOrigin.set(key, (ids = new Set()));
    ids.add(id);
  }
}
