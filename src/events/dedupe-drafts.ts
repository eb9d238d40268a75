/**
 * Merges the drafts of one document that tell the same event twice (repeated triggers,
 * participle clauses), keeping the most confident or most complete.
 */
import type { Mention } from "../core/types.js";
import type { EventDraft } from "./build-record.js";

/**
 * Types whose modes are different actions, not the weapons of one act: "went on strike ... and
 * torched buses" is a strike and a riot, while "shelled and bombed the town" is one attack.
 */
const DISTINCT_MODE_TYPES = new Set(["PROTEST"]);

function modeKey(d: EventDraft): string {
  return DISTINCT_MODE_TYPES.has(d.type) ? d.mode.join(",") : "";
}

/**
 * One event per (sentence, type, PROTEST mode, actors, recipients): repeated triggers keep the most
 * confident.
 */
export function dedupe(drafts: readonly EventDraft[]): EventDraft[] {
  const best = new Map<string, EventDraft>();
  for (const d of drafts) {
    const key = [
      d.sentence.start,
      d.type,
      d.modality,
      modeKey(d),
      // An uncoded party ("police", "two protesters") still counts: "police firing" is not the
      // same event as "two were wounded" just because neither side has a country code.
      d.actors.map((m) => m.entity.code || "---").join(","),
      d.recipients.map((m) => m.entity.code || "---").join(","),
    ].join("|");
    const old = best.get(key);
    if (!old || d.confidence > old.confidence) best.set(key, d);
  }
  const kept = [...best.values()];
  return kept
    .filter((d) => !kept.some((o) => o !== d && covers(o, d)))
    .sort((a, b) => a.trigger.start - b.trigger.start);
}

/**
 * True when `o` already tells what `d` tells: one sentence, one type and modality, d's actors are
 * among o's (or d has none), and o names at least as many participants. "Insurgents bombarded the
 * city, killing eight people" and "met with Assad ... to discuss" are one event each, not two.
 */
function covers(o: EventDraft, d: EventDraft): boolean {
  if (o.sentence.start !== d.sentence.start || o.type !== d.type || o.modality !== d.modality)
    return false;
  if (modeKey(o) && modeKey(d) && modeKey(o) !== modeKey(d)) return false;
  const codes = (ms: readonly Mention[]): Set<string> =>
    new Set(ms.map((m) => m.entity.code || "---"));
  const [oa, da] = [codes(o.actors), codes(d.actors)];
  if (![...da].every((c) => oa.has(c))) return false;
  const size = (x: EventDraft): number => codes([...x.actors, ...x.recipients]).size;
  const [so, sd] = [size(o), size(d)];
  return so > sd || (so === sd && o.trigger.start < d.trigger.start);
}
