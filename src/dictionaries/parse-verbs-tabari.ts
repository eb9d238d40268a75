import { DataFileError } from "../core/errors.js";
import { dictionaryLines, type DictLine } from "./dictionary-lines.js";
import type { DictWord, VerbEntry, VerbPattern } from "./dictionary-types.js";
import { parsePhrase } from "./dictionary-words.js";
import { parsePattern } from "./parse-pattern.js";

interface Draft {
  forms: DictWord[][];
  code: string;
  patterns: VerbPattern[];
  line: number;
}

/**
 * Parses a TABARI `.verbs` dictionary: a `<SYNSETS>` section of `&NAME` / `+member` lines, a
 * `<TIME>` section (skipped), then verb lines `PHRASE [code]`, optional `{ FORM FORM }` lines
 * giving more surface forms, and pattern lines `- words * words [code]`.
 */
export function parseTabariVerbs(file: string, content: string): VerbEntry[] {
  const lines = dictionaryLines(file, content, "tabari");
  const { synsets, body } = splitSections(lines);
  const out: VerbEntry[] = [];
  let cur: Draft | undefined;
  for (const l of body) {
    if (l.text.startsWith("{")) {
      if (!cur) throw new DataFileError(file, l.line, "verb forms before any verb");
      const inner = l.text.replace(/[{}]/g, " ").trim().split(/\s+/).filter(Boolean);
      cur.forms.push(...inner.map((f) => parsePhrase(f, "tabari")));
    } else if (l.text.startsWith("-")) {
      if (!cur) throw new DataFileError(file, l.line, "pattern before any verb");
      cur.patterns.push(patternLine(file, l, synsets));
    } else {
      if (cur) out.push(finish(file, cur));
      cur = verbLine(file, l);
    }
  }
  if (cur) out.push(finish(file, cur));
  return out;
}

/** Pulls the synsets out and drops the `<TIME>` section; the rest are verb entries. */
function splitSections(lines: readonly DictLine[]): {
  synsets: Map<string, string[]>;
  body: DictLine[];
} {
  const synsets = new Map<string, string[]>();
  const body: DictLine[] = [];
  let section: string | undefined;
  let cur: string[] | undefined;
  for (const l of lines) {
    const tag = /^<(\/?)([A-Z]+)>$/i.exec(l.text);
    if (tag) {
      section = tag[1] === "/" ? undefined : (tag[2] ?? "").toUpperCase();
      continue;
    }
    if (section === "TIME") continue;
    if (section === "SYNSETS") {
      if (l.text.startsWith("&")) {
        cur = [];
        synsets.set(l.text.split(/\s+/)[0]?.slice(1).toUpperCase() ?? "", cur);
      } else if (l.text.startsWith("+")) cur?.push(l.text.slice(1).trim());
      continue;
    }
    body.push(l);
  }
  return { synsets, body };
}

function verbLine(file: string, l: DictLine): Draft {
  const m = /^(.*?)\s*\[([^\]]*)\]\s*$/.exec(l.text);
  if (!m || m[1] === undefined || m[2] === undefined || m[1] === "") {
    throw new DataFileError(file, l.line, `verb line needs "PHRASE [code]": "${l.text}"`);
  }
  return { forms: [parsePhrase(m[1], "tabari")], code: m[2].trim(), patterns: [], line: l.line };
}

function patternLine(file: string, l: DictLine, synsets: Map<string, string[]>): VerbPattern {
  const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(l.text);
  if (!m || m[1] === undefined || m[2] === undefined)
    throw new DataFileError(file, l.line, `pattern has no [code]: "${l.text}"`);
  return parsePattern(m[1], m[2].trim(), { file, line: l.line }, "tabari", synsets);
}

function finish(file: string, d: Draft): VerbEntry {
  return { forms: d.forms, code: d.code, patterns: d.patterns, source: { file, line: d.line } };
}
