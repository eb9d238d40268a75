import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterMentions } from "./cluster-mentions.js";
import type { DedupMention } from "./dedup-types.js";
import { type MentionSpec, mention } from "./test-mentions.js";

/** A date near a few clustered days, in every kind the coder writes. */
const dateSpec: fc.Arbitrary<Pick<MentionSpec, "date" | "granularity" | "stated">> = fc.oneof(
  fc.record({
    date: fc.constantFrom("2023-10-31", "2023-11-01", "2023-11-02", "2023-11-04", "2023-11-08"),
    stated: fc.boolean(),
  }),
  fc.constantFrom<Pick<MentionSpec, "date" | "granularity">>(
    { date: "2023-10-30", granularity: "week" },
    { date: "2023-11-06", granularity: "week" },
    { date: "2023-11", granularity: "month" },
    { date: "2023-10", granularity: "month" },
    { date: "2023", granularity: "year" },
    {},
  ),
);

/** An article has one outlet and one publication date, whichever of its mentions is looked at. */
const ARTICLES: Record<string, Pick<MentionSpec, "source" | "reportedAt">> = {
  a1: { source: "Xinhua", reportedAt: "2023-11-01" },
  a2: { source: "Reuters", reportedAt: "2023-11-03" },
  a3: { source: "Xinhua", reportedAt: "2023-11-02" },
  a4: {},
};

const specs = (type: "visit" | "phone"): fc.Arbitrary<DedupMention[]> =>
  fc
    .array(
      fc.record({
        when: dateSpec,
        place: fc.constantFrom(undefined, "CHN", "OMN", "dateline:CHN"),
        article: fc.constantFrom("a1", "a2", "a3", "a4"),
        confidence: fc.constantFrom(0.5, 0.8),
      }),
      { maxLength: 30 },
    )
    .map((rows) =>
      rows.map((r, i) =>
        mention({
          id: `m${String(i).padStart(2, "0")}`,
          mode: [type],
          ...r.when,
          ...(r.place === undefined ? {} : { place: r.place }),
          article: r.article,
          ...ARTICLES[r.article],
          confidence: r.confidence,
        }),
      ),
    );

const mentionsAndOrder = fc
  .constantFrom<"visit" | "phone">("visit", "phone")
  .chain((type) =>
    specs(type).chain((ms) =>
      fc.tuple(
        fc.constant(ms),
        fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length }),
      ),
    ),
  );

describe("clusterMentions properties", () => {
  it("any ingest order gives the same events", () => {
    fc.assert(
      fc.property(mentionsAndOrder, ([ms, shuffled]) => {
        expect(clusterMentions(shuffled)).toEqual(clusterMentions(ms));
      }),
      { numRuns: 300 },
    );
  });

  it("splitting the mentions across workers and re-clustering the union equals clustering all", () => {
    fc.assert(
      fc.property(
        mentionsAndOrder,
        fc.integer({ min: 1, max: 4 }),
        fc.nat(),
        ([ms, shuffled], workers, seed) => {
          const parts = Array.from({ length: workers }, (_, w) =>
            shuffled.filter((_m, i) => (i + seed) % workers === w),
          );
          const byId = new Map(ms.map((m) => [m.record.id, m] as const));
          // Each worker clusters its share; the store then re-clusters the union of their mentions.
          const union = parts.flatMap((part) =>
            clusterMentions(part).flatMap((e) => e.mention_ids.map((id) => byId.get(id)!)),
          );
          expect(clusterMentions(union)).toEqual(clusterMentions(ms));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("every mention is in exactly one event, with unique ids and consistent counts", () => {
    fc.assert(
      fc.property(mentionsAndOrder, ([ms]) => {
        const events = clusterMentions(ms);
        const ids = events.flatMap((e) => e.mention_ids).sort();
        expect(ids).toEqual(ms.map((m) => m.record.id).sort());
        expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
        for (const e of events) {
          expect(e.mention_count).toBe(e.mention_ids.length);
          expect(e.article_count).toBeLessThanOrEqual(e.mention_count);
          expect(e.source_count).toBeLessThanOrEqual(e.article_count);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("re-clustering one event's own mentions gives back that event", () => {
    fc.assert(
      fc.property(mentionsAndOrder, ([ms]) => {
        const byId = new Map(ms.map((m) => [m.record.id, m] as const));
        for (const e of clusterMentions(ms)) {
          expect(clusterMentions(e.mention_ids.map((id) => byId.get(id)!))).toEqual([e]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
