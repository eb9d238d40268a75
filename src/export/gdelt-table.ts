/**
 * GDELT-2.0-compatible event table: the 61 tab-separated columns of GDELT 2.0 `*.export.CSV`
 * files, no header row (as GDELT's own files), one row per merged event. Fields dyad cannot fill
 * (tone, FIPS geography, GeoNames ids, ...) are empty. Column meanings: src/export/README.md.
 */
import { ontology } from "../core/ontology.js";
import type { Entity } from "../core/types.js";
import type { EventWithMentions } from "../store/index.js";
import { num, tsvLine } from "./cells.js";

/** GDELT 2.0 event column names, in file order. */
export const GDELT_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  ...actorColumns("Actor1"),
  ...actorColumns("Actor2"),
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  ...geoColumns("Actor1Geo"),
  ...geoColumns("Actor2Geo"),
  ...geoColumns("ActionGeo"),
  "DATEADDED",
  "SOURCEURL",
];

/** PLOVER non-state pseudo-countries: no country code in GDELT's sense. */
const NON_STATE = new Set(["IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "---"]);

function actorColumns(p: string): string[] {
  return [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
  ].map((c) => p + c);
}

function geoColumns(p: string): string[] {
  return [
    "_Type",
    "_FullName",
    "_CountryCode",
    "_ADM1Code",
    "_ADM2Code",
    "_Lat",
    "_Long",
    "_FeatureID",
  ].map((c) => p + c);
}

/**
 * A numeric GLOBALEVENTID from the event id: the first 13 hex digits (52 bits) of its SHA-256-based
 * id, so it fits an int64 and a double exactly and stays stable across exports.
 */
export function gdeltEventId(id: string): string {
  const hex = id
    .replace(/^[a-z0-9]+:/i, "")
    .replace(/[^0-9a-f]/gi, "")
    .slice(0, 13);
  return hex === "" ? "" : String(parseInt(hex, 16));
}

/** One event as a GDELT row (the event must carry its mentions, for SOURCEURL). */
export function gdeltLine(e: EventWithMentions): string {
  const [a1, a2] = [e.actor[0], e.recipient[0] ?? e.actor[1]];
  const cameo = e.cameo;
  return tsvLine([
    gdeltEventId(e.id),
    ...dateCells(e.day),
    ...actorCells(a1),
    ...actorCells(a2),
    "",
    cameo,
    cameo.slice(0, 3),
    cameo.slice(0, 2),
    String(e.quad_code),
    goldstein(cameo),
    String(e.mention_count),
    String(e.source_count),
    String(e.article_count),
    "",
    ...geoCells(undefined),
    ...geoCells(undefined),
    ...geoCells(e),
    "",
    e.mentions.find((m) => m.articleUrl)?.articleUrl ?? "",
  ]);
}

/** SQLDATE, MonthYear, Year, FractionDate from the event's day (empty when undated). */
function dateCells(day: string): string[] {
  if (day === "") return ["", "", "", ""];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const doy = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return [
    day.replace(/-/g, ""),
    day.slice(0, 7).replace("-", ""),
    String(y),
    (y + doy / 365).toFixed(4),
  ];
}

function actorCells(a: Entity | undefined): string[] {
  if (!a) return Array.from({ length: 10 }, () => "");
  const country = NON_STATE.has(a.code) ? "" : a.code;
  const code = a.code_full ?? a.code + a.sector.slice(0, 2).join("");
  return [
    code,
    (a.name ?? a.entity_text).toUpperCase(),
    country,
    "",
    "",
    "",
    "",
    a.sector[0] ?? "",
    a.sector[1] ?? "",
    a.sector[2] ?? "",
  ];
}

/** Action geography: type 1 (country) or 4 (world city; 3 for a US city), name, lat/long. */
function geoCells(e: EventWithMentions | undefined): string[] {
  const loc = e?.location;
  if (!loc || loc.lat === undefined) return Array.from({ length: 8 }, () => "");
  const type = loc.admin1 === undefined ? "1" : loc.country === "USA" ? "3" : "4";
  return [type, loc.text, "", "", "", num(loc.lat), num(loc.lon), ""];
}

/** Goldstein value of the exact CAMEO code, else of its 3- then 2-digit parent. */
function goldstein(code: string): string {
  const table = ontology().cameo;
  for (const c of [code, code.slice(0, 3), code.slice(0, 2)]) {
    const g = table.get(c)?.goldstein;
    if (g !== undefined) return String(g);
  }
  return "";
}
