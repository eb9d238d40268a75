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
  /** Lemmas of head nouns; every actor must have one of them or one of `actorCodes`. */
  readonly actorHeads: ReadonlySet<string>;
  /** Entity codes ("NGO") that also qualify an actor, for names whose head says nothing. */
  readonly actorCodes: ReadonlySet<string>;
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
    const heads = (c["actor_heads"] ?? "").split("|").filter(Boolean);
    const codes = (c["actor_codes"] ?? "").split("|").filter(Boolean);
    if (heads.length === 0 && codes.length === 0)
      throw new DataFileError(file, r.line, "no actor_heads or actor_codes");
    return {
      id: c["id"] ?? "",
      whenType,
      whenModes: new Set((c["when_modes"] ?? "").split("|").map((m) => (m === "none" ? "" : m))),
      actorHeads: new Set(heads),
      actorCodes: new Set(codes),
      thenType,
      thenMode: c["then_mode"] ?? "",
      thenCameo: c["then_cameo"] ?? "",
    };
  });
}

/**
 * The first rewrite whose type and mode fit and whose head nouns cover every actor, or undefined
 * (also when there is no actor: the rule is about who acts).
 */
export function actorRewriteFor(
  type: PloverType,
  mode: string,
  actors: readonly Mention[],
  tokens: readonly Token[],
  table: readonly ActorRewrite[] = actorRewrites(),
): ActorRewrite | undefined {
  if (actors.length === 0) return undefined;
  return table.find(
    (r) =>
      r.whenType === type &&
      r.whenModes.has(mode) &&
      actors.every((m) => r.actorCodes.has(m.entity.code) || hasHead(r, tokens[m.head])),
  );
}

/** True when a head word is one of the row's nouns, singular or plural. */
function hasHead(r: ActorRewrite, t: Token | undefined): boolean {
  if (!t) return false;
  // The lemmatiser leaves some capitalised plurals as they are ("Demonstrators").
  const w = t.lemma.toLowerCase();
  return r.actorHeads.has(w) || (w.endsWith("s") && r.actorHeads.has(w.slice(0, -1)));
}

/** Applies the actor rewrite that fits, after PLOVER's modality rewrites; names it in `rewrite`. */
export function applyActorRewrite(
  r: Rewritten,
  actors: readonly Mention[],
  tokens: readonly Token[],
): Rewritten {
  const row = actorRewriteFor(r.type, r.mode, actors, tokens);
  if (!row) return r;
  return {
    type: row.thenType,
    mode: row.thenMode,
    cameo: row.thenCameo,
    modality: r.modality,
    rewrite: r.rewrite ? `${r.rewrite}+${row.id}` : row.id,
  };
}
