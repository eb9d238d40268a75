/**
 * Store suite, batches (`beginBatch`, what `dyad ingest` writes through): a committed batch is
 * stored like `putArticles`, a failing one not at all, and a batch is used once.
 */
import { expect, it } from "vitest";
import type { EventStore, PutBatch } from "../event-store.js";
import { StoreError } from "../store-error.js";
import type { SampleArticle } from "./sample-articles.js";
import { type StoreFactory, withStore } from "./store-fixture.js";
import { CORPUS, ORDER_POOL, snapshot } from "./suite-corpus.js";

const V = "test-1";

/** An article whose events carry an impossible date: it passes the insert and fails later. */
function failing(s: SampleArticle): SampleArticle {
  const article = { ...s.article, text: `${s.article.text} Changed.` };
  const events = s.result.events.map((e) => ({ ...e, date: "2023-02-31" }));
  return { article, result: { article, events, issues: [] } };
}

function fill(batch: PutBatch, items: readonly SampleArticle[]): void {
  for (const s of items) batch.add(s);
}

/** Registers the batch tests. */
export function batchTests(factory: StoreFactory): void {
  it("stores a committed batch as putArticles stores the same items", async () => {
    const want = await withStore(factory, async (store) => {
      const results = await store.putArticles(ORDER_POOL, V);
      return { results, snap: await snapshot(store) };
    });
    await withStore(factory, async (store) => {
      const batch = store.beginBatch(V);
      fill(batch, ORDER_POOL);
      expect(await batch.commit()).toEqual(want.results);
      expect(await snapshot(store)).toEqual(want.snap);
    });
  });

  it("stores nothing of a failing batch; its commit rejects with a StoreError and a cause", () =>
    withStore(factory, async (store) => {
      await store.putArticle(CORPUS[0]!.article, CORPUS[0]!.result, V);
      const before = await snapshot(store);
      const batch = store.beginBatch(V);
      fill(batch, [CORPUS[1]!, failing(CORPUS[0]!)]);
      const err: unknown = await batch.commit().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).cause).toBeDefined();
      expect(await snapshot(store)).toEqual(before);
      // The store goes on working after the failed batch.
      await expect(store.putArticle(CORPUS[1]!.article, CORPUS[1]!.result, V)).resolves.toEqual(
        expect.objectContaining({ status: "inserted" }),
      );
    }));

  it("stores nothing of a discarded batch, nor of one open when the store closes", () =>
    withStore(factory, async (store, fixture) => {
      const before = await snapshot(store);
      const discarded = store.beginBatch(V);
      fill(discarded, ORDER_POOL);
      await discarded.discard();
      expect(await snapshot(store)).toEqual(before);
      const other: EventStore = await fixture.open();
      fill(other.beginBatch(V), ORDER_POOL);
      await other.close();
      expect(await snapshot(store)).toEqual(before);
    }));

  it("uses a batch once, and opens one batch at a time", () =>
    withStore(factory, async (store) => {
      const batch = store.beginBatch(V);
      expect(() => store.beginBatch(V)).toThrow(StoreError);
      batch.add(CORPUS[0]!);
      await batch.commit();
      expect(() => batch.add(CORPUS[1]!)).toThrow(StoreError);
      await expect(batch.commit()).rejects.toThrow(StoreError);
      const next = store.beginBatch(V);
      await expect(next.commit()).resolves.toEqual([]);
    }));
}
