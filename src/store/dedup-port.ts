/**
 * The store's only dependency on the dedup stage: how a mention's signature is computed and how a
 * signature's mentions become merged events.
 */
export { clusterMentions, signatureOf } from "../dedup/index.js";
export type { DedupMention, MergedEvent } from "../dedup/index.js";
