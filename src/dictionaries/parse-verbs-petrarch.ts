import { DataFileError } from "../core/errors.js";
import { dictionaryLines, type DictLine } from "./dictionary-lines.js";
import type { DictWord, VerbEntry, VerbPattern } from "./dictionary-types.js";
import { parsePhrase, regularVerbForms } from "./dictionary-words.js";
import { parsePattern } from "./parse-pattern.js";

interface Block {
  code: string;
  verbs: { forms: DictWord[][]; code?: string; line: number }[];
  patterns: DictLine[];
}

// The closing dashes may be lost to a comment ("--- TROUBLED [---] # NOUN ---").
// Some headers carry two code blocks; the first is the block's code.
const HEADER = /^-{3}\s*([^-[][^[]*?)\s*(?:\[([^\]]*)\]\s*)*(?:-{3})?$/;

/**
 * Parses a PETRARCH verb dictionary (PETRARCH-1 `.verbs.txt` and the CAMEO-2.0 format
 * `.verbs.2.0.txt`): `&SYNSET` blocks of `+member` lines, then `--- NAME [code] ---` blocks of verb
 * lines (`WORD {FORMS} [code]`, `+` marking the verb word of multi-word verbs) and patterns
 * (`- words * words [code]`) shared by every verb of the block.
 */
export function parsePetrarchVerbs(file: string, content: string): VerbEntry[] {
  const lines = dictionaryLines(file, content, "petrarch");
  const synsets = readSynsets(lines);
  const out: VerbEntry[] = [];
  let block: Block | undefined;
  let inSynset = false;
  const flush = (): void => {
    if (block) out.push(...finishBlock(file, block, synsets));
    block = undefined;
  };
  for (const l of lines) {
    const h = HEADER.exec(l.text);
    if (h) {
      flush();
      block = { code: (h[2] ?? "---").trim(), verbs: [], patterns: [] };
      inSynset = false;
    } else if (l.text.startsWith("&")) {
      flush();
      inSynset = true;
    } else if (inSynset && l.text.startsWith("+")) {
      continue;
    } else if (!block) {
      throw new DataFileError(file, l.line, `line outside any verb block: "${l.text}"`);
    } else if (l.text.startsWith("-") || l.text.includes("*")) {
      block.patterns.push(l);
    } else {
      block.verbs.push(verbLine(file, l));
    }
  }
  flush();
  return out;
}

/** Collects `&NAME` synsets anywhere in the file (they may be used before they are defined). */
function readSynsets(lines: readonly DictLine[]): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  let cur: string[] | undefined;
  for (const l of lines) {
    if (l.text.startsWith("&")) {
      cur = [];
      sets.set(l.text.split(/\s+/)[0]?.slice(1).toUpperCase() ?? "", cur);
    } else if (cur && l.text.startsWith("+")) cur.push(l.text.slice(1).trim());
    else cur = undefined;
  }
  return sets;
}

function verbLine(file: string, l: DictLine): { forms: DictWord[][]; code?: string; line: number } {
  const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(l.text);
  if (!m || m[1] === undefined)
    throw new DataFileError(file, l.line, `malformed verb line "${l.text}"`);
  const explicit = (m[2] ?? "").split(/[\s,]+/).filter(Boolean);
  const base = m[1].trim();
  const forms = explicit.length > 0 ? [base, ...explicit] : generatedForms(base);
  const code = m[3]?.trim();
  return {
    forms: forms.map((f) => parsePhrase(f.replace(/\+/g, ""), "petrarch")),
    ...(code ? { code } : {}),
    line: l.line,
  };
}

/** Regular forms of the `+`-marked word (else the only word) of a verb phrase. */
function generatedForms(base: string): string[] {
  const words = base.split(/[\s_]+/).filter(Boolean);
  let v = words.findIndex((w) => w.startsWith("+"));
  if (v < 0) v = 0;
  const head = (words[v] ?? "").replace(/^\+/, "").toLowerCase();
  return regularVerbForms(head).map((f) =>
    words.map((w, i) => (i === v ? f : w.replace(/^\+/, ""))).join("_"),
  );
}

function finishBlock(file: string, b: Block, synsets: Map<string, string[]>): VerbEntry[] {
  const patterns: VerbPattern[] = [];
  for (const p of b.patterns) {
    const m = /^-?\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(p.text);
    if (!m || m[1] === undefined || m[2] === undefined)
      throw new DataFileError(file, p.line, `pattern has no [code]: "${p.text}"`);
    patterns.push(parsePattern(m[1], m[2].trim(), { file, line: p.line }, "petrarch", synsets));
  }
  return b.verbs.map((v) => ({
    forms: v.forms,
    code: v.code ?? b.code,
    patterns,
    source: { file, line: v.line },
  }));
}
