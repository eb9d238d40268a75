/**
 * State organs and local groups named without a country ("the authorities", "police", "protesters") take the country
 * the document is about, when one country clearly dominates its actor mentions.
 */
import type { Draft } from "./draft.js";

/** Pseudo-country codes that are no state (plover.json non_state, CAMEO regions). */
const NON_STATE = new Set([
  "IGO",
  "UNO",
  "EUR",
  "NGO",
  "ISM",
  "IMG",
  "MNC",
  "ARB",
  "WST",
  "MEA",
  "LAM",
  "AFR",
  "ASA",
  "SAM",
  "NMR",
  "CAM",
  "PGS",
]);
/** The top country needs this many mentions and this lead over the next one. */
const MIN_MENTIONS = 2;
const LEAD_FACTOR = 2;

/** The country most of the document's actor mentions belong to, if one clearly dominates. */
export function dominantCountry(drafts: readonly Draft[]): string | undefined {
  const counts = new Map<string, number>();
  for (const d of drafts) {
    const code = d.entity.code;
    if (d.modifierOnly || d.kind === "pronoun" || code === "" || NON_STATE.has(code)) continue;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | undefined;
  let top = 0;
  let second = 0;
  for (const [code, n] of counts) {
    if (n > top) [best, top, second] = [code, n, top];
    else if (n > second) second = n;
  }
  return best !== undefined && top >= MIN_MENTIONS && top >= LEAD_FACTOR * second
    ? best
    : undefined;
}

/**
 * Gives `home` drafts with no country the document's dominant country (rule suffix `+home-country`),
 * else the country of the dateline city (`+dateline-country`): a wire filed from Nairobi about
 * "police" and "protesters" is about Kenyan police unless the text says otherwise.
 */
export function fillHomeCountry(drafts: Draft[], datelineCountry?: string): void {
  const dominant = dominantCountry(drafts);
  const home = dominant ?? datelineCountry;
  if (home === undefined) return;
  const suffix = dominant ? "+home-country" : "+dateline-country";
  for (const d of drafts) {
    // With a clearly dominant country, unnamed people and roles ("a mayoral candidate", "the
    // governor") are taken to be that country's too; the dateline alone is not enough for them.
    const eligible =
      d.home || (dominant !== undefined && (d.kind === "person" || d.kind === "role"));
    if (!eligible || d.entity.code !== "" || d.antecedent) continue;
    d.entity = { ...d.entity, code: home };
    d.rule = `${d.rule}${suffix}`;
  }
}
