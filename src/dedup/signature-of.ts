import type { Entity, EventRecord } from "../core/types.js";

/**
 * Canonical key of what an event is about, independent of when and where:
 * `TYPE|modes|modality|actor keys|recipient keys`. Mentions with different signatures are
 * never the same happening; the store partitions mentions by it.
 */
export function signatureOf(r: EventRecord): string {
  return `${r.event}|${sortedSet(r.mode).join(",")}|${r.modality}|${actorSetKey(r.actor)}|${actorSetKey(r.recipient)}`;
}

/**
 * Key of one participant: country/organisation code and sorted sector set, "CHN:GOV".
 * Names and offices are left out on purpose, so "Wang Yi" and "China's foreign minister" match.
 */
export function actorKey(e: Entity): string {
  // Codes are compared as the coder wrote them (upper-case by contract); only "" means unknown.
  return `${e.code || "---"}:${sortedSet(e.sector).join("+")}`;
}

/** Participants as a set: order and repeats do not matter (reciprocal lists, two CHN:GOV people). */
function actorSetKey(es: readonly Entity[]): string {
  return sortedSet(es.map(actorKey)).join(";");
}

/** Sorted distinct values; short lists (nearly all) skip the Set, since signatures are hot. */
function sortedSet(xs: readonly string[]): readonly string[] {
  if (xs.length < 2) return xs;
  if (xs.length === 2) {
    const [a, b] = xs as readonly [string, string];
    return a === b ? [a] : a < b ? xs : [b, a];
  }
  const sorted = [...xs].sort();
  return sorted.filter((x, i) => i === 0 || x !== sorted[i - 1]);
}
