import type { DictWord, DictionaryFamily, WordMode } from "./dictionary-types.js";

/** Endings a TABARI word marked with a trailing `_` may carry ("regular" nouns and verbs). */
const REGULAR_ENDINGS: ReadonlySet<string> = new Set([
  "",
  "s",
  "es",
  "ed",
  "d",
  "ing",
  "en",
  "'s",
  "'",
]);

/**
 * Parses a dictionary phrase into words. PETRARCH: `_` and spaces both join consecutive words
 * and words match exactly. TABARI: `_` joins consecutive words, a space allows a short gap; a
 * word followed by `_` takes regular endings, `=` matches exactly, other words match as stems.
 */
export function parsePhrase(phrase: string, family: DictionaryFamily): DictWord[] {
  const out: DictWord[] = [];
  const re = /([^\s_]+)(_?)/g;
  const text = phrase.trim();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[1] ?? "";
    const underscore = m[2] === "_";
    const end = m.index + m[0].length;
    const joinedNext = underscore && end < text.length && !/\s/.test(text[end] ?? "");
    out.push(makeWord(raw, underscore, family === "petrarch" || joinedNext, family));
  }
  return out;
}

function makeWord(
  raw: string,
  underscore: boolean,
  joined: boolean,
  family: DictionaryFamily,
): DictWord {
  let text = raw.toLowerCase();
  let mode: WordMode = family === "petrarch" ? "exact" : underscore ? "regular" : "stem";
  if (text.endsWith("=")) {
    text = text.slice(0, -1);
    mode = "exact";
  } else if (text.endsWith("~") && text.length > 1) {
    text = text.slice(0, -1);
    mode = "stem";
  }
  return { text, mode, joined };
}

/** True when the text word (lower-cased) is matched by the dictionary word. */
export function wordMatches(w: DictWord, text: string): boolean {
  if (w.mode === "exact") return text === w.text;
  if (!text.startsWith(w.text)) return false;
  return w.mode === "stem" || REGULAR_ENDINGS.has(text.slice(w.text.length));
}

/** The keys a text word can be looked up under in a prefix index (itself and its prefixes). */
export function lookupKeys(text: string): string[] {
  const keys: string[] = [];
  for (let n = text.length; n >= 1; n--) keys.push(text.slice(0, n));
  return keys;
}

/**
 * Regular English forms of a PETRARCH verb or noun (base, -s/-es/-ies, -ed/-d/-ied, -ing), as
 * PETRARCH generates them when the dictionary lists no explicit forms.
 */
export function regularVerbForms(base: string): string[] {
  const forms = new Set([base]);
  const cy = /[^aeiou]y$/.test(base);
  if (/(s|x|z|ch|sh)$/.test(base)) forms.add(`${base}es`);
  else if (cy) forms.add(`${base.slice(0, -1)}ies`);
  else forms.add(`${base}s`);
  if (base.endsWith("e")) forms.add(`${base}d`);
  else if (cy) forms.add(`${base.slice(0, -1)}ied`);
  else forms.add(`${base}ed`);
  forms.add(base.endsWith("e") && !base.endsWith("ee") ? `${base.slice(0, -1)}ing` : `${base}ing`);
  return [...forms];
}

/** Regular plural forms of a PETRARCH agent noun (its last word), as PETRARCH generates them. */
export function regularPlurals(base: string): string[] {
  if (/(s|x|z|ch|sh)$/.test(base)) return [`${base}es`];
  if (/[^aeiou]y$/.test(base)) return [`${base.slice(0, -1)}ies`];
  if (base.endsWith("man")) return [`${base.slice(0, -3)}men`];
  return [`${base}s`];
}
