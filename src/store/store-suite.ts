/**
 * The shared store test suite: one set of behaviours every `EventStore` back end must pass,
 * run by `sqlite.test.ts` and `postgres.test.ts` with their own factories.
 */
import { describe } from "vitest";
import type { StoreFactory, SuiteOptions } from "./test-support/store-fixture.js";
import { batchTests } from "./test-support/suite-batches.js";
import { originTests } from "./test-support/suite-origins.js";
import { partyPageTests } from "./test-support/suite-party-pages.js";
import { queryTests } from "./test-support/suite-queries.js";
import { writeTests } from "./test-support/suite-writes.js";

export type { StoreFactory, StoreFixture, SuiteOptions } from "./test-support/store-fixture.js";

/** Registers the whole suite under `name`. */
export function storeSuite(
  name: string,
  factory: StoreFactory,
  opts: SuiteOptions = { propertyRuns: 25 },
): void {
  describe(`${name} store`, () => {
    writeTests(factory, opts);
    batchTests(factory);
    originTests(factory);
    queryTests(factory);
    partyPageTests(factory);
  });
}
