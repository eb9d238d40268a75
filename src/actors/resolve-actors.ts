/**
 * The actor stage: finds countries, organisations, people with their offices, sector groups
 * and coreferent mentions in an annotated document.
 */
import { lookupPlace } from "../annotate/gazetteer.js";
import type { Doc, Mention } from "../core/types.js";
import { PhraseAssembler } from "./actor-phrases.js";
import { applyApposition } from "./apposition.js";
import { nameCoref, orgDescriptionCoref, roleCoref } from "./coref.js";
import { fillCounterparts } from "./counterpart.js";
import { rootOf, type Draft } from "./draft.js";
import { groupCoref } from "./group-coref.js";
import { fillHomeCountry } from "./home-country.js";
import type { ActorKnowledgeBase } from "./kb-types.js";
import { firstTokenAfterDateline, matchPhrases } from "./match-phrases.js";
import type { NameContext } from "./person-name.js";
import { pronounCoref } from "./pronoun-coref.js";

function coveredMask(n: number, drafts: readonly Draft[]): Uint8Array {
  const mask = new Uint8Array(n);
  for (const d of drafts) mask.fill(1, d.tokenStart, d.tokenEnd);
  return mask;
}

function toMentions(doc: Doc, drafts: readonly Draft[]): Mention[] {
  const sorted = [...drafts].sort((a, b) => a.tokenStart - b.tokenStart || a.tokenEnd - b.tokenEnd);
  const ids = new Map<Draft, number>();
  sorted.forEach((d, i) => ids.set(d, i));
  return sorted.map((d, id) => {
    const start = doc.tokens[d.tokenStart]?.start ?? 0;
    const end = doc.tokens[d.tokenEnd - 1]?.end ?? start;
    const text = doc.text.slice(start, end);
    const { code, sector, name, office } = d.entity;
    const root = d.antecedent ? ids.get(rootOf(d)) : undefined;
    return {
      id,
      kind: d.kind,
      span: { start, end, text },
      sentence: doc.tokens[d.tokenStart]?.sentence ?? 0,
      tokenStart: d.tokenStart,
      tokenEnd: d.tokenEnd,
      head: d.head,
      entity: {
        code,
        sector: [...sector],
        entity_text: text,
        ...(name !== undefined ? { name } : {}),
        ...(office !== undefined ? { office } : {}),
      },
      modifierOnly: d.modifierOnly,
      ...(root !== undefined ? { antecedent: root } : {}),
      rule: d.rule,
    };
  });
}

/** The country of the city a wire was filed from, when the gazetteer knows it. */
function datelineCountry(doc: Doc): string | undefined {
  return doc.dateline ? lookupPlace(doc.dateline.place.text)?.country : undefined;
}

/**
 * Resolves the actor mentions of a document: dictionary phrases, sector groups, titled and
 * appositive persons, then surname, role-noun and pronoun coreference. Mentions are sorted by
 * position and numbered from 0; `antecedent` points to the first mention of the chain.
 */
export function resolveActors(doc: Doc, kb: ActorKnowledgeBase): Mention[] {
  const matches = matchPhrases(doc, kb);
  const ctx: NameContext = { doc, kb, matches };
  const from = firstTokenAfterDateline(doc);
  const drafts: Draft[] = [];
  for (const s of doc.sentences) {
    if (s.endToken <= from) continue;
    drafts.push(...applyApposition(new PhraseAssembler(ctx, s, from).run(), ctx, s));
  }
  drafts.push(...nameCoref(drafts, ctx, coveredMask(doc.tokens.length, drafts), from));
  drafts.sort((a, b) => a.tokenStart - b.tokenStart);
  roleCoref(drafts);
  fillHomeCountry(drafts, datelineCountry(doc));
  drafts.push(...groupCoref(drafts, ctx));
  drafts.sort((a, b) => a.tokenStart - b.tokenStart);
  drafts.push(...orgDescriptionCoref(drafts, ctx, coveredMask(doc.tokens.length, drafts), from));
  drafts.sort((a, b) => a.tokenStart - b.tokenStart);
  drafts.push(...pronounCoref(drafts, ctx, coveredMask(doc.tokens.length, drafts), from));
  fillCounterparts(drafts, ctx);
  return toMentions(doc, drafts);
}
