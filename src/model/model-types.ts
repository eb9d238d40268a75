/**
 * Shapes of dyad's classifier: the JSON file (`ModelFile`, what `dyad train` writes) and the
 * compiled in-memory form (`Model`) that prediction reads.
 */

/** File format marker and version of the JSON layout (not of the features). */
export const MODEL_FORMAT = "dyad-model";
export const MODEL_FORMAT_VERSION = 1;

/** One softmax classifier as stored: sparse weights per label. */
export interface HeadFile {
  readonly labels: readonly string[];
  readonly bias: readonly number[];
  /** Per label: ascending feature indices, delta-encoded (each number is the gap from the previous). */
  readonly index: readonly (readonly number[])[];
  /** Per label: the weights of those features, same order. */
  readonly weight: readonly (readonly number[])[];
}

/** A training file a model was trained on (basename only, so the model does not depend on cwd). */
export interface TrainedFileInfo {
  readonly file: string;
  readonly examples: number;
  readonly sha256: string;
}

/** Resolved training options, stored so a model says how it was made. */
export interface ResolvedTrainOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly classWeight: ClassWeighting;
  /** Weights smaller than this (after centring each feature's row) are dropped. */
  readonly minWeight: number;
  /** At most about this many weights are kept per head (the largest), bounding the file size. */
  readonly maxWeights: number;
}

/** Defaults chosen on the project's training set (see src/model/README.md). */
export const DEFAULT_TRAIN_OPTIONS: ResolvedTrainOptions = {
  epochs: 10,
  seed: 1,
  learningRate: 0.3,
  l2: 1e-4,
  classWeight: "sqrt",
  minWeight: 0.25,
  maxWeights: 100_000,
};

/** How examples of rare labels are up-weighted: by n/count (balanced), its square root, or not at all. */
export type ClassWeighting = "balanced" | "sqrt" | "none";

/** Held-out evaluation figures, when the trainer ran one. */
export interface HeldOutSummary {
  readonly examples: number;
  readonly accuracy: number;
  readonly macroF1: number;
}

/** Training metadata. No date, so the same data and options give the same file byte for byte. */
export interface TrainingInfo {
  readonly files: readonly TrainedFileInfo[];
  readonly examples: number;
  readonly typeCounts: Readonly<Record<string, number>>;
  readonly modeCounts: Readonly<Record<string, number>>;
  readonly options: ResolvedTrainOptions;
  readonly heldOut?: HeldOutSummary;
}

/** The JSON model file. */
export interface ModelFile {
  readonly format: typeof MODEL_FORMAT;
  readonly formatVersion: typeof MODEL_FORMAT_VERSION;
  readonly featureVersion: string;
  readonly hashBits: number;
  readonly heads: { readonly type: HeadFile; readonly mode?: HeadFile };
  readonly training: TrainingInfo;
}

/** A compiled softmax classifier: dense rows for the features it knows, found through `rowOf`. */
export interface Classifier {
  readonly labels: readonly string[];
  readonly bias: Float32Array;
  /** Row of each hashed feature in `weights`, or -1 when the feature has no weight. */
  readonly rowOf: Int32Array;
  /** rows x labels, row-major: weights[row * labels.length + k]. */
  readonly weights: Float32Array;
}

/** A loaded (or freshly trained) model, ready for prediction. */
export interface Model {
  readonly file: ModelFile;
  readonly hashBits: number;
  readonly type: Classifier;
  readonly mode?: Classifier;
}

/** Which classifier of a model to use. */
export type HeadName = "type" | "mode";

/** One label and its probability. */
export interface LabelProb {
  readonly label: string;
  readonly prob: number;
}
