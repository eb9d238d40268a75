import type { Command } from "commander";
import { existsSync } from "node:fs";
import { UsageError } from "../core/errors.js";
import { formatEvaluation, type Evaluation } from "../model/evaluate-model.js";
import { saveModel } from "../model/model-file.js";
import type { ClassWeighting } from "../model/model-types.js";
import type { TrainRun } from "../model/train-from-files.js";
import { DEFAULT_TRAIN_OPTIONS } from "../model/model-types.js";
import type { TrainOptions } from "../model/train-model.js";

const CLASS_WEIGHTS = ["balanced", "sqrt", "none"];

interface TrainFlags {
  readonly data: string[];
  readonly out: string;
  readonly epochs: string;
  readonly seed: string;
  readonly holdout: string;
  readonly hashBits: string;
  readonly classWeight: string;
}

/** Registers `dyad train`: train an event-type (and mode) classifier on labelled JSONL examples. */
export function registerTrainCommand(program: Command): void {
  const d = DEFAULT_TRAIN_OPTIONS;
  program
    .command("train")
    .description(
      "train dyad's statistical event-type/mode classifier on labelled JSONL examples (CPU, seconds)",
    )
    .requiredOption(
      "--data <files...>",
      'JSONL training files, one {"text", "type", "mode"?} object a line',
    )
    .requiredOption("--out <model.json>", "where to write the model (use it with --model)")
    .option("--epochs <n>", "passes over the data", String(d.epochs))
    .option("--seed <n>", "shuffling seed (same data + seed = same model file)", String(d.seed))
    .option(
      "--holdout <fraction>",
      "fraction held out to estimate accuracy (every 1/f-th example); 0 for none",
      "0.2",
    )
    .option("--hash-bits <n>", "size of the hashed feature space, 2^n (8-24)", "18")
    .option(
      "--class-weight <w>",
      `up-weighting of rare labels: ${CLASS_WEIGHTS.join(" | ")}`,
      d.classWeight,
    )
    .addHelpText(
      "after",
      "\nThe saved model is trained on all examples; the held-out figures come from a model trained without them.\n" +
        "Labels are free strings: PLOVER types, NONE for sentences with no event, or categories of your own.\n" +
        "Data format: src/model/README.md.\n" +
        "Example: dyad train --data data/training/*.jsonl --out my-model.json",
    )
    .action(async (flags: TrainFlags) => {
      const { opts, holdout } = parseFlags(flags);
      // Loaded on demand: training annotates with wink-nlp, whose model every other command skips.
      const { trainFromFiles } = await import("../model/train-from-files.js");
      const run = trainFromFiles(flags.data, opts, holdout);
      saveModel(run.model, flags.out);
      process.stdout.write(report(run, flags.out));
    });
}

/** Validates the numeric flags; bad values are UsageErrors (exit 2). */
function parseFlags(flags: TrainFlags): { opts: TrainOptions; holdout: number } {
  const epochs = integerFlag("--epochs", flags.epochs, 1, 1000);
  const seed = integerFlag("--seed", flags.seed, 0, 2 ** 32 - 1);
  const hashBits = integerFlag("--hash-bits", flags.hashBits, 8, 24);
  const holdout = Number(flags.holdout);
  if (!/^\d*\.?\d+$/.test(flags.holdout) || !(holdout >= 0 && holdout < 1)) {
    throw new UsageError(`--holdout must be a fraction in [0, 1), got ${flags.holdout}`);
  }
  const missing = flags.data.filter((f) => !existsSync(f));
  if (missing.length) throw new UsageError(`no such training file: ${missing.join(", ")}`);
  if (!CLASS_WEIGHTS.includes(flags.classWeight))
    throw new UsageError(`unknown --class-weight ${flags.classWeight}`);
  return {
    opts: { epochs, seed, hashBits, classWeight: flags.classWeight as ClassWeighting },
    holdout,
  };
}

function modeLine(m: Evaluation): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  return `mode head: held-out examples: ${m.examples}  accuracy: ${pct(m.accuracy)}  macro F1: ${pct(m.macroF1)}`;
}

function integerFlag(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new UsageError(`${name} must be an integer in [${min}, ${max}], got ${value}`);
  return n;
}

/** The run summary: examples per label, held-out scores, timings. */
function report(run: TrainRun, out: string): string {
  const counts = Object.entries(run.typeCounts);
  const width = Math.max(5, ...counts.map(([l]) => l.length));
  const total = counts.reduce((s, [, n]) => s + n, 0);
  const lines = [
    `training examples: ${total} from ${run.files.length} file(s)`,
    ...counts.map(([label, n]) => `  ${label.padEnd(width)} ${String(n).padStart(6)}`),
    run.evaluation
      ? formatEvaluation(run.evaluation)
      : "no held-out evaluation (--holdout 0 or too few examples)",
    ...(run.modeEvaluation ? [modeLine(run.modeEvaluation)] : []),
    `time: featurise ${(run.featurizeMs / 1000).toFixed(2)} s, train ${(run.trainMs / 1000).toFixed(2)} s`,
    `wrote ${out}`,
  ];
  return `${lines.join("\n")}\n`;
}
