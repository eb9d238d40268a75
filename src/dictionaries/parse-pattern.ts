import { DataFileError } from "../core/errors.js";
import type {
  DictWord,
  DictionaryFamily,
  PatternElement,
  Source,
  VerbPattern,
} from "./dictionary-types.js";
import { parsePhrase } from "./dictionary-words.js";

/** Synonym sets by name (`&NAME`, upper-cased), each a list of raw member phrases. */
export type SynsetTable = ReadonlyMap<string, readonly string[]>;

interface RawTok {
  readonly text: string;
  /** Joined to the next token (`_`, or inside a PETRARCH `{}` / `()` group). */
  joined: boolean;
}

const MARKS: Readonly<Record<string, PatternElement["kind"]>> = {
  $: "source",
  "+": "target",
  "%": "compound",
  "^": "skip",
};

/**
 * Parses a verb pattern body (the text between the leading `-` and the `[code]`) into elements
 * before and after the verb `*`. Words separated by spaces may have other words between them;
 * `_` (and PETRARCH `{...}` / `(...)` groups) require adjacency. `{ A | B }` (TABARI) and
 * `&SYNSET` are alternatives; `$` source, `+` target, `%` compound actor, `^` skipped phrase.
 */
export function parsePattern(
  body: string,
  code: string,
  source: Source,
  family: DictionaryFamily,
  synsets: SynsetTable,
): VerbPattern {
  const toks = tokenize(body, family);
  const star = toks.findIndex((t) => t.text === "*");
  if (star < 0) throw new DataFileError(source.file, source.line, `pattern has no "*": "${body}"`);
  const lowerToks = toks.slice(0, star);
  const upperToks = toks.slice(star + 1);
  const verbJoined = toks[star]?.joined ?? false;
  const lower = elements(lowerToks, family, synsets, source).reverse();
  const upper = elements(upperToks, family, synsets, source);
  return { lower, upper, code, source, ...(verbJoined ? { verbJoined } : {}) };
}

/** Splits a pattern into tokens, recording which are joined to their successor. */
function tokenize(body: string, family: DictionaryFamily): RawTok[] {
  const out: RawTok[] = [];
  let depth = 0;
  const re = /([{}()|])|([^\s_{}()|]+)|(_)|(\s+)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const last = out[out.length - 1];
    if (m[1] !== undefined) {
      const c = m[1];
      if (family === "petrarch" && (c === "{" || c === "(")) depth++;
      else if (family === "petrarch" && (c === "}" || c === ")")) {
        depth = Math.max(0, depth - 1);
        if (last) last.joined = false;
      } else out.push({ text: c, joined: false });
    } else if (m[2] !== undefined) {
      out.push({ text: m[2], joined: depth > 0 });
    } else if (m[3] !== undefined && last) {
      last.joined = true;
    }
  }
  return out;
}

/** Groups tokens into elements: marks, words, synsets and `{ a | b }` alternatives. */
function elements(
  toks: RawTok[],
  family: DictionaryFamily,
  synsets: SynsetTable,
  src: Source,
): PatternElement[] {
  const out: PatternElement[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t) continue;
    if (t.text === "{") {
      const close = toks.findIndex((x, j) => j > i && x.text === "}");
      if (close < 0) throw new DataFileError(src.file, src.line, `unclosed "{" in pattern`);
      out.push(
        alternatives(toks.slice(i + 1, close), toks[close]?.joined ?? false, family, synsets),
      );
      i = close;
      continue;
    }
    const mark = MARKS[t.text];
    if (mark) out.push({ kind: mark, joined: t.joined } as PatternElement);
    else if (t.text.startsWith("&"))
      out.push({
        kind: "set",
        options: expandSynset(t.text, family, synsets, 0),
        joined: t.joined,
      });
    else out.push({ kind: "word", word: { ...wordOf(t.text, family), joined: t.joined } });
  }
  return out;
}

function alternatives(
  toks: RawTok[],
  joined: boolean,
  family: DictionaryFamily,
  synsets: SynsetTable,
): PatternElement {
  const options: DictWord[][] = [];
  let cur: string[] = [];
  const flush = (): void => {
    if (cur.length > 0) options.push(...expandPhrase(cur.join("_"), family, synsets, 0));
    cur = [];
  };
  for (const t of toks) {
    if (t.text === "|") flush();
    else cur.push(t.text);
  }
  flush();
  return { kind: "set", options, joined };
}

function wordOf(text: string, family: DictionaryFamily): DictWord {
  const w = parsePhrase(text, family)[0] ?? {
    text: text.toLowerCase(),
    mode: "exact",
    joined: false,
  };
  // PETRARCH patterns name nouns in the singular; let them match plurals too.
  return family === "petrarch" ? { ...w, mode: "regular" } : w;
}

/** The phrases a synset reference stands for, nested synsets expanded (depth-limited). */
export function expandSynset(
  ref: string,
  family: DictionaryFamily,
  synsets: SynsetTable,
  depth: number,
): DictWord[][] {
  const name = ref.replace(/^&/, "").toUpperCase().replace(/_+$/, "");
  const members = synsets.get(name) ?? synsets.get(`${name}_`);
  if (!members || depth > 4) return [[{ text: ref.toLowerCase(), mode: "exact", joined: false }]];
  return members.flatMap((m) => expandPhrase(m, family, synsets, depth + 1));
}

/** A phrase that may contain `&SYNSET` words, as the list of plain phrases it stands for. */
function expandPhrase(
  phrase: string,
  family: DictionaryFamily,
  synsets: SynsetTable,
  depth: number,
): DictWord[][] {
  let acc: DictWord[][] = [[]];
  const parts = phrase
    .trim()
    .split(/[\s_]+/)
    .filter(Boolean);
  for (const p of parts) {
    const opts = p.startsWith("&")
      ? expandSynset(p, family, synsets, depth)
      : [[wordOf(p, family)]];
    acc = acc.flatMap((a) => opts.map((o) => [...a, ...o]));
  }
  return acc.map((ws) => ws.map((w, i) => ({ ...w, joined: i < ws.length - 1 })));
}
