/**
 * The store suite's corpus: a few wire-style articles written for dyad, with one event per
 * (type, modality) label so filter tests can name expected events by label.
 */
import type { EventStore, StoredEvent } from "../event-store.js";
import { type SampleArticle, ent, sampleArticle } from "./sample-articles.js";

const consultCall = {
  type: "CONSULT" as const,
  mode: ["phone"],
  actor: [ent("CHN", ["GOV"], "Wang Yi"), ent("OMN", ["GOV"])],
  date: "2023-11-01",
  confidence: 0.9,
};

/** Six articles; the phone call is reported by two outlets and merges into one event. */
export const CORPUS: readonly SampleArticle[] = [
  sampleArticle({
    id: "reuters-1",
    source: "Reuters",
    date: "2023-11-02",
    title: "China and Oman discuss Gaza",
    sentences: [
      "Chinese Foreign Minister Wang Yi spoke by phone with his Omani counterpart on Wednesday.",
    ],
    events: [consultCall],
  }),
  sampleArticle({
    id: "afp-1",
    source: "AFP",
    date: "2023-11-02",
    sentences: [
      "Wang Yi and Oman's foreign minister held a telephone call on Wednesday.",
      "Oman urged Israel to agree to an immediate ceasefire.",
    ],
    events: [
      { ...consultCall, confidence: 0.7 },
      {
        sentence: 1,
        type: "REQUEST",
        actor: [ent("OMN", ["GOV"])],
        recipient: [ent("ISR", ["GOV"])],
        context: ["ceasefire"],
        date: "2023-11-02",
        confidence: 0.6,
      },
    ],
  }),
  sampleArticle({
    id: "ap-1",
    source: "AP",
    date: "2023-12-05",
    sentences: ["Israeli troops raided a refugee camp in Jenin on Tuesday."],
    events: [
      {
        type: "COERCE",
        mode: ["raid"],
        quad: 4,
        intensity: -7,
        actor: [ent("ISR", ["MIL"])],
        recipient: [ent("PSE", ["CVL"])],
        date: "2023-12-05",
      },
    ],
  }),
  sampleArticle({
    id: "xinhua-1",
    source: "Xinhua",
    date: "2024-01-09",
    sentences: [
      "French farmers blocked 50% of highways around Paris on Monday to protest fuel taxes.",
    ],
    events: [
      {
        type: "PROTEST",
        mode: ["demonstrate"],
        quad: 3,
        intensity: -4,
        actor: [ent("FRA", ["AGR"], undefined, "FRAAGR")],
        recipient: [ent("FRA", ["GOV"])],
        date: "2024-01-08",
        confidence: 0.75,
      },
    ],
  }),
  sampleArticle({
    id: "reuters-2",
    source: "Reuters",
    date: "2024-01-11",
    sentences: ["Police in Nairobi said they had not arrested opposition leaders."],
    events: [
      {
        type: "COERCE",
        mode: ["arrest"],
        quad: 4,
        intensity: -5,
        modality: "negated",
        actor: [ent("KEN", ["POL"])],
        recipient: [ent("KEN", ["OPP"])],
        confidence: 0.4,
      },
    ],
  }),
  sampleArticle({
    id: "blog-1",
    sentences: ["The United Nations will send food aid to Sudan."],
    events: [
      {
        type: "AID",
        mode: ["humanitarian"],
        quad: 2,
        intensity: 3,
        modality: "future",
        actor: [ent("UNO", ["IGO"], "United Nations", "IGOUNO")],
        recipient: [ent("SDN")],
      },
    ],
  }),
];

/** Stores the corpus and returns its events keyed by label `TYPE/modality`. */
export async function putCorpus(store: EventStore): Promise<Map<string, StoredEvent>> {
  for (const s of CORPUS) await store.putArticle(s.article, s.result, "test-1");
  const page = await store.queryEvents({}, { limit: 1000 });
  return new Map(page.events.map((e) => [`${e.event}/${e.modality}`, e]));
}

/** Labels of a list of events, sorted. */
export function labelsOf(events: readonly StoredEvent[]): string[] {
  return events.map((e) => `${e.event}/${e.modality}`).sort();
}

/** A comparable picture of a store's events and counts. */
export async function snapshot(store: EventStore): Promise<unknown> {
  const page = await store.queryEvents({}, { limit: 1000, sort: "date-asc" });
  const events = page.events
    .map((e) => [
      e.id,
      e.day,
      e.mention_count,
      e.article_count,
      e.source_count,
      e.first_report,
      e.last_report,
      e.mention_ids,
    ])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return { events, counts: await store.counts(), stats: await store.stats("day", "type") };
}

/** The same phone call reported by several outlets on nearby days. */
export function report(
  id: string,
  source: string | undefined,
  published: string,
  date?: string,
): SampleArticle {
  return sampleArticle({
    id,
    ...(source ? { source } : {}),
    date: published,
    sentences: [
      `Wang Yi held a phone call with the Omani foreign minister, ${source ?? "a blog"} reported.`,
    ],
    events: [
      {
        type: "CONSULT",
        mode: ["phone"],
        actor: [ent("CHN", ["GOV"], "Wang Yi"), ent("OMN", ["GOV"])],
        ...(date ? { date } : {}),
      },
    ],
  });
}

export const OUTLETS = [
  report("r1", "Reuters", "2023-11-02", "2023-11-01"),
  report("a1", "AFP", "2023-11-01", "2023-11-01"),
  report("p1", "AP", "2023-11-03", "2023-11-01"),
  report("r2", "Reuters", "2023-11-02", "2023-11-01"),
];

/** Reports whose clustering depends on the whole set: stated days, fallback dates, repeats. */
export const ORDER_POOL = [
  ...OUTLETS,
  report("f1", undefined, "2023-11-02"),
  report("d5", "AFP", "2023-11-06", "2023-11-05"),
  report("d6", "AP", "2023-11-06", "2023-11-06"),
  ...CORPUS,
];
