import { DataFileError } from "../core/errors.js";

/** One meaningful line of a dictionary file, comments removed. */
export interface DictLine {
  readonly text: string;
  /** 1-based line number in the file. */
  readonly line: number;
  /** True when the raw line started with whitespace (continuation lines of an entry). */
  readonly indented: boolean;
}

/** Comment styles: PETRARCH uses `#` and `<!-- -->`, TABARI `;` (and `#` at line start). */
export type CommentStyle = "petrarch" | "tabari";

/**
 * Splits a dictionary file into lines with comments and blank lines removed. `<!-- ... -->`
 * comments may span lines; `~~FINISH` ends a TABARI file.
 */
export function dictionaryLines(file: string, content: string, style: CommentStyle): DictLine[] {
  const out: DictLine[] = [];
  const raw = content.replace(/^\uFEFF/, "").split(/\r?\n|\r/);
  let inXml = false;
  for (let i = 0; i < raw.length; i++) {
    let s = raw[i] ?? "";
    if (style === "tabari" && s.startsWith("~~")) break;
    const stripped = stripXmlComments(s, inXml);
    s = stripped.text;
    inXml = stripped.open;
    s = stripLineComment(s, style);
    if (s.trim() === "") continue;
    out.push({ text: s.trim(), line: i + 1, indented: /^\s/.test(s) });
  }
  if (inXml) throw new DataFileError(file, raw.length, "unterminated <!-- comment");
  return out;
}

/** Removes `<!-- -->` (and the sloppy `<! --`) comments, tracking one left open across lines. */
function stripXmlComments(line: string, open: boolean): { text: string; open: boolean } {
  let s = line;
  let out = "";
  let inside = open;
  for (;;) {
    if (inside) {
      const end = s.indexOf("-->");
      if (end < 0) return { text: out, open: true };
      s = s.slice(end + 3);
      inside = false;
    }
    const m = /<!\s*--/.exec(s);
    if (!m) return { text: out + s, open: false };
    out += s.slice(0, m.index);
    s = s.slice(m.index + m[0].length);
    inside = true;
  }
}

function stripLineComment(line: string, style: CommentStyle): string {
  if (style === "petrarch") {
    // `#` inside a code block is a code (`[###]`), not a comment.
    let depth = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === "[") depth++;
      else if (c === "]") depth = Math.max(0, depth - 1);
      else if (c === "#" && depth === 0) return line.slice(0, i);
    }
    return line;
  }
  if (/^\s*(#|\/\/)/.test(line)) return "";
  const i = line.indexOf(";");
  return i < 0 ? line : line.slice(0, i);
}
