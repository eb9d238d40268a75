import { readFileSync } from "node:fs";
import { dataPath } from "../core/data-path.js";
import { DataFileError } from "../core/errors.js";
import { isPloverType } from "../core/ontology.js";
import { parseTsv } from "../core/read-tsv.js";
import type { Modality, PloverType } from "../core/types.js";
import { compilePattern, PatternIndex, type TokenPattern } from "./token-pattern.js";

/**
 * How participants are read (data/events/README.md); `transitive` is `dyadic` for verbs too vague
 * to be an event without an object actor ("helped Egypt" is aid, "helped reduce costs" is not);
 * `inverse` for "X received Y from Z", where Z acts on X. `reported` is never written in
 * triggers.tsv: it marks a reported demand built from an obligation cue (reported-demand.ts), whose
 * actor is the speaker and whose recipient is the modal's subject.
 */
export type TriggerRole = "dyadic" | "reciprocal" | "unary" | "transitive" | "inverse" | "reported";

/** One row of triggers.tsv, compiled. */
export interface TriggerRule {
  readonly id: string;
  readonly pattern: TokenPattern;
  readonly type: PloverType;
  readonly mode: string;
  readonly context: readonly string[];
  readonly cameo: string;
  readonly role: TriggerRole;
  readonly confidence: number;
  /** The modality an embedding rule gave this complement when it promoted it over its governor. */
  readonly promotedModality?: Modality;
}

/** Kinds of cue in cues.tsv. */
export type CueKind =
  | "negation"
  | "future"
  | "hypothetical"
  | "historical"
  | "speech"
  | "topic"
  | "nonevent"
  | "opaque"
  | "obligation"
  | "advice"
  | "allegation";

/** One row of cues.tsv or contexts.tsv, compiled. */
export interface CueRule {
  readonly id: string;
  readonly kind: CueKind | "context";
  readonly pattern: TokenPattern;
  /** The PLOVER context, for rows of contexts.tsv. */
  readonly context?: string;
}

/** One row of plover-rules.tsv. */
export interface PloverRewrite {
  readonly id: string;
  readonly whenType: PloverType;
  readonly whenModality: Modality;
  readonly thenType: PloverType;
  readonly thenCameo: string;
  readonly thenModality: Modality;
}

/** The compiled event-coding tables. */
export interface Lexicon {
  readonly triggers: PatternIndex<TriggerRule>;
  readonly cues: PatternIndex<CueRule>;
  readonly contexts: PatternIndex<CueRule>;
  readonly rewrites: readonly PloverRewrite[];
}

/** Raw TSV texts of the four tables, so tests can build small lexicons. */
export interface LexiconSources {
  readonly triggers: string;
  readonly cues: string;
  readonly contexts: string;
  readonly rewrites: string;
}

const CUE_KINDS = new Set([
  "negation",
  "future",
  "hypothetical",
  "historical",
  "speech",
  "topic",
  "nonevent",
  "opaque",
  "obligation",
  "advice",
  "allegation",
]);
const ROLES = new Set(["dyadic", "reciprocal", "unary", "transitive", "inverse"]);
const MODALITIES = new Set(["asserted", "negated", "future", "hypothetical", "historical"]);

let builtIn: Lexicon | undefined;

/** Returns the built-in lexicon from data/events, compiled once per process. */
export function defaultLexicon(): Lexicon {
  builtIn ??= compileLexicon({
    triggers: readFileSync(dataPath("events", "triggers.tsv"), "utf8"),
    cues: readFileSync(dataPath("events", "cues.tsv"), "utf8"),
    contexts: readFileSync(dataPath("events", "contexts.tsv"), "utf8"),
    rewrites: readFileSync(dataPath("events", "plover-rules.tsv"), "utf8"),
  });
  return builtIn;
}

/** Compiles the four tables; throws DataFileError naming the bad row. */
export function compileLexicon(src: LexiconSources): Lexicon {
  return {
    triggers: new PatternIndex(compileTriggers(src.triggers)),
    cues: new PatternIndex(compileCues(src.cues, "cues.tsv")),
    contexts: new PatternIndex(compileCues(src.contexts, "contexts.tsv")),
    rewrites: compileRewrites(src.rewrites),
  };
}

function pattern(text: string, file: string, line: number): TokenPattern {
  const p = compilePattern(text);
  if (typeof p === "string") throw new DataFileError(file, line, p);
  return p;
}

function compileTriggers(text: string): TriggerRule[] {
  const file = "triggers.tsv";
  const rows = parseTsv(text, file, ["id", "pattern", "type", "cameo", "role", "confidence"]);
  return rows.map((r): TriggerRule => {
    const c = r.cells;
    const type = c["type"] ?? "";
    const role = c["role"] || "dyadic";
    const confidence = Number(c["confidence"]);
    if (!isPloverType(type)) throw new DataFileError(file, r.line, `unknown type ${type}`);
    if (!ROLES.has(role)) throw new DataFileError(file, r.line, `unknown role ${role}`);
    if (!(confidence > 0 && confidence <= 1))
      throw new DataFileError(file, r.line, "bad confidence");
    return {
      id: c["id"] ?? "",
      pattern: pattern(c["pattern"] ?? "", file, r.line),
      type,
      mode: c["mode"] ?? "",
      context: (c["context"] ?? "").split(";").filter(Boolean),
      cameo: c["cameo"] ?? "",
      role: role as TriggerRole,
      confidence,
    };
  });
}

function compileCues(text: string, file: string): CueRule[] {
  const isContexts = file === "contexts.tsv";
  return parseTsv(
    text,
    file,
    isContexts ? ["id", "pattern", "context"] : ["id", "kind", "pattern"],
  ).map((r): CueRule => {
    const c = r.cells;
    const kind = isContexts ? "context" : (c["kind"] ?? "");
    if (!isContexts && !CUE_KINDS.has(kind))
      throw new DataFileError(file, r.line, `bad kind ${kind}`);
    return {
      id: c["id"] ?? "",
      kind: kind as CueKind | "context",
      pattern: pattern(c["pattern"] ?? "", file, r.line),
      ...(isContexts ? { context: c["context"] ?? "" } : {}),
    };
  });
}

function compileRewrites(text: string): PloverRewrite[] {
  const file = "plover-rules.tsv";
  const cols = ["id", "when_type", "when_modality", "then_type", "then_cameo", "then_modality"];
  return parseTsv(text, file, cols).map((r) => {
    const c = r.cells;
    const [wt, tt] = [c["when_type"] ?? "", c["then_type"] ?? ""];
    const [wm, tm] = [c["when_modality"] ?? "", c["then_modality"] ?? ""];
    if (!isPloverType(wt) || !isPloverType(tt))
      throw new DataFileError(file, r.line, "unknown type");
    if (!MODALITIES.has(wm) || !MODALITIES.has(tm))
      throw new DataFileError(file, r.line, "bad modality");
    return {
      id: c["id"] ?? "",
      whenType: wt,
      whenModality: wm as Modality,
      thenType: tt,
      thenCameo: c["then_cameo"] ?? "",
      thenModality: tm as Modality,
    };
  });
}
