/**
 * Cell encoders and entity helpers shared by the export formats.
 */
import type { Entity, EventRecord } from "../core/types.js";

/** Quotes a CSV cell per RFC 4180 when it needs it. */
export function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * A TSV cell: tabs and line breaks become spaces, because the TSV readers of GDELT and POLECAT
 * (R `read_tsv`, pandas with `quoting=QUOTE_NONE`) do not unquote.
 */
export function tsvCell(v: string): string {
  return v.replace(/[\t\r\n]+/g, " ");
}

/** One CSV line (with newline). */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\n`;
}

/** One TSV line (with newline). */
export function tsvLine(cells: readonly string[]): string {
  return `${cells.map(tsvCell).join("\t")}\n`;
}

/** Number as text, "" when absent. */
export function num(v: number | undefined): string {
  return v === undefined || Number.isNaN(v) ? "" : String(v);
}

/** `CHN GOV; OMN GOV`: each entity's code and sectors, as `dyad code` writes them. */
export function entityCodes(es: readonly Entity[]): string {
  return es.map((e) => [e.code, ...e.sector].join(" ")).join("; ");
}

/** Canonical names (else the text that named the entity), `; `-separated. */
export function entityNames(es: readonly Entity[]): string {
  return es.map((e) => e.name ?? e.entity_text).join("; ");
}

/** Distinct non-empty values in first-seen order. */
export function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v !== ""))];
}

/**
 * The coding columns every flat event format shares, in order (`dyad code --format csv` and the
 * event CSV of `dyad export`): type, mode, context, quad, intensity, CAMEO and both parties.
 */
export const CODING_COLUMNS = [
  "event",
  "mode",
  "context",
  "quad_code",
  "intensity",
  "cameo",
  "actor",
  "actor_names",
  "recipient",
  "recipient_names",
] as const;

/** A column of {@link CODING_COLUMNS}. */
export type CodingColumn = (typeof CODING_COLUMNS)[number];

/** The fields of an event record (or a merged event) that the coding columns show. */
export type CodingFields = Pick<
  EventRecord,
  "event" | "mode" | "context" | "quad_code" | "intensity" | "cameo" | "actor" | "recipient"
>;

/** The {@link CODING_COLUMNS} cells of an event. */
export function codingCells(e: CodingFields): Record<CodingColumn, string> {
  return {
    event: e.event,
    mode: e.mode.join(";"),
    context: e.context.join(";"),
    quad_code: String(e.quad_code),
    intensity: String(e.intensity),
    cameo: e.cameo,
    actor: entityCodes(e.actor),
    actor_names: entityNames(e.actor),
    recipient: entityCodes(e.recipient),
    recipient_names: entityNames(e.recipient),
  };
}
