/**
 * The store's only dependency on the dedup stage: how a mention's signature is computed, how a
 * signature's mentions become merged events, and (for the bulk generator) the date windows.
 */
export { clusterMentions, signatureOf, windowFor } from "../dedup/index.js";
export type { DedupMention, MergedEvent } from "../dedup/index.js";
