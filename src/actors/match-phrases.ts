/**
 * Finds knowledge-base phrases in a document: greedy, left to right, longest match first, so
 * "UN Security Council" wins over "UN" and "New Jersey" (a blocker) over "Jersey".
 */
import type { Doc } from "../core/types.js";
import type { ActorEntry, ActorKnowledgeBase } from "./kb-types.js";
import { personAt } from "./people.js";

/** A phrase occurrence as a token range [start, end). */
export interface PhraseMatch {
  readonly entry: ActorEntry;
  readonly start: number;
  readonly end: number;
}

/** First token index not inside the dateline (a dateline place is where news was filed, not an actor). */
export function firstTokenAfterDateline(doc: Doc): number {
  const end = doc.dateline?.span.end;
  if (end === undefined) return 0;
  let i = 0;
  while (i < doc.tokens.length && (doc.tokens[i]?.start ?? 0) < end) i++;
  return i;
}

/** Share of capitals among letters under which a text counts as written in lower case. */
const CASELESS_SHARE = 0.01;
/** Texts shorter than this many letters are too short to tell. */
const CASELESS_MIN_LETTERS = 40;

/**
 * True when a text is written (almost) without capitals, as some feeds and datasets are: its
 * casing then says nothing about which words are names.
 */
export function isCaseless(text: string): boolean {
  let letters = 0;
  let caps = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 65 && c <= 90) {
      letters++;
      caps++;
    }
  }
  return letters >= CASELESS_MIN_LETTERS && caps <= letters * CASELESS_SHARE;
}

/**
 * Returns an array indexed by token: the phrase that starts at that token, if any. Tokens
 * inside a longer phrase have no entry of their own.
 */
export function matchPhrases(doc: Doc, kb: ActorKnowledgeBase): (PhraseMatch | undefined)[] {
  const { tokens, text } = doc;
  const isTokenEnd = new Uint8Array(text.length + 1);
  const tokenEndingAt = new Int32Array(text.length + 1);
  for (const t of tokens) {
    isTokenEnd[t.end] = 1;
    tokenEndingAt[t.end] = t.i + 1;
  }
  const caseless = isCaseless(text);
  const out = new Array<PhraseMatch | undefined>(tokens.length);
  let i = firstTokenAfterDateline(doc);
  while (i < tokens.length) {
    const tok = tokens[i];
    if (!tok) break;
    const hit = kb.phrases.longest(text, tok.start, isTokenEnd, caseless);
    const last = hit ? (tokenEndingAt[hit.end] ?? 0) - 1 : -1;
    // A phrase never spans a sentence break.
    if (hit && last >= i && tokens[last]?.sentence === tok.sentence) {
      // A listed person takes the post they held at the document date.
      out[i] = { entry: personAt(hit.value, doc.refDate), start: i, end: last + 1 };
      i = last + 1;
    } else {
      i++;
    }
  }
  return out;
}
