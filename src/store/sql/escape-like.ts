/** Escapes LIKE wildcards (`%`, `_`) and the escape character itself with backslashes. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
