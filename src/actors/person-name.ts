/**
 * Reads a personal name from the token stream: capitalised words, optional honorifics in
 * front ("Sayyid Badr Albusaidi" -> "Badr Albusaidi") and name particles inside ("al-Safadi").
 */
import type { Doc, Token } from "../core/types.js";
import type { ActorEntry, ActorKnowledgeBase } from "./kb-types.js";
import type { PhraseMatch } from "./match-phrases.js";

/** Longest name we accept; longer capitalised runs are headlines or titles, not names. */
const MAX_NAME_TOKENS = 5;
const NAME_POS = new Set(["PROPN", "NOUN", "ADJ", "X", "VERB"]);

/** A personal name as a token range, with the honorifics before it. */
export interface NameRun {
  /** First token after any honorific. */
  readonly start: number;
  readonly end: number;
  /** Where the phrase starts, honorifics included. */
  readonly phraseStart: number;
  /** A listed (people.tsv or user-dictionary) person the name matched, if any. */
  readonly person?: ActorEntry;
}

/** Context the name reader needs. */
export interface NameContext {
  readonly doc: Doc;
  readonly kb: ActorKnowledgeBase;
  readonly matches: readonly (PhraseMatch | undefined)[];
}

/** True when a token starts with a capital letter. */
export function isCapitalised(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

/** True when a phrase match is a person from people.tsv or a user dictionary. */
export function isPersonEntry(e: ActorEntry | undefined): e is ActorEntry {
  return e !== undefined && (e.kind === "person" || (e.kind === "user" && e.form === "person"));
}

/** True for a capitalised word that can be part of a personal name and is no other dictionary phrase. */
export function isNameWord(ctx: NameContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (!t || !isCapitalised(t) || !NAME_POS.has(t.pos)) return false;
  if (ctx.kb.functionWords.get(t.lower) === "not-name") return false;
  const m = ctx.matches[i];
  return m === undefined || isPersonEntry(m.entry);
}

function isJoiner(ctx: NameContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (!t) return false;
  return t.text === "-" || ctx.matches[i]?.entry.kind === "particle";
}

/**
 * Reads a name starting at token `k` (honorifics first); undefined when there is none. A listed
 * person inside the name is adopted when it ends the name ("Omar Hassan al-Bashir" -> al-Bashir),
 * not when it only begins it ("Abbas Araghchi" is not Mahmoud Abbas).
 */
export function readName(ctx: NameContext, k: number, sentenceEnd: number): NameRun | undefined {
  let i = k;
  while (i < sentenceEnd && ctx.matches[i]?.entry.kind === "honorific")
    i = ctx.matches[i]?.end ?? i + 1;
  const start = i;
  let end = -1;
  let person: PhraseMatch | undefined;
  // Joiners do not count: "Hamad bin Khalifa al-Thani" is four name words in seven tokens.
  let words = 0;
  while (i < sentenceEnd && words < MAX_NAME_TOKENS) {
    const m = ctx.matches[i];
    const next = m?.end ?? i + 1;
    if (isNameWord(ctx, i) || isPersonEntry(m?.entry)) {
      words++;
      end = next;
      person = isPersonEntry(m?.entry) ? m : undefined;
    } else if (!isJoiner(ctx, i)) break;
    i = next;
  }
  if (end <= start) return undefined;
  const adopted = person && person.end === end ? { person: person.entry } : {};
  return { start, end, phraseStart: k, ...adopted };
}

/** The lower-cased name words of a token range, without particles and hyphens. */
export function nameWords(ctx: NameContext, start: number, end: number): string[] {
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    const t = ctx.doc.tokens[i];
    if (t && isCapitalised(t)) out.push(t.lower);
  }
  return out;
}
