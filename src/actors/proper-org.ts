/**
 * Proper organisation names that open with a country or demonym: "Rwandan Patriotic Front",
 * "Kenya Anti-Corruption Commission", "Syrian Observatory for Human Rights". The whole name is one
 * organisation of that country; its head word (data/actors/org-heads.tsv) gives the sector.
 */
import { isCapitalised, type NameContext } from "./person-name.js";

/** Longest proper name we read after the country word. */
const MAX_NAME_TOKENS = 6;
/** Lower-case words allowed inside a proper name. */
const INNER = new Set(["for", "of", "and", "the", "-", "&"]);

/** An organisation name found after a country word: where it ends and the sectors of its head. */
export interface ProperOrg {
  readonly end: number;
  readonly head: number;
  readonly sector: readonly string[];
}

/** Reads "Patriotic Front" / "Observatory for Human Rights" starting at token `j`; undefined if none. */
export function properOrgAfter(
  ctx: NameContext,
  j: number,
  sentenceEnd: number,
): ProperOrg | undefined {
  const { tokens } = ctx.doc;
  let head: { i: number; sector: readonly string[] } | undefined;
  let end = -1;
  // After the head word only an "of"/"for" phrase continues the name ("Observatory for Human
  // Rights"); a bare capitalised word ends it ("Malaysia Airlines Boeing": Boeing is no part of it).
  let open = true;
  for (let i = j; i < sentenceEnd && i - j < MAX_NAME_TOKENS; i++) {
    const t = tokens[i];
    if (!t) break;
    const m = ctx.matches[i];
    // Another actor, a person or a title ends the name ("Syrian President Bashar Assad").
    if ((m && m.entry.kind !== "sector") || m?.entry.officeTitle) break;
    if (isCapitalised(t) && (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "ADJ")) {
      if (!open) break;
      const sector = ctx.kb.orgHeads.get(t.lower);
      if (sector && !head) {
        head = { i, sector };
        open = false;
      }
      end = i + 1;
    } else if (INNER.has(t.lower) && i !== j) open = true;
    else break;
  }
  if (!head || end <= j) return undefined;
  return { end, head: head.i, sector: head.sector };
}
