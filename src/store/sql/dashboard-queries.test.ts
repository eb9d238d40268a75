import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PloverType } from "../../core/types.js";
import type { EventFilter, EventStore, KeyCount, StoredEvent } from "../event-store.js";
import { openStore } from "../open-store.js";
import {
  type PostgresServer,
  findPostgresBin,
  startPostgres,
} from "../test-support/postgres-server.js";
import { ent, sampleArticle, type EventSpec } from "../test-support/sample-articles.js";
import { rollupAnswers, splitRange } from "./dashboard-queries.js";
import { dyadOf } from "./event-rows.js";

const CODES = ["CHN", "USA", "OMN", "RUS", "FRA"];
const TYPES: readonly [PloverType, 1 | 2 | 3 | 4, number][] = [
  ["CONSULT", 1, 2.5],
  ["AID", 2, 5],
  ["ACCUSE", 3, -3],
  ["ASSAULT", 4, -9],
];
/** Days of 2023 the corpus uses: month edges, mid-month days, a leap-free February end. */
const DAYS = ["01-01", "01-15", "01-31", "02-01", "02-14", "02-28", "03-01", "03-20", "04-30"];

/** A deterministic corpus: one event per article, dated or not, over four months. */
function corpus(): ReturnType<typeof sampleArticle>[] {
  // mulberry32: a small deterministic generator with well-mixed low bits.
  let a = 7;
  const next = (n: number): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  return Array.from({ length: 70 }, (_, i) => {
    const [type, quad, intensity] = TYPES[next(TYPES.length)]!;
    const actor = [ent(CODES[next(5)]!, ["GOV"])];
    if (next(4) === 0) actor.push(ent(CODES[next(5)]!, ["MIL"]));
    const recipient = next(3) === 0 ? [] : [ent(CODES[next(5)]!, ["GOV"])];
    const date = next(8) === 0 ? undefined : `2023-${DAYS[next(DAYS.length)]!}`;
    const spec: EventSpec = {
      type,
      quad,
      intensity,
      actor,
      recipient,
      confidence: 0.5 + next(5) / 10,
      mode: next(2) === 0 ? ["phone"] : [],
      ...(date ? { date } : {}),
    };
    return sampleArticle({
      id: `web-${i}`,
      date: date ?? "2023-05-01",
      sentences: [`Officials of several states met in a capital city on day ${i} of talks.`],
      events: [spec],
    });
  });
}

/** What the breakdown must say, computed from plain event pages. */
function expected(events: readonly StoredEvent[]) {
  const dyads = new Map<string, KeyCount>();
  const codes = { actor: new Map<string, KeyCount>(), recipient: new Map<string, KeyCount>() };
  const bump = (m: Map<string, KeyCount>, key: string, e: StoredEvent): void => {
    const c = m.get(key) ?? { key, events: 0, intensity: 0 };
    m.set(key, { key, events: c.events + 1, intensity: c.intensity + e.intensity });
  };
  for (const e of events) {
    bump(dyads, dyadOf(e), e);
    for (const code of new Set(e.actor.map((a) => a.code))) bump(codes.actor, code, e);
    for (const code of new Set(e.recipient.map((a) => a.code))) bump(codes.recipient, code, e);
  }
  const sorted = (m: Map<string, KeyCount>): [string, number, number][] =>
    [...m.values()]
      .map((c): [string, number, number] => [c.key, c.events, Math.round(c.intensity * 1e6)])
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { dyads: sorted(dyads), actor: sorted(codes.actor), recipient: sorted(codes.recipient) };
}

const norm = (rows: readonly KeyCount[]): [string, number, number][] =>
  rows
    .map((c): [string, number, number] => [c.key, c.events, Math.round(c.intensity * 1e6)])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));

const day = fc.constantFrom(...DAYS.map((d) => `2023-${d}`), "2022-12-31", "2023-01-10");
const filterTypes = fc.subarray(
  TYPES.map((t) => t[0]),
  { minLength: 1 },
);
const filterQuads = fc.subarray([1, 2, 3, 4] as const, { minLength: 1 });
const filterArb: fc.Arbitrary<EventFilter> = fc.record(
  {
    from: day,
    to: day,
    type: filterTypes,
    quad: filterQuads,
    actor: fc.oneof(
      fc.record({ country: fc.constantFrom(...CODES) }),
      fc.record({ code: fc.constantFrom(...CODES) }),
      fc.record({ sector: fc.constantFrom("GOV", "MIL") }),
    ),
    recipient: fc.record({ country: fc.constantFrom(...CODES) }),
    mode: fc.constant("phone"),
    minConfidence: fc.constantFrom(0.6, 0.8),
  },
  { requiredKeys: [] },
);

/** The breakdown tests on one back end; `open` makes an empty store. */
function breakdownSuite(
  kind: string,
  open: () => Promise<{ store: EventStore; cleanup: () => Promise<void> }>,
): void {
  describe(`eventBreakdown (${kind})`, () => {
    let store: EventStore;
    let cleanup: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      const opened = await open();
      store = opened.store;
      cleanup = opened.cleanup;
      await store.putArticles(corpus(), "test-1");
      // The properties below compare against queryEvents: they only mean something on a full store.
      expect((await store.counts()).events).toBeGreaterThanOrEqual(50);
    }, 120_000);
    afterAll(async () => {
      await store?.close();
      await cleanup?.();
    });

    it("with a sample larger than the matches, counts every matching event exactly", async () => {
      await fc.assert(
        fc.asyncProperty(filterArb, async (filter) => {
          const all = (await store.queryEvents(filter, { limit: 1000 })).events;
          const b = await store.eventBreakdown(filter, { sample: 1000 });
          const want = expected(all);
          expect(b.sampled).toBe(all.length);
          expect(b.complete).toBe(true);
          expect(b.codesExact).toBe(true);
          expect(norm(b.dyads)).toEqual(want.dyads);
          expect(norm(b.actors)).toEqual(want.actor);
          expect(norm(b.recipients)).toEqual(want.recipient);
        }),
        { numRuns: 120 },
      );
    });

    it("samples the newest matching events; code counts stay exact when roll-ups answer", async () => {
      await fc.assert(
        fc.asyncProperty(filterArb, fc.integer({ min: 1, max: 12 }), async (filter, sample) => {
          const all = (await store.queryEvents(filter, { limit: 1000 })).events;
          const newest = (await store.queryEvents(filter, { limit: sample })).events;
          const b = await store.eventBreakdown(filter, { sample });
          expect(b.sampled).toBe(newest.length);
          expect(b.complete).toBe(all.length < sample);
          expect(norm(b.dyads)).toEqual(expected(newest).dyads);
          expect(b.codesExact).toBe(b.complete || rollupAnswers(filter));
          const codesOf = b.codesExact ? expected(all) : expected(newest);
          expect(norm(b.actors)).toEqual(codesOf.actor);
          expect(norm(b.recipients)).toEqual(codesOf.recipient);
        }),
        { numRuns: 120 },
      );
    });

    it("code counts over partial and whole months equal the events' (dates, types, quads only)", async () => {
      const rollupFilter = fc.record(
        { from: day, to: day, type: filterTypes, quad: filterQuads },
        { requiredKeys: ["from", "to"] },
      );
      let nonEmpty = 0;
      await fc.assert(
        fc.asyncProperty(rollupFilter, async (filter) => {
          const all = (await store.queryEvents(filter, { limit: 1000 })).events;
          const b = await store.eventBreakdown(filter, { sample: 1 });
          expect(b.codesExact).toBe(true);
          expect(norm(b.actors)).toEqual(expected(all).actor);
          expect(norm(b.recipients)).toEqual(expected(all).recipient);
          if (all.length > 1) nonEmpty++;
        }),
        { numRuns: 150 },
      );
      expect(nonEmpty).toBeGreaterThan(30);
    });

    it("returns the most frequent dyads first, at most `dyads` of them", async () => {
      const b = await store.eventBreakdown({}, { dyads: 3 });
      expect(b.dyads).toHaveLength(3);
      const counts = b.dyads.map((d) => d.events);
      expect([...counts].sort((x, y) => y - x)).toEqual(counts);
    });

    it.each([
      ["sample", { sample: 0 }],
      ["sample", { sample: 100_001 }],
      ["dyads", { dyads: 1.5 }],
    ])("rejects a bad %s option", async (name, opts) => {
      await expect(store.eventBreakdown({}, opts)).rejects.toThrow(new RegExp(name));
    });
  });
}

breakdownSuite("sqlite", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-breakdown-"));
  return {
    store: await openStore(join(dir, "b.db")),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

const pgBin = findPostgresBin();
if (pgBin === undefined) {
  console.warn(
    "POSTGRESQL BREAKDOWN TESTS SKIPPED: no initdb/pg_ctl (apt-get install -y postgresql)",
  );
} else {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await startPostgres(pgBin);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });
  breakdownSuite("postgres", async () => {
    const name = `dyad_breakdown_${process.pid}`;
    const url = await server!.createDatabase(name);
    return { store: await openStore(url), cleanup: () => server!.dropDatabase(name) };
  });
}

describe("splitRange", () => {
  it.each([
    ["2023-01-01", "2023-03-31", ["2023-01", "2023-03"], []],
    ["2023-01-15", "2023-03-31", ["2023-02", "2023-03"], [["2023-01-15", "2023-01-31"]]],
    ["2023-01-01", "2023-03-10", ["2023-01", "2023-02"], [["2023-03-01", "2023-03-10"]]],
    ["2023-01-10", "2023-01-20", null, [["2023-01-10", "2023-01-20"]]],
    ["2023-01-01", "2023-01-20", null, [["2023-01-01", "2023-01-20"]]],
    ["2023-01-10", "2023-01-31", null, [["2023-01-10", "2023-01-31"]]],
    [
      "2023-01-31",
      "2023-02-01",
      null,
      [
        ["2023-01-31", "2023-01-31"],
        ["2023-02-01", "2023-02-01"],
      ],
    ],
    ["2024-02-01", "2024-02-29", ["2024-02", "2024-02"], []],
    ["2023-03-01", "2023-02-01", null, []],
    [undefined, "2023-02-28", ["0000-01", "2023-02"], []],
    ["1999-12-31", undefined, ["2000-01", "9999-12"], [["1999-12-31", "1999-12-31"]]],
  ] as const)("%s..%s", (from, to, months, partial) => {
    expect(splitRange(from, to)).toEqual({ months, partial });
  });

  it("no bounds: every month, undated events too", () => {
    expect(splitRange(undefined, undefined)).toEqual({ months: undefined, partial: [] });
  });

  it("partial and whole parts cover every day of the range exactly once", () => {
    const dayArb = fc
      .date({ min: new Date("2019-01-01"), max: new Date("2025-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const parts = splitRange(lo, hi);
        const covered: string[] = [];
        for (let t = Date.parse(lo); t <= Date.parse(hi); t += 86_400_000) {
          const d = new Date(t).toISOString().slice(0, 10);
          const inMonths =
            parts.months !== null &&
            parts.months !== undefined &&
            d.slice(0, 7) >= parts.months[0] &&
            d.slice(0, 7) <= parts.months[1];
          const inPartial = parts.partial.filter(([x, y]) => d >= x && d <= y).length;
          covered.push(d);
          expect(Number(inMonths) + inPartial, d).toBe(1);
        }
        // Whole months never reach outside the range.
        if (parts.months) {
          expect(`${parts.months[0]}-01` >= lo).toBe(true);
          expect(`${parts.months[1]}-01` <= hi).toBe(true);
        }
        expect(covered.length).toBeGreaterThan(0);
      }),
    );
  });
});
