/**
 * Conjoined actor mentions ("X and Y", "X, Y and Z") and the possessive forms that never stand
 * as participants of their own.
 */
import type { Mention, Token } from "../core/types.js";
import type { SentenceView } from "./participants.js";

const JOINERS = new Set([",", "and", "&", "as", "well", "the", "both"]);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its"]);
/** Possessive determiners, resolved to an actor or not ("our", "my" usually are not). */
export const POSSESSIVE_DETERMINERS = new Set([...POSSESSIVE_PRONOUNS, "our", "my", "your"]);

/**
 * A mention plus the mentions conjoined with it ("X and Y", "X, Y and Z"). A bare comma joins only
 * inside a list that an "and" closes: "after talks with Kurdish rebels, the Turkish government
 * lifted ..." is two phrases, not a compound actor.
 */
export function groupAt(v: SentenceView, m: Mention, dir: "left" | "right"): Mention[] {
  // "the two sides" resolves to one mention per country over the same words: one compound actor.
  const twins = v.mentions.filter(
    (x) => x !== m && x.tokenStart === m.tokenStart && x.tokenEnd === m.tokenEnd,
  );
  if (twins.length) return [m, ...twins].sort((a, b) => a.id - b.id);
  const idx = v.mentions.indexOf(m);
  const out = [m];
  const joins: ("and" | "comma")[] = [];
  const ok = (x: Mention): boolean =>
    (!x.modifierOnly || isPossessive(v.doc.tokens, x)) && !isPossessivePronoun(x);
  const step = dir === "left" ? -1 : 1;
  for (let k = idx + step; k >= 0 && k < v.mentions.length; k += step) {
    const x = v.mentions[k]!;
    const [a, b] = dir === "left" ? [x, out[0]!] : [out[out.length - 1]!, x];
    const j = joinBetween(v.doc.tokens, a, b);
    if (!ok(x) || !j) break;
    joins.push(j);
    if (dir === "left") out.unshift(x);
    else out.push(x);
  }
  if (joins.includes("and")) return out;
  return [m];
}

/** How two mentions are joined: "and" (or "&", "as well as"), a bare comma, or not at all. */
function joinBetween(toks: readonly Token[], a: Mention, b: Mention): "and" | "comma" | undefined {
  if (b.tokenStart < a.tokenEnd || b.tokenStart - a.tokenEnd > 3) return undefined;
  let kind: "and" | "comma" | undefined;
  for (let i = a.tokenEnd; i < b.tokenStart; i++) {
    const t = toks[i]!.lower;
    if (!JOINERS.has(t)) return undefined;
    if (t === ",") kind ??= "comma";
    else if (t !== "the") kind = "and";
  }
  return kind;
}

/** "his", "her", "their", "its" before a noun: a determiner, not a participant of its own. */
export function isPossessivePronoun(m: Mention): boolean {
  return m.kind === "pronoun" && POSSESSIVE_PRONOUNS.has(m.span.text.toLowerCase());
}

/** True when the mention is followed by a possessive "'s" ("China's position"). */
export function isPossessive(toks: readonly Token[], m: Mention): boolean {
  const next = toks[m.tokenEnd];
  return next !== undefined && (next.lower === "'s" || next.lower === "’s" || next.lower === "'");
}
