/**
 * Store suite, article identity: an article stored under an origin key (the file a document
 * without an id was read from) is replaced by the next article stored under the same key, alone
 * or in a batch, and keeps its key when re-coded.
 */
import { expect, it } from "vitest";
import type { EventStore, PutItem } from "../event-store.js";
import { ent, sampleArticle } from "./sample-articles.js";
import { type StoreFactory, withStore } from "./store-fixture.js";
import { snapshot } from "./suite-corpus.js";

const V = "test-1";
const KEY = "file:/news/oman-call.article";

/** A version of the article read from `KEY`: its id is its content hash, as src/ingest makes it. */
function version(id: string, sentence: string, type: "CONSULT" | "ACCUSE"): PutItem {
  const s = sampleArticle({
    id,
    source: "Reuters",
    date: "2023-11-02",
    sentences: [sentence],
    events: [{ type, actor: [ent("OMN", ["GOV"])], recipient: [ent("ISR")], date: "2023-11-01" }],
  });
  return { ...s, originKey: KEY };
}

const V1 = version(
  "sha256:0001",
  "Oman's foreign minister called his Israeli counterpart.",
  "CONSULT",
);
const V2 = version("sha256:0002", "Oman accused Israel of breaking the truce.", "ACCUSE");
const OTHER = sampleArticle({
  id: "wire-9",
  source: "AFP",
  date: "2023-11-02",
  sentences: ["Oman's foreign minister spoke to Israel's by phone."],
  events: [
    { type: "CONSULT", actor: [ent("OMN", ["GOV"])], recipient: [ent("ISR")], date: "2023-11-01" },
  ],
});

async function put(store: EventStore, item: PutItem, version = V): Promise<string> {
  return (await store.putArticles([item], version))[0]!.status;
}

/** Registers the origin-key tests. */
export function originTests(factory: StoreFactory): void {
  it("keeps an article's source metadata (outlet, language, fetched-at, byline) with it", () =>
    withStore(factory, async (store) => {
      const origin = {
        file: "https://news.example/feed.rss",
        outlet: "Harbour Line",
        url: "https://news.example/world/oman-call",
        language: "en",
        fetchedAt: "2023-11-02T08:00:00.000Z",
        byline: "A. Writer",
        entry: 3,
      };
      const item = { ...OTHER, article: { ...OTHER.article, origin } };
      await put(store, item);
      expect((await store.getArticle(OTHER.article.id))?.article.origin).toEqual(origin);
      await put(store, V1);
      expect((await store.getArticle(V1.article.id))?.article.origin).toEqual(V1.article.origin);
    }));

  it("replaces the article stored under the same origin key, and its mentions", () =>
    withStore(factory, async (store) => {
      await put(store, OTHER);
      expect(await put(store, V1)).toBe("inserted");
      expect((await store.queryEvents({ type: "CONSULT" })).events[0]?.mention_count).toBe(2);
      expect(await put(store, V2)).toBe("replaced");
      expect(await store.getArticle(V1.article.id)).toBeUndefined();
      expect(await store.counts()).toMatchObject({ articles: 2, mentions: 2, events: 2 });
      const consult = (await store.queryEvents({ type: "CONSULT" })).events;
      expect(consult.map((e) => e.mention_count)).toEqual([1]);
      expect((await store.queryEvents({ text: "breaking the truce" })).events).toHaveLength(1);
      expect((await store.queryEvents({ text: "called his Israeli" })).events).toEqual([]);
      expect(await store.articleStamps(V2.article.id, KEY)).toEqual([
        expect.objectContaining({ id: V2.article.id, originKey: KEY, coderVersion: V }),
      ]);
      expect(await put(store, V2)).toBe("unchanged");
    }));

  it("stores origin replacements in a batch like one-by-one puts", async () => {
    const items = [OTHER, V1, V2, V1];
    const oneByOne = await withStore(factory, async (store) => {
      const statuses = [];
      for (const item of items) statuses.push(await put(store, item));
      return { statuses, snap: await snapshot(store) };
    });
    expect(oneByOne.statuses).toEqual(["inserted", "inserted", "replaced", "replaced"]);
    await withStore(factory, async (store) => {
      const statuses = (await store.putArticles(items, V)).map((r) => r.status);
      expect({ statuses, snap: await snapshot(store) }).toEqual(oneByOne);
    });
  });

  it("keeps an article's origin key when it is re-coded without one", () =>
    withStore(factory, async (store) => {
      await put(store, V1);
      const recoded: PutItem = { article: V1.article, result: V1.result };
      expect(await put(store, recoded, "test-2")).toBe("replaced");
      expect((await store.articleStamps(V1.article.id))[0]).toMatchObject({ originKey: KEY });
      expect(await put(store, V2, "test-2")).toBe("replaced");
      expect(await store.counts()).toMatchObject({ articles: 1, mentions: 1 });
    }));

  it("leaves articles with their own ids alone", () =>
    withStore(factory, async (store) => {
      await put(store, OTHER);
      await put(store, V1);
      expect(await store.articleStamps(OTHER.article.id, KEY)).toHaveLength(2);
      expect(await put(store, OTHER)).toBe("unchanged");
      expect(await store.counts()).toMatchObject({ articles: 2 });
    }));
}
