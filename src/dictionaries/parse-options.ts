import { dictionaryLines } from "./dictionary-lines.js";

/**
 * Reads a TABARI `.options` file into upper-cased settings: `SET: NAME = VALUE` gives NAME ->
 * VALUE, other `COMMAND: rest` lines give COMMAND -> rest (`LABEL:` lines are kept as
 * `LABEL 030` -> name). `//` lines are comments.
 */
export function parseOptions(file: string, content: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of dictionaryLines(file, content, "tabari")) {
    const m = /^([A-Z ]+):\s*(.*)$/i.exec(l.text);
    if (!m) continue;
    const cmd = (m[1] ?? "").trim().toUpperCase();
    const rest = (m[2] ?? "").trim();
    const set = /^([^=]+?)\s*=\s*(.*)$/.exec(rest);
    if (cmd === "SET" && set) out.set((set[1] ?? "").toUpperCase(), (set[2] ?? "").toUpperCase());
    else if (cmd === "LABEL" && set)
      out.set(`LABEL ${(set[1] ?? "").trim()}`, (set[2] ?? "").trim());
    else out.set(cmd, rest);
  }
  return out;
}
