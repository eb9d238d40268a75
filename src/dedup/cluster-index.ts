import { type DateKind, type Footprint, isDayLevel } from "./footprint.js";

/**
 * A cluster under construction. Its core (the mentions it was founded from, all of one tier)
 * fixes its date range and place; mentions attached later never change them.
 */
export interface Cluster {
  readonly tier: number;
  readonly kind: DateKind;
  readonly lo: number;
  readonly hi: number;
  readonly country: string | undefined;
  readonly core: readonly Footprint[];
  readonly attached: Footprint[];
}

/**
 * Largest gap in days allowed between two date ranges of one happening. The type's window
 * applies only between day-level dates; a fallback date (the article's own date) may be one day
 * off from any other kind of date, but not from another fallback date, since both are off alike.
 */
export function allowance(a: DateKind, b: DateKind, windowDays: number): number {
  const window = isDayLevel(a) && isDayLevel(b) ? windowDays : 0;
  return window + ((a === "fallback") !== (b === "fallback") ? 1 : 0);
}

/** True when a mention can be a report of the happening a cluster's core describes. */
export function compatible(f: Footprint, c: Cluster, windowDays: number): boolean {
  if (f.country !== undefined && c.country !== undefined && f.country !== c.country) return false;
  const slack = allowance(f.kind, c.kind, windowDays);
  return f.lo - c.hi <= slack && c.lo - f.hi <= slack;
}

interface KindList {
  readonly items: Cluster[];
  maxLength: number;
}

/** Clusters built so far, indexed by date kind and start day so a lookup scans only near ones. */
export class ClusterIndex {
  private readonly lists = new Map<DateKind, KindList>();

  constructor(private readonly windowDays: number) {}

  /** Adds one tier's new clusters. */
  add(clusters: readonly Cluster[]): void {
    const touched = new Set<KindList>();
    for (const c of clusters) {
      let list = this.lists.get(c.kind);
      if (list === undefined) this.lists.set(c.kind, (list = { items: [], maxLength: 0 }));
      list.items.push(c);
      list.maxLength = Math.max(list.maxLength, c.hi - c.lo);
      touched.add(list);
    }
    for (const list of touched) list.items.sort((x, y) => x.lo - y.lo);
  }

  /**
   * The clusters a mention is compatible with, stopping at two: callers only need to know
   * whether there is exactly one.
   */
  findUpToTwo(f: Footprint): Cluster[] {
    const found: Cluster[] = [];
    for (const [kind, list] of this.lists) {
      const slack = allowance(f.kind, kind, this.windowDays);
      // A cluster can reach back to f only if it starts after f.lo - slack - (longest cluster).
      const floor = f.lo - slack - list.maxLength;
      for (let i = lastStartingBy(list.items, f.hi + slack); i >= 0; i--) {
        const c = list.items[i]!;
        if (c.lo < floor) break;
        if (compatible(f, c, this.windowDays) && found.push(c) === 2) return found;
      }
    }
    return found;
  }
}

/** Index of the last cluster whose start is <= day, or -1. */
function lastStartingBy(items: readonly Cluster[], day: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.lo <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
