import { describe, expect, it } from "vitest";
import { clusterBySignature, clusterMentions } from "./cluster-mentions.js";
import { DedupError } from "./dedup-error.js";
import type { MergedEvent } from "./dedup-types.js";
import { type MentionSpec, ent, mention } from "./test-mentions.js";

/** Events as sorted groups of mention ids, e.g. ["a+b", "c"]. */
function groups(events: readonly MergedEvent[]): string[] {
  return events.map((e) => e.mention_ids.join("+")).sort();
}

const visit = {
  type: "CONSULT",
  mode: ["visit"],
  actor: [ent("CHN", ["GOV"])],
  recipient: [ent("OMN")],
} as const;

const CASES: { name: string; ms: MentionSpec[]; want: string[] }[] = [
  {
    name: "same story from three outlets merges",
    ms: [
      { id: "a", source: "Xinhua", date: "2023-11-01" },
      {
        id: "b",
        source: "Reuters",
        date: "2023-11-01",
        actor: [ent("OMN", ["GOV"]), ent("CHN", ["GOV"], "Chinese FM")],
      },
      { id: "c", source: "AP", date: "2023-11-01", place: "CHN" },
    ],
    want: ["a+b+c"],
  },
  {
    name: "two phone calls a week apart stay apart",
    ms: [
      { id: "a", date: "2023-11-01" },
      { id: "b", date: "2023-11-08" },
    ],
    want: ["a", "b"],
  },
  {
    name: "stated days one apart are two calls",
    ms: [
      { id: "a", date: "2023-11-01" },
      { id: "b", date: "2023-11-02" },
    ],
    want: ["a", "b"],
  },
  {
    name: "a fallback (publication) date one day after the stated day merges",
    ms: [
      { id: "a", date: "2023-11-01" },
      { id: "b", date: "2023-11-02", stated: false },
    ],
    want: ["a+b"],
  },
  {
    name: "a fallback date two days off does not",
    ms: [
      { id: "a", date: "2023-11-01" },
      { id: "b", date: "2023-11-03", stated: false },
    ],
    want: ["a", "b"],
  },
  {
    name: "a fallback date between two calls is ambiguous and stays apart",
    ms: [
      { id: "a", date: "2023-11-01" },
      { id: "b", date: "2023-11-03" },
      { id: "c", date: "2023-11-02", stated: false },
    ],
    want: ["a", "b", "c"],
  },
  {
    name: "fallback-only reports merge on the same day",
    ms: [
      { id: "a", date: "2023-11-02", stated: false },
      { id: "b", date: "2023-11-02", stated: false },
      { id: "c", date: "2023-11-03", stated: false },
    ],
    want: ["a+b", "c"],
  },
  {
    name: "a month mention joins the only call of that month",
    ms: [
      { id: "a", date: "2023-11-01" },
      { id: "b", date: "2023-11", granularity: "month" },
      { id: "c", date: "2023-12-05" },
    ],
    want: ["a+b", "c"],
  },
  {
    name: "a month mention with two calls in that month stays apart",
    ms: [
      { id: "a", date: "2023-11-01" },
      { id: "b", date: "2023-11", granularity: "month" },
      { id: "c", date: "2023-11-20" },
    ],
    want: ["a", "b", "c"],
  },
  {
    name: "a week mention joins the call in that week; year and undated join the only event",
    ms: [
      { id: "a", date: "2023-11-01" },
      { id: "b", date: "2023-10-30", granularity: "week" },
      { id: "c", date: "2023", granularity: "year" },
      { id: "d" },
    ],
    want: ["a+b+c+d"],
  },
  {
    name: "coarse mentions with no day-level event group by value",
    ms: [
      { id: "a", date: "2023-11", granularity: "month" },
      { id: "b", date: "2023-11", granularity: "month" },
      { id: "c", date: "2023-12", granularity: "month" },
    ],
    want: ["a+b", "c"],
  },
  {
    name: "same day, different countries stay apart; an unplaced report between them too",
    ms: [
      { id: "a", date: "2023-11-01", place: "CHN" },
      { id: "b", date: "2023-11-01", place: "OMN" },
      { id: "c", date: "2023-11-01" },
    ],
    want: ["a", "b", "c"],
  },
  {
    name: "dateline places do not separate reports",
    ms: [
      { id: "a", date: "2023-11-01", place: "dateline:CHN" },
      { id: "b", date: "2023-11-01", place: "dateline:OMN" },
    ],
    want: ["a+b"],
  },
  {
    name: "a visit's days within the window merge, a later visit does not",
    ms: [
      { id: "a", ...visit, date: "2023-11-01" },
      { id: "b", ...visit, date: "2023-11-03" },
      { id: "c", ...visit, date: "2023-11-09" },
    ],
    want: ["a+b", "c"],
  },
];

describe("clusterMentions", () => {
  it.each(CASES)("$name", ({ ms, want }) => {
    expect(groups(clusterMentions(ms.map(mention)))).toEqual(want);
  });

  it("counts mentions, articles and sources, and spans the reports", () => {
    const [e, ...rest] = clusterMentions([
      mention({
        id: "a",
        article: "x",
        source: "Xinhua",
        reportedAt: "2023-11-02",
        date: "2023-11-01",
      }),
      mention({
        id: "b",
        article: "x",
        source: "Xinhua",
        reportedAt: "2023-11-02",
        date: "2023-11-01",
      }),
      mention({
        id: "c",
        article: "y",
        source: " xinhua ",
        reportedAt: "2023-11-01",
        date: "2023-11-01",
      }),
      mention({ id: "d", article: "z", reportedAt: "2023-11-04", date: "2023-11-01" }),
      mention({
        id: "e",
        article: "w",
        date: "2023-11-01",
        confidence: 0.95,
        context: ["diplomacy"],
      }),
    ]);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({
      mention_count: 5,
      article_count: 4,
      source_count: 3,
      first_report: "2023-11-01",
      last_report: "2023-11-04",
      confidence: 0.95,
      context: ["diplomacy"],
      date: "2023-11-01",
      date_granularity: "day",
      mention_ids: ["a", "b", "c", "d", "e"],
    });
  });

  it("takes the most reported core day and the best event place", () => {
    const [e, ...rest] = clusterMentions([
      mention({ id: "a", ...visit, date: "2023-11-02", place: "dateline:CHN", confidence: 0.9 }),
      mention({ id: "b", ...visit, date: "2023-11-03" }),
      mention({ id: "c", ...visit, date: "2023-11-03" }),
      mention({ id: "d", ...visit, date: "2023-11", granularity: "month", place: "OMN" }),
    ]);
    expect(rest).toEqual([]);
    expect(e?.date).toBe("2023-11-03");
    expect(e?.location).toMatchObject({ country: "OMN", source: "event" });
  });

  it("keeps an event's id when an unrelated call is added", () => {
    const base = [
      mention({ id: "a", date: "2023-11-01" }),
      mention({ id: "b", date: "2023-11-01", stated: false }),
    ];
    const before = clusterMentions(base);
    const after = clusterMentions([...base, mention({ id: "0", date: "2023-11-08" })]);
    expect(after.map((e) => e.id)).toContain(before[0]?.id);
    expect(new Set(after.map((e) => e.id)).size).toBe(after.length);
  });

  it("a visit report between two visits bridges them and the earlier id survives", () => {
    const ends = [
      mention({ id: "a", ...visit, date: "2023-11-01" }),
      mention({ id: "b", ...visit, date: "2023-11-05" }),
    ];
    const before = clusterMentions(ends);
    const after = clusterMentions([...ends, mention({ id: "c", ...visit, date: "2023-11-03" })]);
    expect(groups(before)).toEqual(["a", "b"]);
    expect(after.map((e) => [e.id, e.mention_count])).toEqual([[before[0]?.id, 3]]);
  });

  it.each([
    [
      "mixed signatures",
      [mention({ id: "a" }), mention({ id: "b", mode: ["visit"] })],
      "dedup-mixed-signatures",
    ],
    [
      "a mention given twice",
      [mention({ id: "a" }), mention({ id: "a" })],
      "dedup-duplicate-mention",
    ],
    ["an impossible date", [mention({ id: "a", date: "2023-02-30" })], "dedup-bad-date"],
  ])("throws a DedupError on %s", (_name, ms, code) => {
    expect(() => clusterMentions(ms)).toThrow(DedupError);
    expect(() => clusterMentions(ms)).toThrow(expect.objectContaining({ code }));
  });

  it("returns no events for no mentions", () => {
    expect(clusterMentions([])).toEqual([]);
  });
});

describe("clusterBySignature", () => {
  it.each<{ name: string; ms: MentionSpec[]; want: string[] }>([
    {
      name: "a call and a visit stay apart",
      ms: [
        { id: "a", date: "2023-11-01" },
        { id: "b", date: "2023-11-01", mode: ["visit"] },
      ],
      want: ["a", "b"],
    },
    {
      name: "a different recipient stays apart",
      ms: [
        { id: "a", ...visit, date: "2023-11-01" },
        { id: "b", ...visit, date: "2023-11-01", recipient: [ent("IRN")] },
      ],
      want: ["a", "b"],
    },
    {
      name: "an announced call is not the call",
      ms: [
        { id: "a", date: "2023-11-01" },
        { id: "b", date: "2023-11-01", modality: "future" },
      ],
      want: ["a", "b"],
    },
    {
      name: "the same calls merge per signature",
      ms: [
        { id: "a", date: "2023-11-01" },
        { id: "b", date: "2023-11-01", mode: ["visit"] },
        { id: "c", date: "2023-11-01" },
      ],
      want: ["a+c", "b"],
    },
  ])("$name", ({ ms, want }) => {
    expect(groups(clusterBySignature(ms.map(mention)))).toEqual(want);
  });
});
