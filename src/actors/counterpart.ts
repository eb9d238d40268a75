/**
 * "met his Omani counterpart": a counterpart holds the same office as the one whose counterpart it
 * is, in the country its own modifier names. The office and sectors come from the possessive
 * pronoun before the phrase; the country never does.
 */
import { rootOf, type Draft } from "./draft.js";
import type { NameContext } from "./person-name.js";

/** True when the draft's head word names a counterpart (function-words.tsv kind `counterpart`). */
export function isCounterpart(d: Draft, ctx: NameContext): boolean {
  const head = ctx.doc.tokens[d.head];
  return head !== undefined && ctx.kb.functionWords.get(head.lower) === "counterpart";
}

/**
 * Gives each counterpart draft that follows a resolved possessive pronoun ("his", "their") the
 * office and sectors of the pronoun's antecedent, keeping the counterpart's own country.
 */
export function fillCounterparts(drafts: readonly Draft[], ctx: NameContext): void {
  const pronounAt = new Map<number, Draft>();
  for (const d of drafts) if (d.kind === "pronoun") pronounAt.set(d.tokenEnd, d);
  for (const d of drafts) {
    if (d.antecedent || !isCounterpart(d, ctx)) continue;
    const owner = pronounAt.get(d.tokenStart);
    if (!owner) continue;
    const { sector, office } = rootOf(owner).entity;
    if (sector.length === 0) continue;
    d.entity = { ...d.entity, sector: [...sector], ...(office !== undefined ? { office } : {}) };
    d.rule = `${d.rule}+counterpart-office`;
  }
}
