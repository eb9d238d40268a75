/**
 * "dissidents from Egypt", "officials from China and Japan", "ministers from the Georgian
 * government": a sector noun followed by "from COUNTRY" names people of that country, unless a verb or noun of moving people governs the
 * phrase ("withdrew troops from Syria", "the evacuation of staff from Kabul"), where the country is
 * only where they were.
 */
import type { Token } from "../core/types.js";
import type { PhraseMatch } from "./match-phrases.js";
import { isActor, isSector } from "./phrase-entities.js";
import type { NameContext } from "./person-name.js";

/** How far back (tokens) the governing word of the noun phrase is looked for. */
const LOOK_BACK = 5;
const SKIPPED_POS = new Set(["DET", "PRON", "NUM", "ADJ", "ADP", "PUNCT"]);
const MAX_MODIFIERS = 3;

function isModifier(t: Token | undefined): boolean {
  return t !== undefined && (t.text === "-" || (t.text === t.lower && /^[a-z]/.test(t.text)));
}

/**
 * The country of "from [the] COUNTRY" at token `j` after a sector noun starting at `nounStart`, or
 * undefined when there is none or a displacement word governs the noun phrase.
 */
export function originAfter(
  ctx: NameContext,
  nounStart: number,
  j: number,
  firstToken: number,
): PhraseMatch | undefined {
  const { tokens } = ctx.doc;
  if (tokens[j]?.lower !== "from") return undefined;
  let next = ctx.kb.functionWords.get(tokens[j + 1]?.lower ?? "") === "determiner" ? j + 2 : j + 1;
  // "from military-ruled Myanmar", "from neighbouring Chad": lower-case modifiers before the name.
  for (let k = 0; k < MAX_MODIFIERS && !isActor(ctx.matches[next]) && isModifier(tokens[next]); k++)
    next++;
  const place = countryAt(ctx, next);
  return place && !displaced(ctx, nounStart, firstToken) ? place : undefined;
}

/**
 * The country named at token `i`: a country name ("from Georgia"), or a demonym before a sector
 * noun ("from the Georgian government", "from the Russian army"), spanning that noun too.
 */
function countryAt(ctx: NameContext, i: number): PhraseMatch | undefined {
  const place = ctx.matches[i];
  if (!place || place.entry.kind !== "country") return undefined;
  if (place.entry.form !== "demonym") return place;
  const body = ctx.matches[place.end];
  return isSector(body) ? { ...place, end: body.end } : undefined;
}

/** True when the content word governing the noun phrase moves people ("withdrew", "evacuation"). */
function displaced(ctx: NameContext, nounStart: number, firstToken: number): boolean {
  const { tokens } = ctx.doc;
  for (let i = nounStart - 1; i >= Math.max(firstToken, nounStart - LOOK_BACK); i--) {
    const t = tokens[i];
    if (!t) break;
    if (SKIPPED_POS.has(t.pos) && !isDisplacement(ctx, i)) continue;
    return isDisplacement(ctx, i);
  }
  return false;
}

function isDisplacement(ctx: NameContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (!t) return false;
  const kinds = ctx.kb.functionWords;
  return kinds.get(t.lower) === "displacement" || kinds.get(t.lemma) === "displacement";
}
