/** Plain-text tables with padded columns, for terminal output. */

/** Renders rows under a header, columns separated by two spaces; the last column is not padded. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return textLines(header, rows)
    .map((l) => `${l}\n`)
    .join("");
}

/** The lines of `textTable` (header first), without newlines. */
export function textLines(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}
