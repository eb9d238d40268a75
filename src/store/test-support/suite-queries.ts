/**
 * Store suite, reads: every filter, stable pagination in every sort order, stats (roll-up and
 * event paths agree), one event with its evidence, actors.
 */
import { expect, it } from "vitest";
import type { EventFilter, EventSort, EventStore, StoredEvent } from "../event-store.js";
import { ent, sampleArticle } from "./sample-articles.js";
import { type StoreFactory, withStore } from "./store-fixture.js";
import { labelsOf, putCorpus } from "./suite-corpus.js";

const CONSULT = "CONSULT/asserted";
const REQUEST = "REQUEST/asserted";
const RAID = "COERCE/asserted";
const PROTEST = "PROTEST/asserted";
const ARREST = "COERCE/negated";
const AID = "AID/future";

/** Filter cases over the corpus: each names the labels it must return. */
const FILTER_CASES: readonly { name: string; filter: EventFilter; expected: string[] }[] = [
  { name: "nothing", filter: {}, expected: [CONSULT, REQUEST, RAID, PROTEST, ARREST, AID] },
  {
    name: "from (undated events excluded)",
    filter: { from: "2023-12-01" },
    expected: [RAID, PROTEST, ARREST],
  },
  { name: "to", filter: { to: "2023-11-30" }, expected: [CONSULT, REQUEST] },
  { name: "one day", filter: { from: "2023-11-01", to: "2023-11-01" }, expected: [CONSULT] },
  {
    name: "day from the first report when undated",
    filter: { from: "2024-01-11", to: "2024-01-11" },
    expected: [ARREST],
  },
  { name: "actor code", filter: { actor: { code: "omn" } }, expected: [CONSULT, REQUEST] },
  { name: "actor full code", filter: { actor: { code: "IGOUNO" } }, expected: [AID] },
  { name: "actor country", filter: { actor: { country: "UNO" } }, expected: [AID] },
  { name: "country is not the full code", filter: { actor: { country: "IGOUNO" } }, expected: [] },
  { name: "actor sector", filter: { actor: { sector: "pol" } }, expected: [ARREST] },
  { name: "actor name", filter: { actor: { name: "WANG" } }, expected: [CONSULT] },
  {
    name: "actor fields on one entity",
    filter: { actor: { code: "CHN", sector: "MIL" } },
    expected: [],
  },
  { name: "recipient code", filter: { recipient: { code: "SDN" } }, expected: [AID] },
  { name: "recipient is not actor", filter: { recipient: { country: "OMN" } }, expected: [] },
  {
    name: "dyad",
    filter: { actor: { code: "OMN" }, recipient: { code: "ISR" } },
    expected: [REQUEST],
  },
  { name: "type", filter: { type: "COERCE" }, expected: [RAID, ARREST] },
  { name: "types", filter: { type: ["PROTEST", "AID"] }, expected: [PROTEST, AID] },
  { name: "mode", filter: { mode: "phone" }, expected: [CONSULT] },
  { name: "mode is a whole member", filter: { mode: "pho" }, expected: [] },
  { name: "context", filter: { context: "ceasefire" }, expected: [REQUEST] },
  { name: "quad", filter: { quad: 4 }, expected: [RAID, ARREST] },
  { name: "quads", filter: { quad: [2, 3] }, expected: [PROTEST, AID] },
  { name: "modality", filter: { modality: "future" }, expected: [AID] },
  {
    name: "min confidence (highest mention)",
    filter: { minConfidence: 0.85 },
    expected: [CONSULT],
  },
  { name: "text", filter: { text: "refugee camp" }, expected: [RAID] },
  {
    name: "text, any case, any outlet's sentence",
    filter: { text: "TELEPHONE" },
    expected: [CONSULT],
  },
  { name: "text with a LIKE wildcard", filter: { text: "50%" }, expected: [PROTEST] },
  { name: "wildcards are literal", filter: { text: "5_%" }, expected: [] },
  { name: "short text (no index)", filter: { text: "Ni" }, expected: [CONSULT, RAID, AID] },
  {
    name: "combined",
    filter: { type: "CONSULT", actor: { code: "CHN" }, from: "2023-11-01", to: "2023-11-30" },
    expected: [CONSULT],
  },
];

async function allPages(
  store: EventStore,
  filter: EventFilter,
  sort: EventSort,
  limit: number,
): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.queryEvents(filter, { limit, sort, ...(cursor ? { cursor } : {}) });
    out.push(...page.events);
    cursor = page.next;
  } while (cursor !== undefined);
  return out;
}

/** 30 single-event articles over a few days, several per day, so ties need the id order. */
function manyEvents(): ReturnType<typeof sampleArticle>[] {
  return Array.from({ length: 30 }, (_, i) =>
    sampleArticle({
      id: `many-${String(i).padStart(2, "0")}`,
      source: ["Reuters", "AFP", "AP"][i % 3]!,
      date: `2024-02-0${(i % 4) + 2}`,
      sentences: [`Officials of country ${i} met their counterparts on Monday.`],
      events: [
        {
          type: i % 2 ? "CONSULT" : "AGREE",
          actor: [ent(`C${String(i % 7).padStart(2, "0")}`, ["GOV"])],
          date: `2024-02-0${(i % 4) + 1}`,
          intensity: i % 5,
        },
      ],
    }),
  );
}

/** Registers the read tests. */
export function queryTests(factory: StoreFactory): void {
  it.each(FILTER_CASES)("filters events: $name", ({ filter, expected }) =>
    withStore(factory, async (store) => {
      await putCorpus(store);
      expect(labelsOf((await store.queryEvents(filter)).events)).toEqual([...expected].sort());
    }),
  );

  it("pages through every sort order without gaps or repeats", () =>
    withStore(factory, async (store) => {
      for (const s of manyEvents()) await store.putArticle(s.article, s.result, "test-1");
      for (const sort of ["date-desc", "date-asc", "mentions-desc"] as const) {
        for (const filter of [{}, { type: "AGREE" as const }]) {
          const whole = (await store.queryEvents(filter, { limit: 1000, sort })).events.map(
            (e) => e.id,
          );
          expect((await allPages(store, filter, sort, 4)).map((e) => e.id)).toEqual(whole);
          expect(new Set(whole).size).toBe(whole.length);
        }
      }
      const days = (await store.queryEvents({}, { limit: 1000, sort: "date-asc" })).events.map(
        (e) => e.day,
      );
      expect(days).toEqual([...days].sort());
      await expect(store.queryEvents({}, { cursor: "not-a-cursor" })).rejects.toThrow(/cursor/);
    }));

  it("counts events, reports and intensity per month and type", () =>
    withStore(factory, async (store) => {
      await putCorpus(store);
      expect(await store.stats("month", "type")).toEqual([
        { bucket: "", key: "AID", events: 1, mentions: 1, intensity: 3 },
        { bucket: "2023-11", key: "CONSULT", events: 1, mentions: 2, intensity: 1 },
        { bucket: "2023-11", key: "REQUEST", events: 1, mentions: 1, intensity: 1 },
        { bucket: "2023-12", key: "COERCE", events: 1, mentions: 1, intensity: -7 },
        { bucket: "2024-01", key: "COERCE", events: 1, mentions: 1, intensity: -5 },
        { bucket: "2024-01", key: "PROTEST", events: 1, mentions: 1, intensity: -4 },
      ]);
      expect(await store.stats("week", "quad", { from: "2024-01-01" })).toEqual([
        { bucket: "2024-01-08", key: "3", events: 1, mentions: 1, intensity: -4 },
        { bucket: "2024-01-08", key: "4", events: 1, mentions: 1, intensity: -5 },
      ]);
      expect(await store.stats("day", "dyad", { actor: { code: "OMN" } })).toEqual([
        { bucket: "2023-11-01", key: "CHN+OMN>", events: 1, mentions: 2, intensity: 1 },
        { bucket: "2023-11-02", key: "OMN>ISR", events: 1, mentions: 1, intensity: 1 },
      ]);
    }));

  it("gives the same stats from the roll-up as from the events", () =>
    withStore(factory, async (store) => {
      await putCorpus(store);
      for (const s of manyEvents()) await store.putArticle(s.article, s.result, "test-1");
      const filters: EventFilter[] = [
        {},
        { from: "2024-01-01" },
        { to: "2024-01-31" },
        { from: "2023-11-01", to: "2024-02-29", type: ["CONSULT", "COERCE"] },
        { actor: { country: "OMN" } },
        { recipient: { country: "ISR" }, from: "2023-11-01", to: "2023-11-30" },
        { actor: { country: "C03" }, quad: 1 },
      ];
      for (const group of ["day", "week", "month"] as const) {
        for (const by of ["type", "quad"] as const) {
          for (const filter of filters) {
            // minConfidence 0 keeps every event but forces the aggregate over the events table.
            const fromEvents = await store.stats(group, by, { ...filter, minConfidence: 0 });
            expect(await store.stats(group, by, filter)).toEqual(fromEvents);
          }
        }
      }
    }));

  it("returns one event with its mentions, evidence and sentence texts", () =>
    withStore(factory, async (store) => {
      const byLabel = await putCorpus(store);
      const event = await store.getEvent(byLabel.get(CONSULT)!.id);
      expect(
        event?.mentions.map((m) => [m.record.article_id, m.articleSource, m.coderVersion]).sort(),
      ).toEqual([
        ["afp-1", "AFP", "test-1"],
        ["reuters-1", "Reuters", "test-1"],
      ]);
      const reuters = event!.mentions.find((m) => m.record.article_id === "reuters-1")!;
      expect(reuters.articleTitle).toBe("China and Oman discuss Gaza");
      const text = (await store.getArticle("reuters-1"))!.article.text;
      const { sentence, trigger } = reuters.record.evidence;
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(text.slice(trigger.start, trigger.end)).toBe(trigger.text);
      expect(await store.getEvent("no-such-event")).toBeUndefined();
      const page = await store.queryEvents({ type: "CONSULT" }, { withMentions: true });
      expect(page.events[0]).toEqual(event);
    }));

  it("lists the events an article reports", () =>
    withStore(factory, async (store) => {
      const byLabel = await putCorpus(store);
      const events = await store.eventsOfArticle("reuters-1");
      expect(events.map((e) => e.id)).toContain(byLabel.get(CONSULT)!.id);
      for (const e of events) {
        const full = await store.getEvent(e.id);
        expect(full?.mentions.some((m) => m.record.article_id === "reuters-1")).toBe(true);
      }
      expect(await store.eventsOfArticle("no-such-article")).toEqual([]);
    }));

  it("lists actors by mentions, with filters", () =>
    withStore(factory, async (store) => {
      await putCorpus(store);
      const all = await store.listActors();
      expect(all[0]).toEqual({ code: "OMN", sector: ["GOV"], mentions: 3 });
      expect(await store.listActors({ code: "IGOUNO" })).toEqual([
        { code: "UNO", code_full: "IGOUNO", name: "United Nations", sector: ["IGO"], mentions: 1 },
      ]);
      expect((await store.listActors({ name: "wang" })).map((a) => a.mentions)).toEqual([2]);
      expect((await store.listActors({ sector: "GOV", limit: 2 })).length).toBe(2);
    }));
}
