import type { Doc, Sentence } from "../core/types.js";

/** One word of a sentence as the dictionaries see it (hyphenated words glued, `_` split). */
export interface Word {
  /** Lower-cased text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Universal POS of the (first) token. */
  readonly pos: string;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  readonly punct: boolean;
}

/**
 * The words of one sentence: wink tokens, with hyphen pieces written without spaces glued back
 * ("Barad-dur", "anti-") and words joined by `_` split, as the dictionaries write them.
 */
export function sentenceWords(doc: Doc, s: Sentence): Word[] {
  const out: Word[] = [];
  let glueNext = false;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = doc.tokens[i];
    // Text written with dictionary-style underscores ("Dol_Amroth"): the underscore is a space.
    if (!t || /^_+$/.test(t.text)) continue;
    const prev = out[out.length - 1];
    const touching = prev !== undefined && prev.end === t.start;
    if (prev && touching && (t.text === "-" || glueNext)) {
      out[out.length - 1] = { ...prev, text: prev.text + t.lower, end: t.end };
      glueNext = t.text === "-";
      continue;
    }
    glueNext = false;
    out.push(...splitUnderscores(t.text, t.start, t.pos));
  }
  return out;
}

function splitUnderscores(text: string, start: number, pos: string): Word[] {
  const parts = text.includes("_") && text.length > 1 ? text.split("_") : [text];
  const out: Word[] = [];
  let at = start;
  for (const p of parts) {
    if (p !== "") out.push(word(p, at, pos));
    at += p.length + 1;
  }
  return out;
}

function word(text: string, start: number, pos: string): Word {
  return {
    text: text.toLowerCase(),
    start,
    end: start + text.length,
    pos,
    cap: /^[A-Z]/.test(text),
    punct: pos === "PUNCT" || /^[^\p{L}\p{N}]+$/u.test(text),
  };
}
