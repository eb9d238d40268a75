/**
 * POLECAT-compatible TSV: the 40 columns of the POLECAT weekly files (header row, tab-separated,
 * several actors `; `-separated), filled from merged events; fields dyad cannot fill are empty.
 * Column meanings: src/export/README.md.
 */
import type { Entity } from "../core/types.js";
import type { EventWithMentions } from "../store/index.js";
import { distinct, num, tsvLine } from "./cells.js";

/** POLECAT column names, in file order. */
export const POLECAT_COLUMNS = [
  "Event ID",
  "Event Date",
  "Event Type",
  "Event Mode",
  "Intensity",
  "Quad Code",
  "Contexts",
  "Actor Name",
  "Actor Country",
  "Actor COW",
  "Primary Actor Sector",
  "Actor Sectors",
  "Actor Title",
  "Actor Name Raw",
  "Wikipedia Actor ID",
  "Recipient Name",
  "Recipient Country",
  "Recipient COW",
  "Primary Recipient Sector",
  "Recipient Sectors",
  "Recipient Title",
  "Recipient Name Raw",
  "Wikipedia Recipient ID",
  "Placename",
  "City",
  "District",
  "Province",
  "Country",
  "Latitude",
  "Longitude",
  "GeoNames ID",
  "Raw Placename",
  "Feature Type",
  "Source",
  "Publication Date",
  "Story People",
  "Story Organizations",
  "Story Locations",
  "Language",
  "Version",
] as const;

/** POLECAT spells quad classes out. */
const QUAD_LABELS = [
  "",
  "VERBAL COOPERATION",
  "MATERIAL COOPERATION",
  "VERBAL CONFLICT",
  "MATERIAL CONFLICT",
];

const SEP = "; ";

/** The header line. */
export function polecatHeader(): string {
  return tsvLine(POLECAT_COLUMNS);
}

/** One event as a POLECAT row (the event must carry its mentions, for sources and versions). */
export function polecatLine(e: EventWithMentions): string {
  const loc = e.location;
  // A gazetteer city carries an admin1 code; a country hit does not.
  const city = loc?.admin1 !== undefined ? loc.text : "";
  return tsvLine([
    e.id,
    e.day,
    e.event,
    e.mode.join(SEP),
    String(e.intensity),
    QUAD_LABELS[e.quad_code] ?? "",
    e.context.join(SEP),
    ...party(e.actor),
    ...party(e.recipient),
    loc?.text ?? "",
    city,
    "",
    "",
    loc?.country ?? "",
    num(loc?.lat),
    num(loc?.lon),
    "",
    loc?.text ?? "",
    "",
    distinct(e.mentions.map((m) => m.articleSource)).join(SEP),
    e.first_report ?? "",
    "",
    "",
    "",
    "en",
    distinct(e.mentions.map((m) => m.coderVersion)).join(SEP),
  ]);
}

/** Name, Country, COW, Primary Sector, Sectors, Title, Name Raw, Wikipedia ID. */
function party(es: readonly Entity[]): string[] {
  return [
    es.map((x) => x.name ?? x.entity_text).join(SEP),
    es.map((x) => x.code).join(SEP),
    "",
    es[0]?.sector[0] ?? "",
    distinct(es.flatMap((x) => x.sector)).join(SEP),
    es.map((x) => x.office ?? "").some((o) => o !== "")
      ? es.map((x) => x.office ?? "").join(SEP)
      : "",
    es.map((x) => x.entity_text).join(SEP),
    "",
  ];
}
