import type { FeatureVector } from "./features.js";
import type { HeadName, Model } from "./model-types.js";
import { predict } from "./predict.js";

/** Precision, recall and F1 of one label on an evaluation set. */
export interface LabelScores {
  readonly label: string;
  /** Gold examples of the label. */
  readonly support: number;
  readonly predicted: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Result of evaluating a model on labelled feature vectors. */
export interface Evaluation {
  readonly examples: number;
  readonly accuracy: number;
  /** Mean F1 over labels that occur in the gold data or the predictions. */
  readonly macroF1: number;
  readonly labels: readonly LabelScores[];
}

/**
 * Splits items deterministically: item i is held out when the running quota floor((i+1)*f) steps
 * up, so f = 0.2 holds out every 5th item. Keeps file order, so blocks of one label are sampled evenly.
 */
export function splitHoldout<T>(items: readonly T[], fraction: number): { train: T[]; test: T[] } {
  const train: T[] = [];
  const test: T[] = [];
  items.forEach((item, i) => {
    (Math.floor((i + 1) * fraction) > Math.floor(i * fraction) ? test : train).push(item);
  });
  return { train, test };
}

/** Scores a model's top label against gold labels (type head by default). */
export function evaluateModel(
  model: Model,
  items: readonly { readonly features: FeatureVector; readonly gold: string }[],
  head: HeadName = "type",
): Evaluation {
  const tp = new Map<string, number>();
  const goldN = new Map<string, number>();
  const predN = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  let correct = 0;
  for (const { features, gold } of items) {
    const top = predict(model, features, head)[0]?.label ?? "";
    inc(goldN, gold);
    inc(predN, top);
    if (top === gold) {
      correct++;
      inc(tp, gold);
    }
  }
  const names = [...new Set([...goldN.keys(), ...predN.keys()])].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const labels = names.map((label) =>
    scores(label, tp.get(label) ?? 0, goldN.get(label) ?? 0, predN.get(label) ?? 0),
  );
  const macroF1 = labels.length ? labels.reduce((s, l) => s + l.f1, 0) / labels.length : 0;
  return {
    examples: items.length,
    accuracy: items.length ? correct / items.length : 0,
    macroF1,
    labels,
  };
}

function scores(label: string, tp: number, support: number, predicted: number): LabelScores {
  const precision = predicted ? tp / predicted : 0;
  const recall = support ? tp / support : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { label, support, predicted, precision, recall, f1 };
}

/** Formats an evaluation as a small text table (accuracy, macro F1, then per-label P/R/F1). */
export function formatEvaluation(e: Evaluation): string {
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);
  const width = Math.max(5, ...e.labels.map((l) => l.label.length));
  const head = `${"label".padEnd(width)}  support     P      R     F1`;
  const rows = e.labels.map(
    (l) =>
      `${l.label.padEnd(width)}  ${String(l.support).padStart(7)} ${pct(l.precision)} ${pct(l.recall)} ${pct(l.f1)}`,
  );
  return [
    `held-out examples: ${e.examples}  accuracy: ${pct(e.accuracy).trim()}%  macro F1: ${pct(e.macroF1).trim()}%`,
    head,
    ...rows,
  ].join("\n");
}
