/**
 * Labels, number formats and colour scales shared by the views. Colours are chosen for contrast
 * on white and to stay apart for common colour-vision deficiencies (blue/orange, not red/green).
 */

/** Short names of the quad classes. */
export const QUAD_LABELS: Readonly<Record<number, string>> = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};

/** Fill colours of the quad classes (light to dark: verbal, material). */
export const QUAD_COLOURS: Readonly<Record<number, string>> = {
  1: "#9ecae1",
  2: "#2b6cb0",
  3: "#f6ad55",
  4: "#c05621",
};

const NUMBER = new Intl.NumberFormat("en");

/** 12,345. */
export function formatCount(n: number): string {
  return NUMBER.format(n);
}

/** +2.5 / -3.0: intensities are on PLOVER's -10..10 scale. */
export function formatIntensity(x: number): string {
  return `${x > 0 ? "+" : ""}${x.toFixed(1)}`;
}

/** Interpolates two #rrggbb colours. */
function mix(a: string, b: string, t: number): string {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  const c = pa.map((v, i) => Math.round(v + (pb[i]! - v) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

const COOPERATION = "#1f5fa8";
const NEUTRAL = "#9a9a9a";
const CONFLICT = "#c2410c";

/** Colour of a mean intensity: conflict (-10) orange-red, neutral grey, cooperation (+10) blue. */
export function intensityColour(mean: number): string {
  const t = Math.max(-1, Math.min(1, mean / 6));
  return t >= 0 ? mix(NEUTRAL, COOPERATION, t) : mix(NEUTRAL, CONFLICT, -t);
}

/** Colour of a count on a log scale from `0` to `max`: light to dark blue-grey. */
export function countColour(n: number, max: number): string {
  if (n <= 0 || max <= 0) return "#ececec";
  const t = Math.log1p(n) / Math.log1p(max);
  return mix("#dbe7f3", "#0b3c6f", t);
}

/** An entity list as codes with sectors: "CHN GOV, OMN GOV". */
export function partiesText(
  entities: readonly { readonly code: string; readonly sector: readonly string[] }[],
): string {
  if (entities.length === 0) return "—";
  return entities.map((e) => [e.code, ...e.sector].join(" ")).join(", ");
}

/** "1 event", "12,345 events". */
export function nEvents(n: number): string {
  return `${formatCount(n)} ${n === 1 ? "event" : "events"}`;
}

/** "1 article", "3 articles". */
export function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
}
