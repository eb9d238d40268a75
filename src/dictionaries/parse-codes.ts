import { DataFileError } from "../core/errors.js";
import type { DatedCode } from "./dictionary-types.js";

/** Every `[...]` block on a line, with the text before the first one. */
export function splitCodeBlocks(
  file: string,
  line: number,
  text: string,
): { head: string; blocks: string[] } {
  const blocks: string[] = [];
  const first = text.indexOf("[");
  const head = first < 0 ? text : text.slice(0, first);
  const re = /\[([^\]]*)\]/g;
  let last = first;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    blocks.push((m[1] ?? "").trim());
    last = m.index + m[0].length;
  }
  if (first >= 0 && text.indexOf("[", last) >= 0)
    throw new DataFileError(file, line, `unclosed "[" in "${text}"`);
  return { head: head.trim(), blocks };
}

/**
 * Parses an actor code block: `CODE`, `CODE <YYMMDD`, `CODE >YYYYMMDD`, `CODE D1-D2` (dates of 6 or
 * 8 digits, spaces allowed around the marks). A block with a date and no code is malformed.
 */
export function parseDatedCode(file: string, line: number, block: string): DatedCode {
  const m = /^(\S+?)\s*(?:([<>])\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))?$/.exec(
    block.trim(),
  );
  const code = m?.[1];
  if (!m || code === undefined || /^\d{6,8}/.test(code) || /[<>]/.test(code)) {
    throw new DataFileError(file, line, `malformed code block "[${block}]"`);
  }
  const mark = m[2];
  const d1 = m[3] ?? m[4];
  if (d1 === undefined) return { code };
  if (mark === "<") return { code, before: fullDate(d1) };
  if (mark === ">") return { code, after: fullDate(d1) };
  return { code, from: fullDate(d1), to: fullDate(m[5] ?? d1) };
}

/** YYMMDD -> YYYYMMDD with the TABARI pivot (00-30 are 2000s); YYYYMMDD unchanged. */
function fullDate(d: string): string {
  if (d.length === 8) return d;
  const yy = Number(d.slice(0, 2));
  return `${yy <= 30 ? "20" : "19"}${d}`;
}

/** The code in force on `date` (YYYYMMDD): the first dated code whose window holds it, else the undated one. */
export function codeOn(codes: readonly DatedCode[], date: string | undefined): string | undefined {
  let fallback: string | undefined;
  for (const c of codes) {
    const dated = c.after !== undefined || c.before !== undefined || c.from !== undefined;
    if (!dated) {
      fallback ??= c.code;
      continue;
    }
    if (date === undefined) continue;
    if (c.before !== undefined && date < c.before) return c.code;
    if (c.after !== undefined && date > c.after) return c.code;
    if (c.from !== undefined && c.to !== undefined && date >= c.from && date <= c.to) return c.code;
  }
  return fallback;
}
