import { dictionaryLines } from "./dictionary-lines.js";
import type { DiscardEntry } from "./dictionary-types.js";
import { parsePhrase } from "./dictionary-words.js";

/** Parses a PETRARCH discards list: one phrase a line, `+PHRASE` discarding the whole story. */
export function parseDiscards(file: string, content: string): DiscardEntry[] {
  return dictionaryLines(file, content, "petrarch").map((l) => {
    const story = l.text.startsWith("+");
    const phrase = parsePhrase(story ? l.text.slice(1) : l.text, "petrarch");
    return { phrase, story, source: { file, line: l.line } };
  });
}
