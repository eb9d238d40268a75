/**
 * Actor rewrites (data/events/actor-rewrites.tsv): some events are coded by who does them, not by
 * the verb alone ("protesters torched cars" is a riot, PROTEST riot, not an ASSAULT).
 */
import { readFileSync } from "node:fs";
import { dataPath } from "../core/data-path.js";
import { DataFileError } from "../core/errors.js";
import { isPloverType } from "../core/ontology.js";
import { parseTsv } from "../core/read-tsv.js";
import type { Mention, PloverType, Token } from "../core/types.js";
import type { Rewritten } from "./event-rules.js";

/** One row of actor-rewrites.tsv. */
export interface ActorRewrite {
  readonly id: string;
  readonly whenType: PloverType;
  /** Trigger modes the row applies to; "" stands for a trigger with no mode. */
  readonly whenModes: ReadonlySet<string>;
  /** Trigger rule ids the row applies to; empty = any rule. */
  readonly whenRules: ReadonlySet<string>;
  /** Lemmas of head nouns; every actor must have one of them, or a code or sector below. */
  readonly actorHeads: ReadonlySet<string>;
  /** Entity codes ("NGO") that also qualify an actor, for names whose head says nothing. */
  readonly actorCodes: ReadonlySet<string>;
  /** Sector codes ("COP") that also qualify an actor ("Scotland Yard", "the FBI"). */
  readonly actorSectors: ReadonlySet<string>;
  readonly thenType: PloverType;
  readonly thenMode: string;
  readonly thenCameo: string;
}

let rows: readonly ActorRewrite[] | undefined;

/** The rows of data/events/actor-rewrites.tsv, parsed once per process. */
export function actorRewrites(): readonly ActorRewrite[] {
  rows ??= parseActorRewrites(
    readFileSync(dataPath("events", "actor-rewrites.tsv"), "utf8"),
    "actor-rewrites.tsv",
  );
  return rows;
}

/** Parses actor-rewrites.tsv text; throws DataFileError naming the bad row. */
export function parseActorRewrites(text: string, file: string): ActorRewrite[] {
  const cols = ["id", "when_type", "when_modes", "actor_heads", "then_type", "then_cameo"];
  return parseTsv(text, file, cols).map((r) => {
    const c = r.cells;
    const whenType = c["when_type"] ?? "";
    const thenType = c["then_type"] ?? "";
    if (!isPloverType(whenType)) throw new DataFileError(file, r.line, `unknown type ${whenType}`);
    if (!isPloverType(thenType)) throw new DataFileError(file, r.line, `unknown type ${thenType}`);
    const heads = list(c["actor_heads"]);
    const codes = list(c["actor_codes"]);
    const sectors = list(c["actor_sectors"]);
    if (heads.length === 0 && codes.length === 0 && sectors.length === 0)
      throw new DataFileError(file, r.line, "no actor_heads, actor_codes or actor_sectors");
    return {
      id: c["id"] ?? "",
      whenType,
      whenModes: new Set((c["when_modes"] ?? "").split("|").map((m) => (m === "none" ? "" : m))),
      whenRules: new Set(list(c["when_rules"])),
      actorHeads: new Set(heads),
      actorCodes: new Set(codes),
      actorSectors: new Set(sectors),
      thenType,
      thenMode: c["then_mode"] ?? "",
      thenCameo: c["then_cameo"] ?? "",
    };
  });
}

/** The `|`-separated items of a cell, empty items dropped. */
function list(cell: string | undefined): string[] {
  return (cell ?? "").split("|").filter(Boolean);
}

/** What an event is before the actor rewrite: its type, mode and the trigger rule that found it. */
export interface RewriteKey {
  readonly type: PloverType;
  readonly mode: string;
  /** Trigger rule id; rows with `when_rules` never fit an event whose rule is unknown. */
  readonly rule?: string;
}

/**
 * The first rewrite whose type, mode and trigger rule fit and whose head nouns, codes or sectors
 * cover every actor, or undefined (also when there is no actor: the rule is about who acts).
 */
export function actorRewriteFor(
  key: RewriteKey,
  actors: readonly Mention[],
  tokens: readonly Token[],
  table: readonly ActorRewrite[] = actorRewrites(),
): ActorRewrite | undefined {
  if (actors.length === 0) return undefined;
  return table.find(
    (r) =>
      r.whenType === key.type &&
      r.whenModes.has(key.mode) &&
      (r.whenRules.size === 0 || (key.rule !== undefined && r.whenRules.has(key.rule))) &&
      actors.every((m) => qualifies(r, m, tokens)),
  );
}

/** True when an actor mention fits the row by entity code, sector or head noun. */
function qualifies(r: ActorRewrite, m: Mention, tokens: readonly Token[]): boolean {
  return (
    r.actorCodes.has(m.entity.code) ||
    m.entity.sector.some((s) => r.actorSectors.has(s)) ||
    hasHead(r, tokens[m.head])
  );
}

/** True when a head word is one of the row's nouns, singular or plural. */
function hasHead(r: ActorRewrite, t: Token | undefined): boolean {
  if (!t) return false;
  // The lemmatiser leaves some capitalised plurals as they are ("Demonstrators").
  const w = t.lemma.toLowerCase();
  return r.actorHeads.has(w) || (w.endsWith("s") && r.actorHeads.has(w.slice(0, -1)));
}

/**
 * Applies the actor rewrite that fits, after PLOVER's modality rewrites; names it in `rewrite`.
 * `rule` is the id of the trigger rule that found the event (for rows with `when_rules`).
 */
export function applyActorRewrite(
  r: Rewritten,
  actors: readonly Mention[],
  tokens: readonly Token[],
  rule?: string,
): Rewritten {
  const row = actorRewriteFor(
    rule === undefined ? { type: r.type, mode: r.mode } : { type: r.type, mode: r.mode, rule },
    actors,
    tokens,
  );
  if (!row) return r;
  return {
    type: row.thenType,
    mode: row.thenMode,
    cameo: row.thenCameo,
    modality: r.modality,
    rewrite: r.rewrite ? `${r.rewrite}+${row.id}` : row.id,
  };
}
