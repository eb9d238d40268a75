/**
 * Pronoun resolution: "he", "they", "its" -> the earlier actor they stand for, preferring the
 * first compatible actor (the likely subject) of the nearest sentence that has one. A pronoun in
 * a fronted clause ("Noting that he ..., the minister said") points forward instead.
 */
import { rootOf, type Draft } from "./draft.js";
import { pronounFits } from "./coref.js";
import type { PronounEntry } from "./kb-types.js";
import type { NameContext } from "./person-name.js";

const PRONOUN_POS = new Set(["PRON", "DET"]);

function bySentence(drafts: readonly Draft[], ctx: NameContext): Draft[][] {
  const out: Draft[][] = ctx.doc.sentences.map(() => []);
  for (const d of drafts) out[ctx.doc.tokens[d.tokenStart]?.sentence ?? 0]?.push(d);
  for (const list of out) list.sort((a, b) => a.tokenStart - b.tokenStart);
  return out;
}

/** A compatible actor later in the same sentence, past a comma, when the sentence opens with a fronted clause. */
function cataphoric(
  ctx: NameContext,
  list: readonly Draft[],
  p: number,
  pron: PronounEntry,
): Draft | undefined {
  const s = ctx.doc.sentences[ctx.doc.tokens[p]?.sentence ?? 0];
  if (!s || ctx.kb.functionWords.get(ctx.doc.tokens[s.firstToken]?.lower ?? "") !== "cataphora")
    return undefined;
  let comma = false;
  let i = p + 1;
  for (const d of list) {
    if (d.tokenStart <= p) continue;
    for (; i < d.tokenStart; i++) if (ctx.doc.tokens[i]?.text === ",") comma = true;
    if (comma && pronounFits(d, pron.refersTo)) return d;
  }
  return undefined;
}

/** ", he said": the pronoun is the speaker of the quote before it, not one of the actors quoted. */
function isQuoteSpeaker(ctx: NameContext, p: number): boolean {
  const next = ctx.doc.tokens[p + 1];
  const fw = ctx.kb.functionWords;
  const speech =
    next !== undefined && (fw.get(next.lemma) === "speech" || fw.get(next.lower) === "speech");
  return speech && ctx.doc.tokens[p - 1]?.text === ",";
}

/**
 * A person pronoun prefers the first person of the sentence (its likely subject); "it", "they"
 * prefer the nearest actor before them.
 */
function sameSentence(here: readonly Draft[], p: number, pron: PronounEntry): Draft | undefined {
  const before = here.filter((d) => d.tokenStart < p && pronounFits(d, pron.refersTo));
  return pron.refersTo === "person" ? before[0] : before[before.length - 1];
}

function antecedentFor(
  ctx: NameContext,
  sentences: Draft[][],
  p: number,
  pron: PronounEntry,
): Draft | undefined {
  const s = ctx.doc.tokens[p]?.sentence ?? 0;
  const here = sentences[s] ?? [];
  const forward = cataphoric(ctx, here, p, pron);
  if (forward) return forward;
  const before = isQuoteSpeaker(ctx, p) ? undefined : sameSentence(here, p, pron);
  if (before) return before;
  for (let back = 1; back <= pron.window && s - back >= 0; back++) {
    const found = sentences[s - back]?.find((d) => pronounFits(d, pron.refersTo));
    if (found) return found;
  }
  return undefined;
}

/**
 * "they" after "the three ministers": a plural pronoun takes every mention over its antecedent's
 * words (the parties of a group), so the event coder sees the same compound actor.
 */
function antecedentGroup(
  ctx: NameContext,
  sentences: readonly Draft[][],
  found: Draft,
  pron: PronounEntry,
): Draft[] {
  if (pron.refersTo !== "group") return [found];
  const list = sentences[ctx.doc.tokens[found.tokenStart]?.sentence ?? 0] ?? [];
  const same = list.filter(
    (d) => d.tokenStart === found.tokenStart && d.tokenEnd === found.tokenEnd,
  );
  return same.length > 1 ? same : [found];
}

/** Resolves pronouns outside existing drafts; returns one pronoun draft per resolved pronoun and party. */
export function pronounCoref(
  drafts: readonly Draft[],
  ctx: NameContext,
  covered: Uint8Array,
  from: number,
): Draft[] {
  const sentences = bySentence(drafts, ctx);
  const added: Draft[] = [];
  const { tokens } = ctx.doc;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    const pron =
      t && !covered[i] && PRONOUN_POS.has(t.pos) ? ctx.kb.pronouns.get(t.lower) : undefined;
    if (!t || !pron) continue;
    const found = antecedentFor(ctx, sentences, i, pron);
    if (!found) continue;
    const made = antecedentGroup(ctx, sentences, found, pron).map((a): Draft => {
      const root = rootOf(a);
      return {
        kind: "pronoun",
        tokenStart: i,
        tokenEnd: i + 1,
        head: i,
        entity: { ...root.entity },
        modifierOnly: false,
        rule: pron.id,
        plural: pron.refersTo !== "person",
        antecedent: root,
        pronounOf: pron.refersTo,
      };
    });
    added.push(...made);
    // Later pronouns may chain through this one; keep the sentence list ordered.
    const list = sentences[t.sentence];
    if (list) {
      list.push(...made);
      list.sort((a, b) => a.tokenStart - b.tokenStart);
    }
  }
  return added;
}
