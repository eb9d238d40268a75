import { DataFileError } from "../core/errors.js";
import { dictionaryLines } from "./dictionary-lines.js";
import type { AgentEntry, DictWord, DictionaryFamily } from "./dictionary-types.js";
import { parsePhrase, regularPlurals } from "./dictionary-words.js";

const MACRO_DEF = /^!([A-Z0-9_]+)!\s*=\s*(.+)$/i;

/**
 * Parses an agents dictionary: `PHRASE {PLURALS} [~CODE]` (code after the actor's) or
 * `[CODE~]` (before it). PETRARCH: `{}` means no plural, `{X Y}` lists irregular plurals, else a
 * regular plural is formed; `!NAME! = A, B` defines substitutions used as `!NAME!` in phrases.
 * TABARI: a trailing `_` lets the words take regular endings, so no plurals are generated.
 */
export function parseAgents(file: string, content: string, family: DictionaryFamily): AgentEntry[] {
  const macros = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  for (const l of dictionaryLines(file, content, family)) {
    const def = MACRO_DEF.exec(l.text);
    if (def) {
      macros.set(
        (def[1] ?? "").toUpperCase(),
        (def[2] ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      );
      continue;
    }
    const m = /^(.*?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*?)\s*\]\s*$/.exec(l.text);
    if (!m || !m[1] || m[3] === undefined)
      throw new DataFileError(file, l.line, `agent line needs "PHRASE [~CODE]": "${l.text}"`);
    const code = m[3].replace(/\s+/g, "");
    if (!code.includes("~"))
      throw new DataFileError(file, l.line, `agent code must contain "~": "[${m[3]}]"`);
    const prefix = !code.startsWith("~");
    const phrases = agentPhrases(m[1], m[2], macros, family);
    out.push({ phrases, code: code.replace("~", ""), prefix, source: { file, line: l.line } });
  }
  return out;
}

function agentPhrases(
  head: string,
  plurals: string | undefined,
  macros: Map<string, string[]>,
  family: DictionaryFamily,
): DictWord[][] {
  const expanded = expandMacros(head, macros);
  const texts = [...expanded];
  if (family === "petrarch" && expanded.length === 1 && plurals === undefined)
    texts.push(pluralOf(head));
  if (plurals !== undefined) texts.push(...plurals.split(/[\s,]+/).filter(Boolean));
  return texts.map((t) => parsePhrase(t, family)).filter((p) => p.length > 0);
}

function expandMacros(head: string, macros: Map<string, string[]>): string[] {
  const m = /!([A-Z0-9_]+)!/i.exec(head);
  if (!m) return [head];
  const subs = macros.get((m[1] ?? "").toUpperCase()) ?? [];
  return subs.flatMap((s) => expandMacros(head.replace(m[0], s), macros));
}

/** Regular plural of the phrase's last word. */
function pluralOf(head: string): string {
  const words = head
    .trim()
    .replace(/_+$/, "")
    .split(/([\s_]+)/);
  const last = words.pop() ?? "";
  return [...words, regularPlurals(last.toLowerCase())[0] ?? last].join("");
}
