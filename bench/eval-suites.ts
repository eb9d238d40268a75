/**
 * Which scorer each gold dataset gets, and the headline numbers the eval table shows for it.
 */
import { DyadError } from "../src/core/errors.js";
import { loadAudit, scoreAudit, type AuditScore } from "./label-audit.js";
import {
  scoreCase2021,
  scoreDetection,
  type DetectionScore,
  type MappedTypeScore,
} from "./mapped-scoring.js";
import {
  scorePentaClass,
  scorePloverPool,
  scoreTriples,
  type GoldCase,
  type PentaScore,
  type Predictions,
  type TripleScore,
  type TypeScore,
} from "./scoring.js";

/** How a dataset is scored. */
export type SuiteKind =
  | "plover-pool"
  | "penta"
  | "triples-country"
  | "triples-full"
  | "case2021"
  | "ipe"
  | "non-english"
  | "unlabelled"
  | "unknown";

/** A dataset's scorer and, for the CAMEO suites, its fixture dictionaries (relative to the dataset dir). */
export interface SuiteSpec {
  readonly kind: SuiteKind;
  readonly dictionaries?: string;
}

/** The datasets of /work/shared/data and how SCORING.md scores them. */
const SUITES: Readonly<Record<string, SuiteSpec>> = {
  "plover-gsr": { kind: "plover-pool" },
  "ngec-synthetic": { kind: "plover-pool" },
  "conflibert-cameo": { kind: "penta" },
  "petr2-gsr": { kind: "triples-country" },
  "petr-unittest": { kind: "triples-full", dictionaries: "dictionaries/up2" },
  "tabari-validation": { kind: "triples-full", dictionaries: "dictionaries" },
  "case2021-task2": { kind: "case2021" },
  "india-police-events": { kind: "ipe" },
  "up-spanish": { kind: "non-english" },
  "arabic-event-gsr": { kind: "non-english" },
  "guardian-sample": { kind: "unlabelled" },
};

// A dataset added later is scored by the scheme its README names.
const BY_SCHEME: Readonly<Record<string, SuiteKind>> = {
  PLOVER: "plover-pool",
  CAMEO: "triples-country",
  PENTACLASS: "penta",
  "CASE2021-T2": "case2021",
  IPE: "ipe",
  "TABARI-VALIDATE": "triples-full",
  "PETR1-VALIDATE": "triples-full",
};

/** Reads the schemes a dataset README declares ("Schemes here: CAMEO (227)."); "none" when absent. */
export function readmeScheme(readme: string): string {
  const m = /Schemes here:\s*([^\n]*)/.exec(readme);
  if (m === null)
    return /\|\s*none\s*\|/.test(readme) || /No gold labels/i.test(readme) ? "none" : "unknown";
  const names = [...(m[1] ?? "").matchAll(/([A-Z0-9-]+)\s*\(\d+\)/g)].map((x) => x[1] ?? "");
  return names.length > 0 ? names.join(",") : "unknown";
}

/** The suite of a dataset: the registry, else its scheme. */
export function suiteFor(name: string, scheme: string): SuiteSpec {
  const known = SUITES[name];
  if (known !== undefined) return known;
  if (scheme === "none") return { kind: "unlabelled" };
  return { kind: BY_SCHEME[scheme.split(",")[0] ?? ""] ?? "unknown" };
}

/** Any scorer's full result. */
export type AnyScore =
  | (TypeScore & { readonly type_and_actor_recall?: number })
  | MappedTypeScore
  | PentaScore
  | TripleScore
  | DetectionScore;

/** A scored dataset: headline numbers for the table and the full score for the JSON. */
export interface SuiteScore {
  readonly headline: ReadonlyArray<readonly [string, number]>;
  readonly score: AnyScore;
  /** What the numbers mean beyond SCORING.md (label maps). */
  readonly note?: string;
}

type Scorer = (
  cases: readonly GoldCase[],
  preds: Predictions,
  names: readonly string[],
) => SuiteScore;

function typeHeadline(s: TypeScore): Array<[string, number]> {
  return [
    ["macro_f1", s.macro_f1],
    ["top1_accuracy", s.top1_accuracy],
    ["recall_any", s.recall_any],
  ];
}

function triples(full: boolean): Scorer {
  return (cases, preds) => {
    const s = scoreTriples(cases, preds, { full });
    const headline: Array<[string, number]> = [
      ["p", s.p],
      ["r", s.r],
      ["f1", s.f1],
      ["records_exact", s.records_exact],
    ];
    return { headline, score: s };
  };
}

const SCORERS: Readonly<Partial<Record<SuiteKind, Scorer>>> = {
  "plover-pool": (cases, preds, names) => {
    const s = scorePloverPool(cases, preds, { withActorRecall: names.includes("plover-gsr") });
    const headline = typeHeadline(s);
    if (s.type_and_actor_recall !== undefined)
      headline.push(["type_and_actor_recall", s.type_and_actor_recall]);
    const audit = names.includes("ngec-synthetic") ? ngecAudit(cases, preds) : undefined;
    if (audit === undefined) return { headline, score: s };
    headline.push(
      ["audit_label_supported_anywhere", audit.label_supported_anywhere],
      ["audit_reading_macro_f1", audit.reading_macro_f1],
      ["audit_dyad_macro_f1", audit.dyad_macro_f1],
      ["audit_dyad_agrees_reading", audit.dyad_agrees_reading],
    );
    const note =
      `audit_*: ${audit.cases} ngec-synthetic cases re-read by the team (bench/audits): ` +
      "labels the text supports, and our own PLOVER reading vs dyad on the same cases";
    return { headline, score: s, note };
  },
  penta: (cases, preds) => {
    const s = scorePentaClass(cases, preds);
    return { headline: [["accuracy", s.accuracy]], score: s };
  },
  "triples-country": triples(false),
  "triples-full": triples(true),
  case2021: (cases, preds) => {
    const s = scoreCase2021(cases, preds);
    const note = "labels mapped to PLOVER by bench/label-maps.ts CASE2021_TO_PLOVER";
    return { headline: typeHeadline(s), score: s, note };
  },
  ipe: (cases, preds) => {
    const s = scoreDetection(cases, preds);
    const perLabel = Object.entries(s.per_label).map(([l, c]): [string, number] => [
      `f1:${l}`,
      c.f1,
    ]);
    const note = "labels mapped to PLOVER by bench/label-maps.ts IPE_TO_PLOVER (FAIL not scored)";
    return {
      headline: [["accuracy", s.accuracy], ["macro_f1", s.macro_f1], ...perLabel],
      score: s,
      note,
    };
  },
};

/** The team's ngec-synthetic label audit scored on this run, when its cases were coded. */
function ngecAudit(cases: readonly GoldCase[], preds: Predictions): AuditScore | undefined {
  return scoreAudit(loadAudit("ngec-synthetic-labels.tsv"), preds, new Set(cases.map((c) => c.id)));
}

/** Scores `cases` with the scorer of `kind`; `names` are the datasets pooled into this run. */
export function scoreSuite(
  kind: SuiteKind,
  cases: readonly GoldCase[],
  preds: Predictions,
  names: readonly string[],
): SuiteScore {
  const scorer = SCORERS[kind];
  if (scorer === undefined)
    throw new DyadError("bench-no-scorer", `scoreSuite: no scorer for kind ${kind}`);
  return scorer(cases, preds, names);
}
