/**
 * A character trie over lower-cased, whitespace-collapsed phrases, walked directly over the
 * document text from a token start. Matching on characters (not wink tokens) makes patterns
 * independent of how wink splits "U.S.", "Secretary-General" or "Côte d'Ivoire".
 */

/**
 * A trie node. Most nodes (four in five) have a single child, so the first child sits in two
 * plain fields and only further children go to a Map: the walk runs at every token start, and a
 * field compare is much cheaper than a Map lookup per character.
 */
interface TrieNode {
  /** Key of the first child (-1: none). */
  key: number;
  child: TrieNode | undefined;
  more: Map<number, TrieNode> | undefined;
  /** Children by ASCII code, once a node has many (the root, "the ", "al-"): an array index. */
  ascii: (TrieNode | undefined)[] | undefined;
  variants?: { readonly pattern: string; readonly value: unknown }[];
}

function newNode(): TrieNode {
  return { key: -1, child: undefined, more: undefined, ascii: undefined };
}

/** Fan-out from which a node also indexes its ASCII children by array. */
const ASCII_FANOUT = 8;

function childOf(node: TrieNode, key: number): TrieNode | undefined {
  if (node.key === key) return node.child;
  if (node.ascii !== undefined && key < 128) return node.ascii[key];
  return node.more?.get(key);
}

function addChild(node: TrieNode, key: number): TrieNode {
  const child = newNode();
  if (node.key === -1) {
    node.key = key;
    node.child = child;
  } else {
    node.more ??= new Map();
    node.more.set(key, child);
    if (node.ascii !== undefined) {
      if (key < 128) node.ascii[key] = child;
    } else if (node.more.size >= ASCII_FANOUT) {
      // Built once, when the node gets wide; later children are added to it one by one.
      node.ascii = new Array<TrieNode | undefined>(128).fill(undefined);
      if (node.key < 128) node.ascii[node.key] = node.child;
      for (const [k, c] of node.more) if (k < 128) node.ascii[k] = c;
    }
  }
  return child;
}

/** A phrase found in the text: its end offset and the stored value. */
export interface TrieHit<T> {
  readonly end: number;
  readonly value: T;
  readonly pattern: string;
}

const SPACE = 32;
const lowerCache = new Map<number, number>();

/** Lower-cases one UTF-16 unit and folds typographic apostrophes to "'". */
function foldChar(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  if (c === 0x2019 || c === 0x2018) return 39;
  let l = lowerCache.get(c);
  if (l === undefined) {
    l = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    lowerCache.set(c, l);
  }
  return l;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
}

function isUpper(c: number): boolean {
  return foldChar(c) !== c;
}

/**
 * True when the text's casing fits the pattern's: an all-capital word (an acronym) must be in
 * capitals letter for letter, so "US" does not match "us" and "WHO" does not match "Who"; any
 * other capitalised word needs some capital in the text word, so "Israel" matches "ISRAEL" and a
 * mistyped "iSrael" but not the common word; lower-case patterns match any case.
 */
function casingFits(pattern: string, text: string, start: number, caseless: boolean): boolean {
  let p = start;
  let i = 0;
  while (i < pattern.length) {
    if (pattern.charCodeAt(i) === SPACE) {
      while (p < text.length && isSpace(text.charCodeAt(p))) p++;
      i++;
      continue;
    }
    let end = pattern.indexOf(" ", i);
    if (end < 0) end = pattern.length;
    if (!wordCasingFits(pattern, i, end, text, p, caseless)) return false;
    p += end - i;
    i = end;
  }
  return true;
}

function wordCasingFits(
  pattern: string,
  from: number,
  to: number,
  text: string,
  at: number,
  caseless: boolean,
): boolean {
  let caps = 0;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = pattern.charCodeAt(i);
    if (isUpper(c)) caps++;
    if (foldChar(c) !== c || c !== String.fromCharCode(c).toUpperCase().charCodeAt(0)) letters++;
  }
  if (caps === 0) return true;
  if (caps === letters && to - from > 1) {
    for (let i = from; i < to; i++)
      if (isUpper(pattern.charCodeAt(i)) && !isUpper(text.charCodeAt(at + i - from))) return false;
    return true;
  }
  // A text written all in lower case cannot mark names: "tunisian rioters", "in bihar".
  if (caseless) return true;
  for (let i = 0; i < to - from; i++) if (isUpper(text.charCodeAt(at + i))) return true;
  return false;
}

/** Trie of phrases; values of the same folded key are kept in insertion order. */
export class PhraseTrie<T> {
  private readonly root: TrieNode = newNode();
  private count = 0;

  /** Number of distinct (pattern, value) variants stored. */
  get size(): number {
    return this.count;
  }

  /** Adds a phrase; returns false when the exact same pattern string was already present. */
  add(pattern: string, value: T): boolean {
    let node = this.root;
    const norm = pattern.trim().replace(/\s+/g, " ");
    for (let i = 0; i < norm.length; i++) {
      const k = foldChar(norm.charCodeAt(i));
      node = childOf(node, k) ?? addChild(node, k);
    }
    node.variants ??= [];
    if (node.variants.some((v) => v.pattern === norm)) return false;
    node.variants.push({ pattern: norm, value });
    this.count++;
    return true;
  }

  /** Replaces the value of an exact pattern, or adds it. */
  set(pattern: string, value: T): void {
    if (this.add(pattern, value)) return;
    const norm = pattern.trim().replace(/\s+/g, " ");
    const node = this.walkPattern(norm);
    const v = node?.variants?.find((x) => x.pattern === norm);
    if (v) (v as { value: unknown }).value = value;
  }

  private walkPattern(norm: string): TrieNode | undefined {
    let node: TrieNode | undefined = this.root;
    for (let i = 0; i < norm.length && node; i++)
      node = childOf(node, foldChar(norm.charCodeAt(i)));
    return node;
  }

  /**
   * Longest phrase starting at `start` whose end is a token end (`isTokenEnd[offset]` non-zero)
   * and whose casing fits the text. In a `caseless` text (written without capitals) capitalised
   * words match any case; acronyms still need their capitals ("us" is never the US).
   */
  longest(
    text: string,
    start: number,
    isTokenEnd: Uint8Array,
    caseless = false,
  ): TrieHit<T> | undefined {
    let node: TrieNode | undefined = this.root;
    let p = start;
    let best: TrieHit<T> | undefined;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      let key: number;
      if (isSpace(c)) {
        key = SPACE;
        while (p < text.length && isSpace(text.charCodeAt(p))) p++;
      } else {
        key = foldChar(c);
        p++;
      }
      node = childOf(node, key);
      if (!node) break;
      if (node.variants && isTokenEnd[p] === 1) {
        for (const v of node.variants) {
          if (casingFits(v.pattern, text, start, caseless)) {
            best = { end: p, value: v.value as T, pattern: v.pattern };
            break;
          }
        }
      }
    }
    return best;
  }
}
