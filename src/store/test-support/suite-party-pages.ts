/**
 * Store suite, participant pages: an event page filtered by a participant code or country walks
 * that participant's index entries in date order (`sql/party-walk.ts`); its pages must be exactly
 * the matching events in the order of an unfiltered page, with entities coded twice in one role
 * (other sectors) counted once, and cursors that neither skip nor repeat.
 */
import { expect, it } from "vitest";
import type { Entity } from "../../core/types.js";
import type { EventFilter, EventSort, EventStore, StoredEvent } from "../event-store.js";
import { ent, sampleArticle } from "./sample-articles.js";
import { type StoreFactory, withStore } from "./store-fixture.js";

const CODES = ["C01", "C02", "C03"];

/** 36 events on 5 days (some undated), actors sometimes coded twice with other sectors. */
function partyEvents(): ReturnType<typeof sampleArticle>[] {
  return Array.from({ length: 36 }, (_, i) => {
    const code = CODES[i % 3]!;
    const actor = i % 4 === 0 ? [ent(code, ["GOV"]), ent(code, ["MIL"])] : [ent(code, ["GOV"])];
    const day = i % 6 === 5 ? undefined : `2024-03-0${(i % 5) + 1}`;
    return sampleArticle({
      id: `party-${String(i).padStart(2, "0")}`,
      date: "2024-03-09",
      sentences: [`Officials of group ${i} met envoys in the capital on Tuesday.`],
      events: [
        {
          type: i % 2 ? "CONSULT" : "AGREE",
          actor,
          recipient: i % 3 === 1 ? [] : [ent(CODES[(i + 1) % 3]!, ["GOV"])],
          intensity: i % 5,
          ...(day ? { date: day } : {}),
        },
      ],
    });
  });
}

/** Participant filters with the test each event must pass for it. */
const CASES: readonly { filter: EventFilter; keep: (e: StoredEvent) => boolean }[] = [
  { filter: { actor: { code: "C01" } }, keep: (e) => has(e.actor, "C01") },
  { filter: { actor: { country: "c02" } }, keep: (e) => has(e.actor, "C02") },
  { filter: { actor: { code: "C01", sector: "MIL" } }, keep: (e) => has(e.actor, "C01", "MIL") },
  {
    filter: { actor: { code: "C03" }, type: "AGREE", from: "2024-03-02", to: "2024-03-04" },
    keep: (e) =>
      has(e.actor, "C03") && e.event === "AGREE" && e.day >= "2024-03-02" && e.day <= "2024-03-04",
  },
  { filter: { recipient: { code: "C02" } }, keep: (e) => has(e.recipient, "C02") },
  {
    filter: { actor: { code: "C01" }, recipient: { country: "C02" } },
    keep: (e) => has(e.actor, "C01") && has(e.recipient, "C02"),
  },
  {
    filter: { actor: { code: "C01" }, quad: 1 },
    keep: (e) => has(e.actor, "C01") && e.quad_code === 1,
  },
];

function has(parties: readonly Entity[], code: string, sector?: string): boolean {
  return parties.some(
    (p) => p.code === code && (sector === undefined || p.sector.includes(sector)),
  );
}

async function ids(
  store: EventStore,
  filter: EventFilter,
  sort: EventSort,
  limit: number,
): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.queryEvents(filter, { limit, sort, ...(cursor ? { cursor } : {}) });
    out.push(...page.events.map((e) => e.id));
    cursor = page.next;
  } while (cursor !== undefined);
  return out;
}

/** Registers the participant page tests. */
export function partyPageTests(factory: StoreFactory): void {
  it("pages a participant's events in date order, each event once", () =>
    withStore(factory, async (store) => {
      for (const s of partyEvents()) await store.putArticle(s.article, s.result, "test-1");
      for (const sort of ["date-desc", "date-asc"] as const) {
        const all = (await store.queryEvents({}, { limit: 1000, sort })).events;
        for (const { filter, keep } of CASES) {
          const expected = all.filter(keep).map((e) => e.id);
          expect(expected.length).toBeGreaterThan(1);
          expect(await ids(store, filter, sort, 1000)).toEqual(expected);
          expect(await ids(store, filter, sort, 2)).toEqual(expected);
        }
      }
    }));
}
