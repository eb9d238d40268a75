import type { PloverType } from "../core/types.js";

/** One row of the date-window table: how many days apart two day-level reports may be. */
export interface DateWindowRule {
  /** Stable kebab-case rule id. */
  readonly id: string;
  /** PLOVER type the row applies to, or "*" for the default row. */
  readonly type: PloverType | "*";
  /** PLOVER mode, or "" for any mode of the type. */
  readonly mode: string;
  /** Largest gap in days between two day-level dates of one happening. */
  readonly days: number;
  readonly note: string;
}

/**
 * The window table. Most happenings are one day long: two ASSAULTs, PROTESTs or phone calls on
 * different days are different happenings. Only kinds of events that last several days and are
 * dated by different days in different reports get a wider window.
 */
export const DATE_WINDOW_RULES: readonly DateWindowRule[] = [
  {
    id: "dedup-window-default",
    type: "*",
    mode: "",
    days: 0,
    note: "one happening = one day (attacks, protests, calls, statements)",
  },
  {
    id: "dedup-window-consult-visit",
    type: "CONSULT",
    mode: "visit",
    days: 2,
    note: "visits last days; outlets date arrival, talks or departure",
  },
  {
    id: "dedup-window-consult-multilateral",
    type: "CONSULT",
    mode: "multilateral",
    days: 2,
    note: "summits and conferences run over several days",
  },
  {
    id: "dedup-window-protest-strike",
    type: "PROTEST",
    mode: "strike",
    days: 1,
    note: "a strike is reported on each day it goes on",
  },
  {
    id: "dedup-window-protest-hunger",
    type: "PROTEST",
    mode: "hunger",
    days: 2,
    note: "hunger strikes last days to weeks",
  },
  {
    id: "dedup-window-mobilize",
    type: "MOBILIZE",
    mode: "",
    days: 1,
    note: "deployments are reported over the days they take",
  },
];

const DEFAULT_RULE: DateWindowRule = DATE_WINDOW_RULES[0]!;

/**
 * Picks the window for a type and its modes: the widest row naming one of the modes, else the
 * type's any-mode row, else the default row.
 */
export function windowFor(type: PloverType, modes: readonly string[]): DateWindowRule {
  let best: DateWindowRule | undefined;
  for (const rule of DATE_WINDOW_RULES) {
    if (rule.type !== type || rule.mode === "" || !modes.includes(rule.mode)) continue;
    if (best === undefined || rule.days > best.days) best = rule;
  }
  return best ?? DATE_WINDOW_RULES.find((r) => r.type === type && r.mode === "") ?? DEFAULT_RULE;
}
