/**
 * Store suite, writes: idempotence, replacement, merging across outlets, recode, rollback on
 * failure, runs and issues, reopening, concurrent writers, and order independence.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import type { EventStore } from "../event-store.js";
import { type SampleArticle, ent, sampleArticle } from "./sample-articles.js";
import { type StoreFactory, type SuiteOptions, withStore } from "./store-fixture.js";
import { CORPUS, ORDER_POOL, OUTLETS, report, snapshot } from "./suite-corpus.js";

const V = "test-1";

/** Registers the write tests. */
export function writeTests(factory: StoreFactory, opts: SuiteOptions): void {
  it("stores an article once; putting it again changes nothing", () =>
    withStore(factory, async (store) => {
      const s = CORPUS[1]!;
      expect((await store.putArticle(s.article, s.result, V)).status).toBe("inserted");
      const before = await snapshot(store);
      expect(await store.putArticle(s.article, s.result, V)).toEqual({
        status: "unchanged",
        articleId: s.article.id,
        mentions: 0,
        signatures: 0,
      });
      expect(await snapshot(store)).toEqual(before);
      expect((await store.getArticle(s.article.id))?.article).toEqual(s.article);
    }));

  it("replaces the mentions of an article whose text changed", () =>
    withStore(factory, async (store) => {
      const v1 = CORPUS[0]!;
      const v2 = sampleArticle({
        id: v1.article.id,
        source: "Reuters",
        date: "2023-11-03",
        sentences: ["Oman accused Israel of violating the truce on Thursday."],
        events: [
          {
            type: "ACCUSE",
            quad: 3,
            actor: [ent("OMN", ["GOV"])],
            recipient: [ent("ISR")],
            date: "2023-11-02",
          },
        ],
      });
      await store.putArticle(v1.article, v1.result, V);
      expect((await store.putArticle(v2.article, v2.result, V)).status).toBe("replaced");
      const events = (await store.queryEvents({})).events;
      expect(events.map((e) => e.event)).toEqual(["ACCUSE"]);
      expect(await store.counts()).toMatchObject({ articles: 1, mentions: 1, events: 1 });
      expect((await store.getArticle(v1.article.id))?.article.text).toBe(v2.article.text);
      expect((await store.listActors()).map((a) => a.code).sort()).toEqual(["ISR", "OMN"]);
    }));

  it("re-codes an article coded by another version and keeps each mention's version", () =>
    withStore(factory, async (store) => {
      const [a, b] = [CORPUS[0]!, CORPUS[2]!];
      await store.putArticle(a.article, a.result, "1.0.0");
      await store.putArticle(b.article, b.result, "1.1.0");
      const stale = [];
      for await (const s of store.articlesForRecode({ notVersion: "1.1.0" }))
        stale.push(s.article.id);
      expect(stale).toEqual([a.article.id]);
      expect((await store.putArticle(a.article, a.result, "1.1.0")).status).toBe("replaced");
      const all = [];
      for await (const s of store.articlesForRecode()) all.push([s.article.id, s.coderVersion]);
      expect(all).toEqual(
        [
          [b.article.id, "1.1.0"],
          [a.article.id, "1.1.0"],
        ].sort(),
      );
      const [event] = (await store.queryEvents({ type: "CONSULT" })).events;
      expect((await store.getEvent(event!.id))?.mentions.map((m) => m.coderVersion)).toEqual([
        "1.1.0",
      ]);
    }));

  it("merges one event reported by several outlets, and splits it again as reports go", () =>
    withStore(factory, async (store) => {
      for (const s of OUTLETS) await store.putArticle(s.article, s.result, V);
      const { events } = await store.queryEvents({});
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        mention_count: 4,
        article_count: 4,
        source_count: 3,
        first_report: "2023-11-01",
        last_report: "2023-11-03",
        day: "2023-11-01",
      });
      const withdraw = async (s: SampleArticle, text: string): Promise<void> => {
        const article = { ...s.article, text };
        await store.putArticle(article, { article, events: [], issues: [] }, V);
      };
      await withdraw(OUTLETS[0]!, "Corrected.");
      expect((await store.getArticle(OUTLETS[0]!.article.id))?.article.text).toBe("Corrected.");
      expect((await store.queryEvents({})).events[0]).toMatchObject({
        mention_count: 3,
        article_count: 3,
        source_count: 3,
      });
      for (const s of OUTLETS.slice(1)) await withdraw(s, "Withdrawn.");
      expect(await store.counts()).toMatchObject({ articles: 4, mentions: 0, events: 0 });
      expect(await store.stats("month", "type")).toEqual([]);
      expect(await store.listActors()).toEqual([]);
    }));

  it("leaves nothing half-written when a transaction fails midway", () =>
    withStore(factory, async (store) => {
      await store.putArticle(CORPUS[0]!.article, CORPUS[0]!.result, V);
      const before = await snapshot(store);
      // An impossible date passes the insert and fails in clustering, after rows were written.
      const bad = (s: SampleArticle, text: string): SampleArticle => {
        const article = { ...s.article, text };
        const events = s.result.events.map((e) => ({ ...e, date: "2023-02-31" }));
        return { article, result: { article, events, issues: [] } };
      };
      const replacing = bad(CORPUS[0]!, "New text.");
      await expect(store.putArticle(replacing.article, replacing.result, V)).rejects.toThrow();
      const fresh = bad(CORPUS[2]!, CORPUS[2]!.article.text);
      await expect(store.putArticle(fresh.article, fresh.result, V)).rejects.toThrow();
      expect(await snapshot(store)).toEqual(before);
      expect((await store.getArticle(CORPUS[0]!.article.id))?.article.text).toBe(
        CORPUS[0]!.article.text,
      );
      expect(await store.getArticle(CORPUS[2]!.article.id)).toBeUndefined();
    }));

  it("stores a batch like one-by-one puts, all or nothing", async () => {
    const changed = sampleArticle({
      id: OUTLETS[1]!.article.id,
      source: "AFP",
      date: "2023-11-01",
      sentences: ["Correction: no call took place."],
    });
    const items = [...ORDER_POOL, OUTLETS[0]!, changed];
    const oneByOne = await withStore(factory, async (store) => {
      for (const s of items) await store.putArticle(s.article, s.result, V);
      return snapshot(store);
    });
    await withStore(factory, async (store) => {
      const results = await store.putArticles(items, V);
      expect(results.map((r) => r.status).slice(-2)).toEqual(["unchanged", "replaced"]);
      expect(await snapshot(store)).toEqual(oneByOne);
      const bad = {
        ...CORPUS[2]!.result,
        events: CORPUS[2]!.result.events.map((e) => ({ ...e, date: "2023-02-31" })),
      };
      const article = { ...CORPUS[2]!.article, text: "Changed." };
      const fresh = report("new-1", "BBC", "2023-11-02", "2023-11-01");
      await expect(
        store.putArticles([fresh, { article, result: { ...bad, article } }], V),
      ).rejects.toThrow();
      expect(await snapshot(store)).toEqual(oneByOne);
    });
  });

  it("records ingest runs (updated by id) and per-document issues", () =>
    withStore(factory, async (store) => {
      const run = {
        id: "run-1",
        command: "ingest",
        coderVersion: V,
        inputs: ["a.jsonl"],
        startedAt: "2024-01-01T00:00:00Z",
        status: "running" as const,
        counts: {},
      };
      await store.recordRun(run);
      await store.recordRun({
        ...run,
        status: "done",
        finishedAt: "2024-01-01T00:01:00Z",
        counts: { articles: 2 },
      });
      await store.recordIssue("run-1", {
        severity: "error",
        code: "bad-json",
        message: "line 2 is not JSON",
        origin: { file: "a.jsonl", line: 2 },
      });
      await store.recordIssue("run-1", {
        severity: "warning",
        code: "no-date",
        message: "undated",
        origin: { file: "a.jsonl", line: 3 },
        articleId: "x",
      });
      expect(await store.counts()).toMatchObject({ runs: 1, issues: 2 });
    }));

  it("keeps its data when reopened (migrations apply once)", () =>
    withStore(factory, async (store, fixture) => {
      for (const s of CORPUS) await store.putArticle(s.article, s.result, V);
      const before = await snapshot(store);
      const again = await fixture.open();
      try {
        expect(await snapshot(again)).toEqual(before);
      } finally {
        await again.close();
      }
    }));

  it("gives the same events when two writers store articles concurrently", async () => {
    const sequential = await withStore(factory, async (store) => {
      for (const s of ORDER_POOL) await store.putArticle(s.article, s.result, V);
      return snapshot(store);
    });
    const concurrent = await withStore(factory, async (store, fixture) => {
      const other = await fixture.open();
      try {
        const half = (k: number): SampleArticle[] => ORDER_POOL.filter((_, i) => i % 2 === k);
        // One writer puts one by one, the other in small batches.
        const writer = async (
          s: EventStore,
          list: SampleArticle[],
          batch: number,
        ): Promise<void> => {
          for (let i = 0; i < list.length; i += batch) {
            if (batch === 1) await s.putArticle(list[i]!.article, list[i]!.result, V);
            else await s.putArticles(list.slice(i, i + batch), V);
          }
        };
        await Promise.all([writer(store, half(0), 1), writer(other, half(1), 3)]);
      } finally {
        await other.close();
      }
      return snapshot(store);
    });
    expect(concurrent).toEqual(sequential);
  });

  it("gives the same events (ids and counts) whatever order articles are put in", async () => {
    const putAll = (list: readonly SampleArticle[]): Promise<unknown> =>
      withStore(factory, async (store) => {
        for (const s of list) await store.putArticle(s.article, s.result, V);
        return snapshot(store);
      });
    const expected = await putAll(ORDER_POOL);
    const orders = fc
      .tuple(
        fc.shuffledSubarray(ORDER_POOL, { minLength: ORDER_POOL.length }),
        fc.array(fc.nat(ORDER_POOL.length - 1), { maxLength: 3 }),
      )
      .map(([order, repeats]) => [...order, ...repeats.map((i) => order[i]!)]);
    await fc.assert(
      fc.asyncProperty(orders, async (order) => {
        expect(await putAll(order)).toEqual(expected);
      }),
      { numRuns: opts.propertyRuns },
    );
  });
}
