/** Public API of the dedup stage: merge repeat reports of one happening into events. */
export { clusterBySignature, clusterMentions } from "./cluster-mentions.js";
export { DATE_WINDOW_RULES, type DateWindowRule, windowFor } from "./date-windows.js";
export { DedupError, type DedupErrorCode } from "./dedup-error.js";
export type { DedupMention, MergedEvent } from "./dedup-types.js";
export { actorKey, signatureOf } from "./signature-of.js";
