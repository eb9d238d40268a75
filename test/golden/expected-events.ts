/**
 * Hand-coded expectations for the example articles in `examples/`: reading the
 * `<slug>.article` / `<slug>.expected.json` pairs, and the matching rules the golden test applies
 * (see examples/README.md for the file format).
 */
import { PLOVER_TYPES } from "../../src/core/types.js";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as v from "valibot";
import type { Article, EventRecord, Span } from "../../src/core/types.js";
import { parseArticleFormat } from "../../src/ingest/parse-article-format.js";

/** Folder of the example articles and their expectations. */
export const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));

const MODALITIES = ["asserted", "negated", "future", "hypothetical", "historical"] as const;

const Code = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, "actor codes are three capital letters"));
const Codes = v.array(Code);
const Why = v.pipe(v.string(), v.nonEmpty("every entry says why"));
/** A known gap: what dyad gets wrong on this entry today (the test then expects the failure). */
const Gap = v.optional(v.pipe(v.string(), v.nonEmpty()));

const ExpectedEventSchema = v.strictObject({
  event: v.picklist(PLOVER_TYPES),
  mode: v.optional(v.string()),
  actor: v.pipe(Codes, v.minLength(1, "an event needs an actor")),
  recipient: Codes,
  modality: v.optional(v.picklist(MODALITIES)),
  date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
  attribution: v.optional(Code),
  why: Why,
  gap: Gap,
});

const AbsentParticipantSchema = v.strictObject({ participant: Code, why: Why, gap: Gap });

const AbsentEventSchema = v.strictObject({
  event: v.picklist(PLOVER_TYPES),
  mode: v.optional(v.string()),
  actor: v.optional(Codes),
  recipient: v.optional(Codes),
  participants: v.optional(Codes),
  why: Why,
  gap: Gap,
});

const ExpectedFileSchema = v.strictObject({
  why: Why,
  events: v.array(ExpectedEventSchema),
  absent: v.array(v.union([AbsentParticipantSchema, AbsentEventSchema])),
});

/** One event a careful human coder would code from the article. */
export type ExpectedEvent = v.InferOutput<typeof ExpectedEventSchema>;
/** A participant that must appear in no output event, whatever its modality. */
export type AbsentParticipant = v.InferOutput<typeof AbsentParticipantSchema>;
/** An event type (optionally narrowed by mode and participants) that must not be asserted. */
export type AbsentEvent = v.InferOutput<typeof AbsentEventSchema>;
/** An `absent` entry of either kind. */
export type Absent = AbsentParticipant | AbsentEvent;
/** The content of one `<slug>.expected.json`. */
export type ExpectedFile = v.InferOutput<typeof ExpectedFileSchema>;

/** One example: the article as ingest would build it, and its hand coding. */
export interface Example {
  readonly slug: string;
  readonly article: Article;
  readonly expected: ExpectedFile;
}

/** Lists the slugs of `examples/*.article` files that have an `.expected.json` beside them. */
export function exampleSlugs(dir: string = EXAMPLES_DIR): string[] {
  const files = new Set(readdirSync(dir));
  return [...files]
    .filter((f) => f.endsWith(".article") && files.has(f.replace(/\.article$/, ".expected.json")))
    .map((f) => f.replace(/\.article$/, ""))
    .sort();
}

/** Reads one `article`-format file the way ingest does: header date and title, body after the blank line. */
export function readArticleFile(path: string, id: string): Article {
  const raw = readFileSync(path, "utf8");
  const parts = parseArticleFormat(raw);
  if (parts === undefined)
    throw new Error(`${path}: missing 'date YYYY-MM-DD <headline>' header line`);
  const base = { id, text: parts.body, date: parts.date, origin: { file: path } };
  return parts.title === undefined ? base : { ...base, title: parts.title };
}

/** Parses and validates an expected-coding JSON text; throws with every problem listed. */
export function parseExpected(json: string, source: string): ExpectedFile {
  const result = v.safeParse(ExpectedFileSchema, JSON.parse(json) as unknown);
  if (result.success) return result.output;
  throw new Error(`${source}: ${v.summarize(result.issues)}`);
}

/** Loads one example by slug. */
export function loadExample(slug: string, dir: string = EXAMPLES_DIR): Example {
  const article = readArticleFile(join(dir, `${slug}.article`), slug);
  const jsonPath = join(dir, `${slug}.expected.json`);
  return { slug, article, expected: parseExpected(readFileSync(jsonPath, "utf8"), jsonPath) };
}

function codeSet(entities: readonly { readonly code: string }[]): Set<string> {
  return new Set(entities.map((e) => e.code));
}

function sameSet(a: ReadonlySet<string>, b: readonly string[]): boolean {
  const wanted = new Set(b);
  return a.size === wanted.size && [...a].every((c) => wanted.has(c));
}

function containsAll(have: ReadonlySet<string>, wanted: readonly string[] | undefined): boolean {
  return (wanted ?? []).every((c) => have.has(c));
}

/** Tells whether an output event satisfies an expected event (sets of codes compared, not order). */
export function matchesExpected(ev: EventRecord, exp: ExpectedEvent): boolean {
  if (ev.event !== exp.event) return false;
  if (!sameSet(codeSet(ev.actor), exp.actor) || !sameSet(codeSet(ev.recipient), exp.recipient))
    return false;
  if (exp.mode !== undefined && !ev.mode.includes(exp.mode)) return false;
  if (exp.modality !== undefined && ev.modality !== exp.modality) return false;
  // The expected date may be coarser than the output ("2023-11" accepts "2023-11-01"), never finer.
  if (exp.date !== undefined && !(ev.date ?? "").startsWith(exp.date)) return false;
  if (exp.attribution !== undefined && ev.attribution?.code !== exp.attribution) return false;
  return true;
}

/** Tells whether an output event breaks an `absent` entry. */
export function violatesAbsent(ev: EventRecord, absent: Absent): boolean {
  if ("participant" in absent) {
    return (
      ev.actor.some((e) => e.code === absent.participant) ||
      ev.recipient.some((e) => e.code === absent.participant)
    );
  }
  if (ev.event !== absent.event || ev.modality !== "asserted") return false;
  if (absent.mode !== undefined && !ev.mode.includes(absent.mode)) return false;
  const actors = codeSet(ev.actor);
  const recipients = codeSet(ev.recipient);
  const everyone = new Set([...actors, ...recipients]);
  return (
    containsAll(actors, absent.actor) &&
    containsAll(recipients, absent.recipient) &&
    containsAll(everyone, absent.participants)
  );
}

/** Lists every evidence span of an event whose text is not the article text at its offsets. */
export function badEvidenceSpans(text: string, ev: EventRecord): string[] {
  const e = ev.evidence;
  const named: [string, Span | undefined][] = [
    ["trigger", e.trigger],
    ...e.actor.map((s, i): [string, Span] => [`actor[${i}]`, s]),
    ...e.recipient.map((s, i): [string, Span] => [`recipient[${i}]`, s]),
    ["date", e.date],
    ["place", e.place],
    ["attribution", e.attribution],
    ["sentence", e.sentence],
  ];
  const bad: string[] = [];
  for (const [name, span] of named) {
    if (span === undefined) continue;
    const actual = text.slice(span.start, span.end);
    const inRange = span.start >= 0 && span.start <= span.end && span.end <= text.length;
    if (!inRange || actual !== span.text)
      bad.push(
        `${name} [${span.start},${span.end}) says ${JSON.stringify(span.text)} but the text there is ${JSON.stringify(actual)}`,
      );
  }
  return bad;
}

/** One line per output event, for failure messages: `TYPE mode actor -> recipient (modality) "trigger"`. */
export function describeEvents(events: readonly EventRecord[]): string {
  if (events.length === 0) return "  (no events)";
  return events
    .map((ev) => {
      const codes = (xs: readonly { readonly code: string }[]): string =>
        xs.map((x) => x.code).join("+") || "-";
      const attr = ev.attribution ? ` said-by ${ev.attribution.code}` : "";
      return `  ${ev.event} [${ev.mode.join(",")}] ${codes(ev.actor)} -> ${codes(ev.recipient)} (${ev.modality}${attr}, ${ev.date ?? "no date"}) "${ev.evidence.trigger.text}"`;
    })
    .join("\n");
}
