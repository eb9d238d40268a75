/**
 * The event filter flags `dyad query`, `dyad stats` and `dyad export` share, and their
 * translation into the store's `EventFilter`.
 */
import type { Command } from "commander";
import { UsageError } from "../core/errors.js";
import { ontology } from "../core/ontology.js";
import type { Modality, PloverType } from "../core/types.js";
import type { EventFilter, PartyFilter } from "../store/index.js";
import { listFlag, numberFlag } from "./parse-flags.js";

const MODALITIES: readonly Modality[] = [
  "asserted",
  "negated",
  "future",
  "hypothetical",
  "historical",
];
const QUADS = ["1", "2", "3", "4"] as const;

/** Parsed filter flags. */
export interface FilterFlags {
  readonly from?: string;
  readonly to?: string;
  readonly actor?: string;
  readonly actorCountry?: string;
  readonly actorSector?: string;
  readonly actorName?: string;
  readonly recipient?: string;
  readonly recipientCountry?: string;
  readonly recipientSector?: string;
  readonly recipientName?: string;
  readonly type?: string;
  readonly mode?: string;
  readonly context?: string;
  readonly quad?: string;
  readonly modality?: string;
  readonly minConfidence?: string;
  readonly text?: string;
}

/** Adds the filter flags to a command. */
export function addFilterOptions(cmd: Command): Command {
  for (const role of ["actor", "recipient"]) {
    cmd
      .option(
        `--${role} <code>`,
        `${role} code: ISO alpha-3 or pseudo-country (CHN, IGO) or full CAMEO code (CHNGOV)`,
      )
      .option(`--${role}-country <code>`, `${role} country code only (ISO alpha-3)`)
      .option(`--${role}-sector <sector>`, `${role} PLOVER sector (GOV, MIL, REB, ...)`)
      .option(`--${role}-name <text>`, `${role} name contains text (case-insensitive)`);
  }
  return cmd
    .option(
      "--from <date>",
      "first day, inclusive (YYYY-MM-DD; YYYY-MM or YYYY mean their first day)",
    )
    .option("--to <date>", "last day, inclusive (YYYY-MM-DD; YYYY-MM or YYYY mean their last day)")
    .option("--type <types>", "PLOVER event types, comma-separated (CONSULT,AGREE)")
    .option("--mode <mode>", "PLOVER mode the event has (phone, visit, ...)")
    .option("--context <context>", "PLOVER context the event has")
    .option(
      "--quad <quads>",
      "quad classes, comma-separated: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict",
    )
    .option("--modality <list>", `comma-separated: ${MODALITIES.join(", ")}`)
    .option("--min-confidence <x>", "lowest event confidence, 0..1")
    .option("--text <text>", "some mention's sentence contains text (case-insensitive)");
}

/** The store filter the flags describe; bad values are UsageErrors. */
export function filterOf(f: FilterFlags): EventFilter {
  const actor = partyOf(f.actor, f.actorCountry, f.actorSector, f.actorName);
  const recipient = partyOf(f.recipient, f.recipientCountry, f.recipientSector, f.recipientName);
  const types = [...ontology().types.keys()];
  return {
    ...(f.from === undefined ? {} : { from: dayOf("--from", f.from, "first") }),
    ...(f.to === undefined ? {} : { to: dayOf("--to", f.to, "last") }),
    ...(actor ? { actor } : {}),
    ...(recipient ? { recipient } : {}),
    ...(f.type === undefined
      ? {}
      : { type: listFlag<PloverType>("--type", f.type, types, (s) => s.toUpperCase()) }),
    ...(f.mode === undefined ? {} : { mode: f.mode.toLowerCase() }),
    ...(f.context === undefined ? {} : { context: f.context.toLowerCase() }),
    ...(f.quad === undefined
      ? {}
      : { quad: listFlag("--quad", f.quad, QUADS).map((q) => Number(q) as 1 | 2 | 3 | 4) }),
    ...(f.modality === undefined
      ? {}
      : { modality: listFlag("--modality", f.modality, MODALITIES, (s) => s.toLowerCase()) }),
    ...(f.minConfidence === undefined
      ? {}
      : { minConfidence: numberFlag("--min-confidence", f.minConfidence, 0, 1) }),
    ...(f.text === undefined ? {} : { text: f.text }),
  };
}

function partyOf(
  code?: string,
  country?: string,
  sector?: string,
  name?: string,
): PartyFilter | undefined {
  const p: PartyFilter = {
    ...(code ? { code: code.toUpperCase() } : {}),
    ...(country ? { country: country.toUpperCase() } : {}),
    ...(sector ? { sector: sector.toUpperCase() } : {}),
    ...(name ? { name } : {}),
  };
  return Object.keys(p).length ? p : undefined;
}

/** YYYY, YYYY-MM or YYYY-MM-DD as a day: the first or the last day of the period. */
function dayOf(flag: string, value: string, end: "first" | "last"): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const [, y, mo, d] = m ?? [];
  const month = Number(mo ?? (end === "first" ? 1 : 12));
  const lastDay = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  const day = Number(d ?? (end === "first" ? 1 : lastDay));
  if (!m || month < 1 || month > 12 || day < 1 || day > lastDay)
    throw new UsageError(`${flag} must be YYYY-MM-DD, YYYY-MM or YYYY, got ${value}`);
  return `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
