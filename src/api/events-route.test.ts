import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entity } from "../core/types.js";
import type { EventWithMentions, StoredEvent } from "../store/index.js";
import {
  allEvents,
  getJson,
  openEventsFixture,
  type ApiFixture,
  type JsonReply,
} from "./test-fixture.js";

let fx: ApiFixture;
/** Every stored event with its mentions, read in one page: the reference results are checked against. */
let all: EventWithMentions[];

const get = (url: string): Promise<JsonReply> => getJson(fx, url);
const events = (query: string): Promise<StoredEvent[]> => allEvents(fx, query);

/** Walks every page of a query; returns the ids in order. */
async function walk(query: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const r = await get(`/api/events?limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(r.status).toBe(200);
    const page = r.body["events"] as StoredEvent[];
    expect(page.length).toBeLessThanOrEqual(limit);
    ids.push(...page.map((e) => e.id));
    cursor = r.body["next"] as string | undefined;
    if (cursor === undefined) return ids;
  }
  throw new Error("pagination does not end");
}

beforeAll(async () => ({ fx, all } = await openEventsFixture()));
afterAll(async () => fx.close());

const lower = (s: string | undefined): string => (s ?? "").toLowerCase();
const mostCommon = (xs: readonly string[]): string => {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
};
const codes = (es: readonly Entity[]): string[] => es.map((e) => e.code);

/** Filter cases: a query built from the data, and the predicate an event must meet to match. */
const CASES: {
  name: string;
  query: () => string;
  match: (e: EventWithMentions, v: string) => boolean;
  value: () => string;
}[] = [
  {
    name: "type",
    value: () => mostCommon(all.map((e) => e.event)),
    query: () => "type=",
    match: (e, v) => e.event === v,
  },
  {
    name: "mode",
    value: () => mostCommon(all.flatMap((e) => e.mode)),
    query: () => "mode=",
    match: (e, v) => e.mode.includes(v),
  },
  {
    name: "context",
    value: () => mostCommon(all.flatMap((e) => e.context)),
    query: () => "context=",
    match: (e, v) => e.context.includes(v),
  },
  {
    name: "modality",
    value: () => "negated",
    query: () => "modality=",
    match: (e, v) => e.modality === v,
  },
  {
    name: "quad",
    value: () => "2",
    query: () => "quad=",
    match: (e, v) => e.quad_code === Number(v),
  },
  {
    name: "min_confidence",
    value: () => "0.6",
    query: () => "min_confidence=",
    match: (e, v) => e.confidence >= Number(v),
  },
  {
    name: "actor code",
    value: () => mostCommon(all.flatMap((e) => codes(e.actor)).filter((c) => c !== "---")),
    query: () => "actor=",
    match: (e, v) => codes(e.actor).includes(v),
  },
  {
    name: "actor_country",
    value: () => "CHN",
    query: () => "actor_country=",
    match: (e, v) => codes(e.actor).includes(v),
  },
  {
    name: "actor_sector",
    value: () => "MIL",
    query: () => "actor_sector=",
    match: (e, v) => e.actor.some((a) => a.sector.includes(v)),
  },
  {
    name: "recipient code",
    value: () => mostCommon(all.flatMap((e) => codes(e.recipient)).filter((c) => c !== "---")),
    query: () => "recipient=",
    match: (e, v) => codes(e.recipient).includes(v),
  },
  {
    name: "recipient_sector",
    value: () => "GOV",
    query: () => "recipient_sector=",
    match: (e, v) => e.recipient.some((a) => a.sector.includes(v)),
  },
  {
    name: "from",
    value: () => "2024-01-01",
    query: () => "from=",
    match: (e, v) => e.day !== "" && e.day >= v,
  },
  {
    name: "to",
    value: () => "2023-12-31",
    query: () => "to=",
    match: (e, v) => e.day !== "" && e.day <= v,
  },
  {
    name: "text",
    value: () => "Minister",
    query: () => "text=",
    match: (e, v) =>
      e.mentions.some((m) => lower(m.record.evidence.sentence.text).includes(v.toLowerCase())),
  },
];

describe("GET /api/events filters", () => {
  it.each(CASES)("$name returns exactly the events that match", async ({ query, match, value }) => {
    const v = value();
    const got = await events(`${query()}${encodeURIComponent(v)}`);
    const want = all.filter((e) => match(e, v)).map((e) => e.id);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(all.length);
    expect(got.map((e) => e.id).sort()).toEqual(want.sort());
  });

  it("actor_name matches a substring of the names the mentions gave the actor", async () => {
    const got = await events("actor_name=chin&with_mentions=true");
    expect(got.length).toBeGreaterThan(0);
    for (const e of got as EventWithMentions[]) {
      const names = e.mentions
        .flatMap((m) => m.record.actor.flatMap((a) => [a.name, a.entity_text]))
        .map(lower);
      expect(
        names.some((n) => n.includes("chin")),
        e.id,
      ).toBe(true);
    }
  });

  it("lists combine: type=A,B (commas) equals type=A&type=B (repeats) and is their union", async () => {
    const [a, b] = ["ASSAULT", "CONSULT"];
    const commas = (await events(`type=${a},${b}`)).map((e) => e.id).sort();
    const repeats = (await events(`type=${a}&type=${b}`)).map((e) => e.id).sort();
    const union = all
      .filter((e) => e.event === a || e.event === b)
      .map((e) => e.id)
      .sort();
    expect(commas).toEqual(union);
    expect(repeats).toEqual(union);
  });

  it("conditions combine with AND", async () => {
    const got = await events("type=ASSAULT&modality=asserted&from=2024-01-01");
    const want = all.filter(
      (e) => e.event === "ASSAULT" && e.modality === "asserted" && e.day >= "2024-01-01",
    );
    expect(got.map((e) => e.id).sort()).toEqual(want.map((e) => e.id).sort());
  });
});

describe("GET /api/events pagination and sort", () => {
  it.each([
    ["date-desc", 7],
    ["date-asc", 13],
    ["mentions-desc", 50],
  ])(
    "%s: walking pages of %i gives every event once, in the order of one big page",
    async (sort, limit) => {
      const ids = await walk(`sort=${sort}`, limit);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(all.length);
      expect(ids).toEqual((await events(`sort=${sort}`)).map((e) => e.id));
    },
  );

  it("a filtered walk yields exactly the filtered set", async () => {
    const ids = await walk("type=ASSAULT,COERCE", 4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(
      all
        .filter((e) => e.event === "ASSAULT" || e.event === "COERCE")
        .map((e) => e.id)
        .sort(),
    );
  });

  it.each([
    [
      "date-desc",
      (a: StoredEvent, b: StoredEvent) => a.day > b.day || (a.day === b.day && a.id > b.id),
    ],
    [
      "date-asc",
      (a: StoredEvent, b: StoredEvent) => a.day < b.day || (a.day === b.day && a.id < b.id),
    ],
    [
      "mentions-desc",
      (a: StoredEvent, b: StoredEvent) =>
        a.mention_count > b.mention_count || (a.mention_count === b.mention_count && a.id > b.id),
    ],
  ])("sort=%s orders strictly (ties by id)", async (sort, before) => {
    const got = await events(`sort=${sort}`);
    for (let i = 1; i < got.length; i++) expect(before(got[i - 1]!, got[i]!)).toBe(true);
  });

  it("a cursor of another sort order is a 400", async () => {
    const first = await get("/api/events?limit=2&sort=date-asc");
    const r = await get(`/api/events?limit=2&sort=date-desc&cursor=${String(first.body["next"])}`);
    expect(r.status).toBe(400);
    expect(r.body["message"]).toMatch(/cursor/);
  });
});

describe("hostile filter values", () => {
  it.each([
    "'; DROP TABLE events; --",
    "%' OR 1=1 --",
    '" OR ""="',
    "_%_",
    "\\",
    "') UNION SELECT data FROM articles --",
  ])("text=%s is answered normally and breaks nothing", async (text) => {
    const before = await fx.store.counts();
    const got = await events(`text=${encodeURIComponent(text)}`);
    const want = all.filter((e) =>
      e.mentions.some((m) => lower(m.record.evidence.sentence.text).includes(text.toLowerCase())),
    );
    expect(got.map((e) => e.id).sort()).toEqual(want.map((e) => e.id).sort());
    const named = await get(`/api/events?actor_name=${encodeURIComponent(text)}`);
    expect(named.status).toBe(200);
    expect(await fx.store.counts()).toEqual(before);
    expect((await events("")).length).toBe(all.length);
  });
});
