/** Fixtures of the shared store suite: a factory of empty stores and a scoped runner. */
import type { EventStore } from "../event-store.js";

/** One empty store for one test; `open` may be called again (reopen, a second writer). */
export interface StoreFixture {
  open(): Promise<EventStore>;
  cleanup(): Promise<void>;
}

/** Makes a fresh, empty store fixture. */
export type StoreFactory = () => Promise<StoreFixture>;

/** Options of the suite: fast-check runs for the order property (each run is a fresh store). */
export interface SuiteOptions {
  readonly propertyRuns: number;
}

/** Runs `fn` on a fresh store and always closes and deletes it. */
export async function withStore<T>(
  factory: StoreFactory,
  fn: (store: EventStore, fixture: StoreFixture) => Promise<T>,
): Promise<T> {
  const fixture = await factory();
  let store: EventStore | undefined;
  try {
    store = await fixture.open();
    return await fn(store, fixture);
  } finally {
    await store?.close();
    await fixture.cleanup();
  }
}
