/**
 * Builds dyad's default event-type model: trains on data/training/*.jsonl (sorted by name) and
 * writes data/models/plover-type.json. Run with `npx tsx src/model/build-default-model.ts`.
 */
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { dataPath } from "../core/data-path.js";
import { defaultModelPath } from "./default-model.js";
import { formatEvaluation } from "./evaluate-model.js";
import { saveModel } from "./model-file.js";
import { trainFromFiles } from "./train-from-files.js";

/** Trains the default model and reports counts, held-out scores, size and timings on stdout. */
export function buildDefaultModel(): void {
  const dir = dataPath("training");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => `${dir}/${f}`);
  const run = trainFromFiles(files);
  const out = defaultModelPath();
  mkdirSync(dirname(out), { recursive: true });
  saveModel(run.model, out);
  const print = (s: string): boolean => process.stdout.write(`${s}\n`);
  print(`files: ${run.files.map((f) => `${f.file} (${f.examples})`).join(", ")}`);
  print(
    `labels: ${Object.entries(run.typeCounts)
      .map(([l, n]) => `${l} ${n}`)
      .join(", ")}`,
  );
  if (run.evaluation) print(formatEvaluation(run.evaluation));
  const m = run.modeEvaluation;
  if (m)
    print(
      `mode head: held-out ${m.examples}, accuracy ${(100 * m.accuracy).toFixed(1)}%, macro F1 ${(100 * m.macroF1).toFixed(1)}%`,
    );
  print(`featurise ${run.featurizeMs.toFixed(0)} ms, train ${run.trainMs.toFixed(0)} ms`);
  print(`wrote ${out} (${(statSync(out).size / 1024).toFixed(0)} KiB)`);
}

buildDefaultModel();
