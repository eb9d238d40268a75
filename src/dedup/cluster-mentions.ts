import { type Cluster, ClusterIndex, allowance } from "./cluster-index.js";
import { windowFor } from "./date-windows.js";
import { DedupError } from "./dedup-error.js";
import type { DedupMention, MergedEvent } from "./dedup-types.js";
import { DATE_KINDS, type DateCache, type Footprint, footprintOf } from "./footprint.js";
import { mergeCluster } from "./merge-cluster.js";
import { signatureOf } from "./signature-of.js";

/**
 * Clusters mentions that share one signature into events: a pure function of the set of
 * mentions, so any input order (and any split across workers) gives the same events and ids.
 *
 * Tiers are built from the most specific dating (stated day, placed) to the least (undated,
 * unplaced). Each mention of a tier joins the one earlier cluster it is compatible with; when
 * there is none, or more than one (ambiguous), it founds a cluster with the other such mentions
 * of its tier (connected components of "dates within the window, same place").
 */
export function clusterMentions(ms: readonly DedupMention[]): MergedEvent[] {
  if (ms.length === 0) return [];
  // Most signatures have one mention (a new signature in the store): nothing to compare it with,
  // so it founds its own cluster, exactly as the tiers below would make it.
  if (ms.length === 1) return [singleton(ms[0]!)];
  const signature = sharedSignature(ms);
  assertUniqueIds(ms);
  const first = ms[0]!.record;
  const windowDays = windowFor(first.event, first.mode).days;
  const index = new ClusterIndex(windowDays);
  const clusters: Cluster[] = [];
  const dates: DateCache = new Map();
  for (const tier of byTier(ms.map((m) => footprintOf(m, dates)))) {
    const formed = groupTier(attachAll(tier, index), windowDays);
    index.add(formed);
    clusters.push(...formed);
  }
  return clusters.map((c) => mergeCluster(signature, c)).sort(compareEvents);
}

/** Splits any mentions by signature and clusters each part; events sorted by date, then id. */
export function clusterBySignature(ms: readonly DedupMention[]): MergedEvent[] {
  const parts = new Map<string, DedupMention[]>();
  for (const m of ms) {
    const s = signatureOf(m.record);
    const part = parts.get(s);
    if (part === undefined) parts.set(s, [m]);
    else part.push(m);
  }
  return [...parts.values()].flatMap(clusterMentions).sort(compareEvents);
}

/** The event of a lone mention: the one cluster `groupTier` would found from it. */
function singleton(m: DedupMention): MergedEvent {
  const f = footprintOf(m);
  return mergeCluster(signatureOf(m.record), newCluster([f], f.hi));
}

function sharedSignature(ms: readonly DedupMention[]): string {
  const signature = signatureOf(ms[0]!.record);
  for (const m of ms) {
    const s = signatureOf(m.record);
    if (s !== signature) {
      throw new DedupError(
        "dedup-mixed-signatures",
        `mention ${m.record.id} has signature "${s}", not "${signature}"`,
      );
    }
  }
  return signature;
}

function assertUniqueIds(ms: readonly DedupMention[]): void {
  const seen = new Set<string>();
  for (const m of ms) {
    if (seen.has(m.record.id))
      throw new DedupError("dedup-duplicate-mention", `mention ${m.record.id} given twice`);
    seen.add(m.record.id);
  }
}

function byTier(fs: readonly Footprint[]): Footprint[][] {
  const tiers: Footprint[][] = DATE_KINDS.flatMap(() => [[], []]);
  for (const f of fs) tiers[f.tier]!.push(f);
  return tiers.filter((t) => t.length > 0);
}

/** Attaches each mention that fits exactly one earlier cluster; returns the rest. */
function attachAll(tier: readonly Footprint[], index: ClusterIndex): Footprint[] {
  const loose: Footprint[] = [];
  // Many mentions share a date and place; the answer depends on nothing else.
  const memo = new Map<string, Cluster | undefined>();
  for (const f of tier) {
    const key = `${f.lo}|${f.hi}|${f.country ?? ""}`;
    let target = memo.get(key);
    if (!memo.has(key)) {
      const found = index.findUpToTwo(f);
      target = found.length === 1 ? found[0] : undefined;
      memo.set(key, target);
    }
    if (target === undefined) loose.push(f);
    else target.attached.push(f);
  }
  return loose;
}

/**
 * Connected components of one tier's loose mentions: same place, and each date within the
 * allowance of the group's latest date (one dimension, so a sorted sweep finds the components).
 */
function groupTier(loose: readonly Footprint[], windowDays: number): Cluster[] {
  const sorted = [...loose].sort((a, b) => cmp(a.country ?? "", b.country ?? "") || a.lo - b.lo);
  const out: Cluster[] = [];
  let group: Footprint[] = [];
  let hi = -Infinity;
  for (const f of sorted) {
    const head = group[0];
    const joins =
      head !== undefined &&
      head.country === f.country &&
      f.lo - hi <= allowance(f.kind, f.kind, windowDays);
    if (!joins && head !== undefined) out.push(newCluster(group, hi));
    if (!joins) [group, hi] = [[], -Infinity];
    group.push(f);
    hi = Math.max(hi, f.hi);
  }
  if (group.length > 0) out.push(newCluster(group, hi));
  return out;
}

function newCluster(core: readonly Footprint[], hi: number): Cluster {
  const head = core[0]!;
  return {
    tier: head.tier,
    kind: head.kind,
    lo: head.lo,
    hi,
    country: head.country,
    core,
    attached: [],
  };
}

function compareEvents(a: MergedEvent, b: MergedEvent): number {
  return cmp(a.date ?? "\uffff", b.date ?? "\uffff") || cmp(a.id, b.id);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
