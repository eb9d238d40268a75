/**
 * Modes of requests, threats and refusals read from the act they name
 * (data/events/complement-modes.tsv): "urged the junta to free the activists" is REQUEST yield
 * (CAMEO 1053 / 0253), "threatened to seize the city" THREATEN territory (CAMEO 1382), because
 * PLOVER's modes of these types record what is asked, threatened or refused, and that act is the
 * complement trigger the embedding rules drop (embedding.tsv), or, with no trigger there, the verb
 * right after the request's `to` ("urged Juba to hold elections").
 */
import { readFileSync } from "node:fs";
import { dataPath } from "../core/data-path.js";
import { DataFileError } from "../core/errors.js";
import { isPloverType } from "../core/ontology.js";
import { parseTsv } from "../core/read-tsv.js";
import type { PloverType, Token } from "../core/types.js";
import type { Hit } from "./find-hits.js";
import type { TriggerRule } from "./lexicon.js";

/** One row of complement-modes.tsv; exactly one of `cameoPrefix`, `ruleId`, `verbs` is set. */
export interface ComplementMode {
  readonly id: string;
  readonly governor: PloverType;
  /** CAMEO code prefix of the complement trigger ("" when the row matches otherwise). */
  readonly cameoPrefix: string;
  /** Id of the complement trigger's row ("" when the row matches otherwise). */
  readonly ruleId: string;
  /** Lemmas of a complement verb that is no trigger (empty when the row matches otherwise). */
  readonly verbs: ReadonlySet<string>;
  readonly mode: string;
  /** The governor's more specific CAMEO code ("" keeps the governor's). */
  readonly cameo: string;
}

/** CAMEO codes of triggers that name their type and nothing more, so a complement may refine them. */
const GENERIC_CAMEO = new Set(["020", "100", "120", "130"]);
const VERB_PREFIX = "verb:";

let builtIn: readonly ComplementMode[] | undefined;

/** The rows of data/events/complement-modes.tsv, parsed once per process. */
export function defaultComplementModes(): readonly ComplementMode[] {
  builtIn ??= parseComplementModes(
    readFileSync(dataPath("events", "complement-modes.tsv"), "utf8"),
  );
  return builtIn;
}

/** Parses complement-modes.tsv text; throws DataFileError naming a bad row. */
export function parseComplementModes(text: string): ComplementMode[] {
  const file = "complement-modes.tsv";
  return parseTsv(text, file, ["id", "governor", "complement", "mode", "cameo"]).map((r) => {
    const c = r.cells;
    const governor = c["governor"] ?? "";
    if (!isPloverType(governor)) throw new DataFileError(file, r.line, `unknown type ${governor}`);
    const complement = c["complement"] ?? "";
    const cameo = c["cameo"] ?? "";
    const verbs = complement.startsWith(VERB_PREFIX)
      ? complement.slice(VERB_PREFIX.length).split("|").filter(Boolean)
      : [];
    const isCameo = /^\d{2,4}$/.test(complement);
    if (!isCameo && verbs.length === 0 && !/^[a-z]+(-[a-z0-9]+)+$/.test(complement))
      throw new DataFileError(file, r.line, "complement is a CAMEO prefix, a rule id or verb:...");
    if (!/^(\d{3,4})?$/.test(cameo)) throw new DataFileError(file, r.line, "bad cameo");
    if (!c["mode"]) throw new DataFileError(file, r.line, "a row needs a mode");
    return {
      id: c["id"] ?? "",
      governor,
      cameoPrefix: isCameo ? complement : "",
      ruleId: isCameo || verbs.length ? "" : complement,
      verbs: new Set(verbs),
      mode: c["mode"],
      cameo,
    };
  });
}

/** The row for a governor of type `type` whose complement is trigger `act`: its id, else the longest CAMEO prefix. */
export function complementModeFor(
  rows: readonly ComplementMode[],
  type: PloverType,
  act: TriggerRule,
): ComplementMode | undefined {
  let best: ComplementMode | undefined;
  for (const r of rows) {
    if (r.governor !== type) continue;
    if (r.ruleId !== "" && r.ruleId === act.id) return r;
    if (r.cameoPrefix === "" || !act.cameo.startsWith(r.cameoPrefix)) continue;
    if (!best || r.cameoPrefix.length > best.cameoPrefix.length) best = r;
  }
  return best;
}

/** True when the governor names only its type, so its complement may say what it is about. */
function refinable(g: TriggerRule): boolean {
  return g.mode === "" && GENERIC_CAMEO.has(g.cameo);
}

function refined(g: TriggerRule, row: ComplementMode): TriggerRule {
  const appeal = g.cameo.startsWith("02") && row.cameo.startsWith("10");
  const cameo = row.cameo === "" ? g.cameo : appeal ? `02${row.cameo.slice(2)}` : row.cameo;
  return { ...g, id: `${g.id}+${row.id}`, mode: row.mode, cameo };
}

/**
 * The governor rule refined by the trigger of its complement, or the governor itself when it
 * already has a mode or a specific CAMEO code, or no row fits. An appeal (CAMEO 02x) keeps the
 * appeal family.
 */
export function withComplementMode(
  governor: TriggerRule,
  complement: TriggerRule,
  rows: readonly ComplementMode[] = defaultComplementModes(),
): TriggerRule {
  if (!refinable(governor)) return governor;
  const row = complementModeFor(rows, governor.type, complement);
  return row ? refined(governor, row) : governor;
}

/** How far after a request its `to` may come: "called on the authorities in the capital to ...". */
const TO_WINDOW = 8;

/**
 * A request whose complement holds no trigger, refined by the verb after its `to` ("urged the
 * junta to hold elections" is REQUEST change); the governor itself when no `verb:` row names it.
 */
export function withComplementVerb(
  g: Hit<TriggerRule>,
  tokens: readonly Token[],
  rows: readonly ComplementMode[] = defaultComplementModes(),
): Hit<TriggerRule> {
  if (!refinable(g.rule)) return g;
  // The governor's own words may end in the linker ("called on Israel to").
  let i = tokens[g.end - 1]?.lower === "to" ? g.end - 1 : g.end;
  for (const end = Math.min(tokens.length, g.end + TO_WINDOW); i < end; i++) {
    const tok = tokens[i]!;
    if (tok.lower === "to" || tok.sentence !== tokens[g.start]?.sentence || tok.pos === "PUNCT")
      break;
  }
  const verb = tokens[i]?.lower === "to" ? tokens[i + 1] : undefined;
  if (verb?.pos !== "VERB") return g;
  const row = rows.find((r) => r.governor === g.rule.type && r.verbs.has(verb.lemma));
  return row ? { ...g, rule: refined(g.rule, row) } : g;
}
