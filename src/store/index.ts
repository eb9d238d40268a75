/** Public API of the event store. */
export type * from "./event-store.js";
export { DEFAULT_STORE, openStore } from "./open-store.js";
export { StoreError } from "./store-error.js";
