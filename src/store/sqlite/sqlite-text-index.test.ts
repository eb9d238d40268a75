/**
 * SQLite's sentence index: text search gives what a plain substring test over the mentions'
 * sentences gives, whether the sentences are indexed, in the unindexed tail, or both, and after
 * articles are replaced (including when SQLite reuses the seqs of deleted mentions).
 */
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { EventStore } from "../event-store.js";
import { migrate } from "../sql/migrate.js";
import { SqlEventStore } from "../sql/sql-event-store.js";
import { ent, sampleArticle, type SampleArticle } from "../test-support/sample-articles.js";
import { CORPUS } from "../test-support/suite-corpus.js";
import { SqliteDriver } from "./sqlite-driver.js";
import { SQLITE_TEXT_INDEX } from "./sqlite-text-index.js";

const V = "test-1";
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function open(): Promise<{ store: EventStore; catchUp: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-fts-"));
  dirs.push(dir);
  const driver = new SqliteDriver(join(dir, "t.db"));
  await migrate(driver);
  return {
    store: new SqlEventStore(driver),
    catchUp: () => driver.transaction((tx) => SQLITE_TEXT_INDEX.catchUp(tx, 0)),
  };
}

/** Event ids whose mentions' sentences contain the term (case-insensitive), the slow way. */
async function naive(store: EventStore, term: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await store.queryEvents({}, { limit: 1000, withMentions: true })).events) {
    const sentences = "mentions" in e ? e.mentions.map((m) => m.record.evidence.sentence.text) : [];
    if (sentences.some((s) => s.toLowerCase().includes(term.toLowerCase()))) out.push(e.id);
  }
  return out.sort();
}

async function search(store: EventStore, text: string): Promise<string[]> {
  return (await store.queryEvents({ text }, { limit: 1000 })).events.map((e) => e.id).sort();
}

/** Terms: substrings of the corpus sentences in random case, and strings that match nothing. */
const SENTENCES = CORPUS.flatMap((s) => s.result.events.map((e) => e.evidence.sentence.text));
const TERMS = fc.oneof(
  fc
    .tuple(fc.constantFrom(...SENTENCES), fc.nat(), fc.integer({ min: 1, max: 12 }), fc.boolean())
    .map(([s, at, n, upper]) => {
      const part = s.slice(at % s.length, (at % s.length) + n);
      return upper ? part.toUpperCase() : part;
    }),
  fc.string({ minLength: 1, maxLength: 6 }),
);

/** A new version of an article, with sentences of its own. */
function rewrite(s: SampleArticle, sentence: string): SampleArticle {
  return sampleArticle({
    id: s.article.id,
    source: "Reuters",
    date: "2024-02-02",
    sentences: [sentence],
    events: [{ type: "ACCUSE", actor: [ent("NOR", ["GOV"])], date: "2024-02-01" }],
  });
}

describe("SQLite sentence index", () => {
  it("finds what a substring test finds: unindexed, indexed, and half indexed", async () => {
    const { store, catchUp } = await open();
    try {
      const half = Math.ceil(CORPUS.length / 2);
      for (const s of CORPUS.slice(0, half)) await store.putArticle(s.article, s.result, V);
      const check = (): Promise<void> =>
        fc.assert(
          fc.asyncProperty(TERMS, async (t) => {
            expect(await search(store, t)).toEqual(await naive(store, t));
          }),
          { numRuns: 60 },
        );
      await check();
      await catchUp();
      for (const s of CORPUS.slice(half)) await store.putArticle(s.article, s.result, V);
      await check();
      await catchUp();
      await check();
    } finally {
      await store.close();
    }
  });

  it("forgets replaced sentences and indexes mentions that reuse deleted seqs", async () => {
    const { store, catchUp } = await open();
    try {
      for (const s of CORPUS) await store.putArticle(s.article, s.result, V);
      await catchUp();
      // The last article's mentions have the highest seqs: its new mentions get them again.
      const last = CORPUS[CORPUS.length - 1]!;
      const first = CORPUS[0]!;
      const oldText = last.result.events[0]!.evidence.sentence.text.slice(0, 20);
      expect(await search(store, oldText)).toHaveLength(1);
      const newer = rewrite(last, "Norway's envoy denounced the fisheries accord on Thursday.");
      await store.putArticle(newer.article, newer.result, V);
      const replaced = rewrite(first, "Norway's minister rejected the whaling quota on Friday.");
      await store.putArticle(replaced.article, replaced.result, V);
      for (const indexed of [false, true]) {
        if (indexed) await catchUp();
        expect(await search(store, oldText)).toEqual([]);
        expect(await search(store, "fisheries ACCORD")).toHaveLength(1);
        expect(await search(store, "whaling quota")).toHaveLength(1);
        expect(await search(store, "Wang Yi spoke")).toEqual([]);
        expect(await search(store, "telephone call")).toHaveLength(1);
      }
    } finally {
      await store.close();
    }
  });
});
