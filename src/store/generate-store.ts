/**
 * Fills a store with generated, reproducible event data for benchmarks: N happenings over ten
 * years, skewed actors and types, each reported by one or more outlets, all stored through
 * `putArticle` so events are merged exactly as `dyad ingest` merges them.
 *
 *   npx tsx src/store/generate-store.ts --db /tmp/bench.db --events 1000000 [--seed 1] [--per-article 3] [--batch 200]
 *
 * `--batch 1` (the default) stores each article with `putArticle`, as `dyad ingest` does, and
 * measures its speed; larger batches use `putArticles` and fill a big store much faster.
 */
import { parseArgs } from "node:util";
import type { Modality, PloverType } from "../core/types.js";
import type { EventStore, PutItem } from "./event-store.js";
import { openStore } from "./open-store.js";
import { type EventSpec, ent, sampleArticle } from "./test-support/sample-articles.js";

const COUNTRIES =
  "USA CHN RUS GBR FRA DEU IND ISR PSE UKR IRN TUR JPN KOR PRK SYR IRQ AFG PAK SAU EGY NGA ZAF BRA MEX CAN AUS ITA ESP POL KEN ETH SDN SOM YEM LBY VEN COL ARG CHL PER IDN PHL VNM THA MMR BGD LKA NPL QAT ARE OMN JOR LBN MAR DZA TUN MLI NER TCD CMR COD UGA RWA TZA ZWE GRC SRB HUN ROU BLR GEO ARM AZE KAZ UZB CUB HTI NIC UNO EUR NAT".split(
    " ",
  );
const SECTORS = ["GOV", "GOV", "GOV", "MIL", "POL", "CVL", "OPP", "BUS", "MED", "REB"];
const TYPES: readonly [PloverType, number, 1 | 2 | 3 | 4, number, string][] = [
  ["CONSULT", 30, 1, 1, "meet"],
  ["AGREE", 6, 1, 3, "settle"],
  ["SUPPORT", 6, 1, 2, "praise"],
  ["COOPERATE", 5, 2, 4, "economic"],
  ["AID", 4, 2, 5, "humanitarian"],
  ["CONCEDE", 2, 2, 5, "release"],
  ["RETREAT", 1, 2, 6, "withdraw"],
  ["REQUEST", 8, 1, -1, "change"],
  ["ACCUSE", 9, 3, -3, "allege"],
  ["REJECT", 4, 3, -4, "refuse"],
  ["THREATEN", 3, 3, -6, "sanction"],
  ["PROTEST", 5, 3, -5, "demonstrate"],
  ["SANCTION", 2, 4, -6, "expel"],
  ["MOBILIZE", 2, 4, -7, "troops"],
  ["COERCE", 6, 4, -7, "arrest"],
  ["ASSAULT", 7, 4, -9, "firearms"],
];
const OUTLETS = [
  "Reuters",
  "AFP",
  "AP",
  "Xinhua",
  "BBC",
  "DPA",
  "ANSA",
  "Kyodo",
  "TASS",
  "PTI",
  "Al Jazeera",
  "EFE",
];
const START = Date.UTC(2015, 0, 1);
const DAYS = 3653;

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an index with Zipf-like weight 1/(i+1). */
function zipf(rand: () => number, n: number): number {
  const h = Math.log(n + 1);
  return Math.min(n - 1, Math.floor(Math.exp(rand() * h) - 1));
}

function pickType(rand: () => number): (typeof TYPES)[number] {
  const total = TYPES.reduce((s, t) => s + t[1], 0);
  let r = rand() * total;
  for (const t of TYPES) if ((r -= t[1]) < 0) return t;
  return TYPES[0]!;
}

function happening(rand: () => number, day: string): EventSpec {
  const [type, , quad, intensity, mode] = pickType(rand);
  const a = COUNTRIES[zipf(rand, COUNTRIES.length)]!;
  const b = COUNTRIES[zipf(rand, COUNTRIES.length)]!;
  const sector = (): string[] => [SECTORS[Math.floor(rand() * SECTORS.length)]!];
  const r = rand();
  const modality: Modality = r < 0.9 ? "asserted" : r < 0.95 ? "negated" : "future";
  return {
    type,
    mode: [mode],
    quad,
    intensity,
    actor: [ent(a, sector())],
    recipient: rand() < 0.3 || a === b ? [] : [ent(b, sector())],
    date: day,
    modality,
    confidence: Math.round((0.4 + rand() * 0.6) * 100) / 100,
  };
}

/** Generates and stores about `events` happenings; returns articles stored and seconds taken. */
export async function generateStore(
  store: EventStore,
  events: number,
  opts: { seed?: number; perArticle?: number; batch?: number } = {},
): Promise<{ articles: number; mentions: number; seconds: number }> {
  const { seed = 1, perArticle = 3, batch = 1 } = opts;
  let pending: PutItem[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 1)
      await store.putArticle(pending[0]!.article, pending[0]!.result, "generated");
    else if (pending.length > 1) await store.putArticles(pending, "generated");
    pending = [];
  };
  const rand = rng(seed);
  const perDay = events / DAYS;
  const t0 = performance.now();
  let articles = 0;
  let mentions = 0;
  let made = 0;
  for (let d = 0; d < DAYS && made < events; d++) {
    const day = new Date(START + d * 86_400_000).toISOString().slice(0, 10);
    const byOutlet = new Map<string, EventSpec[]>();
    const today = Math.min(events - made, Math.round(perDay * (d + 1)) - made);
    for (let i = 0; i < today; i++) {
      const h = happening(rand, day);
      const reports = 1 + (rand() < 0.35 ? 1 + Math.floor(rand() * 3) : 0);
      const first = Math.floor(rand() * OUTLETS.length);
      for (let k = 0; k < reports; k++) {
        const outlet = OUTLETS[(first + k) % OUTLETS.length]!;
        const list = byOutlet.get(outlet);
        if (list === undefined) byOutlet.set(outlet, [h]);
        else list.push(h);
      }
    }
    made += today;
    for (const [outlet, specs] of byOutlet) {
      for (let i = 0; i < specs.length; i += perArticle) {
        const group = specs.slice(i, i + perArticle);
        const id = `gen${seed}-${day}-${outlet.replace(/ /g, "")}-${i / perArticle}`;
        const sentences = group.map(
          (s, j) =>
            `Officials of ${s.actor![0]!.code} and ${s.recipient![0]?.code ?? "others"} acted in report ${j} on ${day}.`,
        );
        const s = sampleArticle({
          id,
          source: outlet,
          date: day,
          sentences,
          events: group.map((e, j) => ({ ...e, sentence: j })),
        });
        pending.push(s);
        if (pending.length >= batch) await flush();
        articles++;
        mentions += group.length;
      }
    }
  }
  await flush();
  return { articles, mentions, seconds: (performance.now() - t0) / 1000 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: "string" },
      events: { type: "string", default: "100000" },
      seed: { type: "string", default: "1" },
      "per-article": { type: "string", default: "3" },
      batch: { type: "string", default: "1" },
    },
  });
  if (!values.db)
    throw new Error(
      "usage: generate-store.ts --db <path|postgres://...> --events N [--seed S] [--per-article K] [--batch B]",
    );
  const store = await openStore(values.db);
  try {
    const r = await generateStore(store, Number(values.events), {
      seed: Number(values.seed),
      perArticle: Number(values["per-article"]),
      batch: Number(values.batch),
    });
    const counts = await store.counts();
    process.stdout.write(
      `${r.articles} articles, ${r.mentions} mentions in ${r.seconds.toFixed(1)} s (${(r.articles / r.seconds).toFixed(0)} articles/s); store: ${JSON.stringify(counts)}\n`,
    );
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
