/**
 * Error analysis for the eval: named error kinds and their counts.
 *
 * Kind names (`<X>` is a PLOVER type, a CAMEO code/root, a 5-way class or a dataset label):
 * - `missed:<X>`            gold event with nothing predicted for it (no event, or no triple of that code)
 * - `spurious-event:<X>`    predicted event/triple/label that matches nothing in the gold
 * - `wrong-type:<G>-><P>`   right case / right participants, wrong type or code
 * - `missed-actor`          right type, but the predicted event has no actor
 * - `wrong-actor-country`   right type, actor present with another country code (country-level sets)
 * - `wrong-actor-code`      same, for the suites that compare full actor codes (ARNGOV)
 * - `missed-recipient`      gold has a recipient, the matching prediction has none
 * - `extra-recipient`       prediction has a recipient where the gold has none
 * - `wrong-recipient`       both have a recipient, different codes
 * - `wrong-actor-and-recipient` both sides differ
 * - `missed-reverse`        gold has A->B and B->A, dyad wrote only one direction
 * - `extra-reverse`         dyad wrote B->A as well where the gold has only A->B
 */

/** One error kind and how often it occurred. */
export interface ErrorCount {
  readonly kind: string;
  readonly count: number;
}

/** Counts error kinds and lists the most frequent. */
export class ErrorTally {
  private readonly counts = new Map<string, number>();

  /** Adds `n` occurrences of `kind`. */
  add(kind: string, n = 1): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
  }

  /** The `n` most frequent kinds, by count descending then kind name (deterministic). */
  top(n = 20): ErrorCount[] {
    return [...this.counts]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
      .slice(0, n);
  }
}

/** A triple key split into its parts. */
export interface Triple {
  readonly key: string;
  readonly s: string;
  readonly t: string;
  readonly c: string;
}

/** Splits an `s|t|code` key. */
export function parseTriple(key: string): Triple {
  const [s = "", t = "", c = ""] = key.split("|");
  return { key, s, t, c };
}

/** The participant error between a gold triple and a predicted one with the same code. */
export function participantError(gold: Triple, got: Triple, full: boolean): string {
  const actorOk = gold.s === got.s;
  const recipientOk = gold.t === got.t;
  if (!actorOk && !recipientOk) return "wrong-actor-and-recipient";
  if (!actorOk)
    return got.s === "---" ? "missed-actor" : full ? "wrong-actor-code" : "wrong-actor-country";
  if (gold.t === "---") return "extra-recipient";
  return got.t === "---" ? "missed-recipient" : "wrong-recipient";
}

/**
 * Names the differences between a case's gold and predicted triple sets (`s|t|code` keys).
 * Each unmatched gold triple is paired with at most one unmatched prediction: first one with the
 * same participants (wrong type), else one with the same code (participant error).
 */
export function classifyTripleErrors(
  gold: ReadonlySet<string>,
  got: ReadonlySet<string>,
  full: boolean,
  tally: ErrorTally,
): void {
  const extra = [...got].filter((k) => !gold.has(k)).map(parseTriple);
  for (const key of gold) {
    if (got.has(key)) continue;
    const g = parseTriple(key);
    if (got.has(`${g.t}|${g.s}|${g.c}`)) {
      tally.add("missed-reverse");
      continue;
    }
    let i = extra.findIndex((p) => p.s === g.s && p.t === g.t);
    if (i >= 0) {
      tally.add(`wrong-type:${g.c}->${extra[i]?.c ?? ""}`);
    } else if ((i = extra.findIndex((p) => p.c === g.c)) >= 0) {
      const p = extra[i];
      if (p !== undefined) tally.add(participantError(g, p, full));
    } else {
      tally.add(`missed:${g.c}`);
      continue;
    }
    extra.splice(i, 1);
  }
  for (const p of extra) {
    tally.add(gold.has(`${p.t}|${p.s}|${p.c}`) ? "extra-reverse" : `spurious-event:${p.c}`);
  }
}
