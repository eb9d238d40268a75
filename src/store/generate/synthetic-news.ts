/**
 * Reproducible synthetic wire news for store benchmarks: happenings over several years with a
 * growing, weekly-seasonal volume, Zipf-skewed countries, weighted PLOVER types, 35% reported by
 * two to four outlets, grouped up to three per article per outlet and day. Every article comes
 * with its coded records (real evidence spans into its text), as `dyad ingest` would store them.
 */
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import type { Modality, PloverType } from "../../core/types.js";
import {
  type EventSpec,
  type SampleArticle,
  ent,
  sampleArticle,
} from "../test-support/sample-articles.js";

/** Bump when the generated data changes, so cached stores are rebuilt. */
export const GENERATOR_VERSION = 2;

/** What to generate. */
export interface SyntheticOptions {
  /** Happenings in total (events after merging are slightly fewer: same-day repeats merge). */
  readonly events: number;
  readonly seed?: number;
  /** Happenings per article at most (default 3). */
  readonly perArticle?: number;
  /** First day, YYYY-MM-DD (default 2015-01-01), and number of days (default 3653). */
  readonly start?: string;
  readonly days?: number;
}

/** One day of generated articles. */
export interface SyntheticDay {
  readonly day: string;
  readonly articles: readonly SampleArticle[];
}

const COUNTRIES =
  "USA CHN RUS GBR FRA DEU IND ISR PSE UKR IRN TUR JPN KOR PRK SYR IRQ AFG PAK SAU EGY NGA ZAF BRA MEX CAN AUS ITA ESP POL KEN ETH SDN SOM YEM LBY VEN COL ARG CHL PER IDN PHL VNM THA MMR BGD LKA NPL QAT ARE OMN JOR LBN MAR DZA TUN MLI NER TCD CMR COD UGA RWA TZA ZWE GRC SRB HUN ROU BLR GEO ARM AZE KAZ UZB CUB HTI NIC UNO EUR".split(
    " ",
  );
const SECTORS = ["GOV", "GOV", "GOV", "MIL", "POL", "CVL", "OPP", "BUS", "MED", "REB"];
/** Type, weight, quad, intensity, mode, and the verb phrase of its sentence (past, base form). */
const TYPES: readonly [PloverType, number, 1 | 2 | 3 | 4, number, string, string, string][] = [
  ["CONSULT", 30, 1, 1, "meet", "met", "meet"],
  ["AGREE", 6, 1, 3, "settle", "reached a deal with", "reach a deal with"],
  ["SUPPORT", 6, 1, 2, "praise", "praised", "praise"],
  ["COOPERATE", 5, 2, 4, "economic", "signed a trade pact with", "sign a trade pact with"],
  ["AID", 4, 2, 5, "humanitarian", "sent food aid to", "send food aid to"],
  ["CONCEDE", 2, 2, 5, "release", "freed prisoners held by", "free prisoners held by"],
  ["RETREAT", 1, 2, 6, "withdraw", "pulled troops back from", "pull troops back from"],
  ["REQUEST", 8, 1, -1, "change", "urged", "urge"],
  ["ACCUSE", 9, 3, -3, "allege", "accused", "accuse"],
  ["REJECT", 4, 3, -4, "refuse", "rejected a proposal from", "reject a proposal from"],
  ["THREATEN", 3, 3, -6, "sanction", "threatened sanctions against", "threaten sanctions against"],
  ["PROTEST", 5, 3, -5, "demonstrate", "protested against", "protest against"],
  ["SANCTION", 2, 4, -6, "expel", "expelled diplomats of", "expel diplomats of"],
  ["MOBILIZE", 2, 4, -7, "troops", "massed troops near", "mass troops near"],
  ["COERCE", 6, 4, -7, "arrest", "detained citizens of", "detain citizens of"],
  ["ASSAULT", 7, 4, -9, "firearms", "fired on", "fire on"],
];
const OUTLETS = ["Reuters", "AFP", "AP", "Xinhua", "BBC", "DPA", "ANSA", "Kyodo", "TASS", "PTI"];
const OTHER_NAMES: Readonly<Record<string, string>> = {
  UNO: "United Nations",
  EUR: "European Union",
};
const DAY_MS = 86_400_000;

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
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
  return Math.min(n - 1, Math.floor(Math.exp(rand() * Math.log(n + 1)) - 1));
}

let names: Map<string, string> | undefined;
function nameOf(code: string): string {
  names ??= new Map(
    (createRequire(import.meta.url)("world-countries") as Country[]).map((c) => [
      c.cca3,
      c.name.common,
    ]),
  );
  return OTHER_NAMES[code] ?? names.get(code) ?? code;
}

function pickType(rand: () => number): (typeof TYPES)[number] {
  const total = TYPES.reduce((s, t) => s + t[1], 0);
  let r = rand() * total;
  for (const t of TYPES) if ((r -= t[1]) < 0) return t;
  return TYPES[0]!;
}

interface Happening {
  readonly spec: EventSpec;
  readonly sentence: string;
}

function happening(rand: () => number, day: string, weekday: string): Happening {
  const [type, , quad, intensity, mode, past, base] = pickType(rand);
  const a = COUNTRIES[zipf(rand, COUNTRIES.length)]!;
  const b = COUNTRIES[zipf(rand, COUNTRIES.length)]!;
  const sector = (): string[] => [SECTORS[Math.floor(rand() * SECTORS.length)]!];
  const r = rand();
  const modality: Modality = r < 0.9 ? "asserted" : r < 0.95 ? "negated" : "future";
  const recipient = rand() < 0.3 || a === b ? [] : [ent(b, sector(), nameOf(b))];
  const spec: EventSpec = {
    type,
    mode: [mode],
    quad,
    intensity,
    actor: [ent(a, sector(), nameOf(a))],
    recipient,
    date: day,
    modality,
    confidence: Math.round((0.4 + rand() * 0.6) * 100) / 100,
  };
  const whom = recipient.length > 0 ? nameOf(b) : "their neighbours";
  const verb =
    modality === "negated"
      ? `said they had not ${past}`
      : modality === "future"
        ? `said they would ${base}`
        : past;
  return { spec, sentence: `${nameOf(a)} officials ${verb} ${whom} on ${weekday}.` };
}

/** Happenings on day `d` (0-based) of `days`: volume grows over the years, dips on weekends. */
function weightOf(d: number, days: number, weekday: number): number {
  return (0.6 + (0.8 * d) / days) * (weekday === 0 || weekday === 6 ? 0.6 : 1);
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Yields the generated news day by day; deterministic for given options. */
export function* syntheticNews(opts: SyntheticOptions): Generator<SyntheticDay> {
  const { events, seed = 1, perArticle = 3, days = 3653 } = opts;
  const start = Date.parse(`${opts.start ?? "2015-01-01"}T00:00:00Z`);
  const rand = rng(seed);
  const weekdayOf = (d: number): number => new Date(start + d * DAY_MS).getUTCDay();
  let total = 0;
  for (let d = 0; d < days; d++) total += weightOf(d, days, weekdayOf(d));
  let made = 0;
  let due = 0;
  for (let d = 0; d < days && made < events; d++) {
    const day = new Date(start + d * DAY_MS).toISOString().slice(0, 10);
    due += (events * weightOf(d, days, weekdayOf(d))) / total;
    const today = d === days - 1 ? events - made : Math.min(events - made, Math.round(due) - made);
    const happenings = Array.from({ length: today }, () =>
      happening(rand, day, WEEKDAYS[weekdayOf(d)]!),
    );
    made += today;
    yield { day, articles: articlesOf(rand, happenings, day, seed, perArticle) };
  }
}

/** Spreads a day's happenings over outlets (some reported by several) and into articles. */
function articlesOf(
  rand: () => number,
  happenings: readonly Happening[],
  day: string,
  seed: number,
  perArticle: number,
): SampleArticle[] {
  const byOutlet = new Map<string, Happening[]>();
  for (const h of happenings) {
    const reports = 1 + (rand() < 0.35 ? 1 + Math.floor(rand() * 3) : 0);
    const first = Math.floor(rand() * OUTLETS.length);
    for (let k = 0; k < reports; k++) {
      const outlet = OUTLETS[(first + k) % OUTLETS.length]!;
      const list = byOutlet.get(outlet);
      if (list === undefined) byOutlet.set(outlet, [h]);
      else list.push(h);
    }
  }
  const out: SampleArticle[] = [];
  for (const [outlet, list] of byOutlet) {
    for (let i = 0; i < list.length; i += perArticle) {
      const group = list.slice(i, i + perArticle);
      out.push(
        sampleArticle({
          id: `gen${seed}-${day}-${outlet.replace(/ /g, "")}-${i / perArticle}`,
          source: outlet,
          date: day,
          sentences: group.map((h) => h.sentence),
          events: group.map((h, j) => ({ ...h.spec, sentence: j })),
        }),
      );
    }
  }
  return out;
}
