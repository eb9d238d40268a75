import { DataFileError } from "../core/errors.js";
import { dictionaryLines } from "./dictionary-lines.js";
import type { ActorEntry, DatedCode, DictWord, DictionaryFamily } from "./dictionary-types.js";
import { parseDatedCode, splitCodeBlocks } from "./parse-codes.js";
import { parsePhrase } from "./dictionary-words.js";

interface Draft {
  phrases: DictWord[][];
  codes: DatedCode[];
  line: number;
}

/**
 * Parses an actors dictionary (PETRARCH `.actors.txt` or TABARI `.actors`): a name line with
 * optional `[CODE ...]` blocks, `+SYNONYM` lines, and indented code-block lines that follow.
 * TABARI `<NOUN>` / `<ADJECTIVE>` sections are skipped.
 */
export function parseActors(file: string, content: string, family: DictionaryFamily): ActorEntry[] {
  const out: ActorEntry[] = [];
  let cur: Draft | undefined;
  let section: string | undefined;
  const flush = (): void => {
    if (cur) out.push(finish(file, cur));
    cur = undefined;
  };
  for (const l of dictionaryLines(file, content, family)) {
    const tag = /^<\/?([A-Z]+)>$/i.exec(l.text);
    if (tag) {
      section = l.text.startsWith("</") ? undefined : tag[1];
      continue;
    }
    if (section !== undefined) continue;
    const { head, blocks } = splitCodeBlocks(file, l.line, l.text);
    const codes = blocks.map((b) => parseDatedCode(file, l.line, b));
    if (head === "") {
      if (!cur) throw new DataFileError(file, l.line, "code block before any actor name");
      cur.codes.push(...codes);
    } else if (head.startsWith("+")) {
      if (!cur) throw new DataFileError(file, l.line, "synonym before any actor name");
      cur.phrases.push(parsePhrase(head.slice(1), family));
      cur.codes.push(...codes);
    } else {
      flush();
      cur = { phrases: [parsePhrase(head, family)], codes, line: l.line };
    }
  }
  flush();
  return out;
}

function finish(file: string, d: Draft): ActorEntry {
  if (d.codes.length === 0) throw new DataFileError(file, d.line, "actor has no [CODE]");
  const phrases = d.phrases.filter((p) => p.length > 0);
  if (phrases.length === 0) throw new DataFileError(file, d.line, "actor has no name");
  return { phrases, codes: d.codes, source: { file, line: d.line } };
}
