/**
 * Test helpers for src/events: code wire-style text through the real pipeline and compare the
 * events with table rows. Not used by the pipeline.
 */
import { loadKnowledgeBase, type ActorKnowledgeBase } from "../actors/knowledge-base.js";
import { resolveActors } from "../actors/resolve-actors.js";
import { annotate } from "../annotate/annotate.js";
import type { Article, EventRecord, Modality, PloverType, Token } from "../core/types.js";
import type { Model } from "../model/model-types.js";
import { createCoder, type Coder } from "../pipeline.js";
import { codeEvents } from "./code-events.js";

/** The publication date every test article carries. */
export const TEST_DATE = "2024-05-02";

let coder: Coder | undefined;
let kb: ActorKnowledgeBase | undefined;

/** An article for a test text, dated TEST_DATE. */
export function article(text: string, id = "test-article"): Article {
  return { id, text, date: TEST_DATE, origin: { file: "test" } };
}

/**
 * Codes a text with the built-in tables and no statistical model, so rule ids and confidences
 * depend on the rules alone (the shipped model changes when it is retrained).
 */
export function code(text: string, id?: string): readonly EventRecord[] {
  coder ??= createCoder({ model: false });
  return coder(article(text, id)).events;
}

/** Codes a text with the built-in tables and the given model (annotate, actors, events). */
export function codeWithModel(text: string, model: Model): EventRecord[] {
  kb ??= loadKnowledgeBase();
  const doc = annotate(article(text));
  return codeEvents(doc, resolveActors(doc, kb), { model });
}

/** What a table row expects of one event. */
export interface Want {
  readonly type: PloverType;
  readonly actors: readonly string[];
  readonly recipients: readonly string[];
  readonly modality: Modality;
  /** A rule id that must be one of the `+`-joined parts of the event's `rule`. */
  readonly rule: string;
  /** Code of the attributed speaker; "" means the event must have no attribution. */
  readonly attribution?: string;
}

/** One table case: why it exists, the sentence, and the event it must yield. */
export type Case = readonly [why: string, text: string, want: Want];

/** The parts of an event's rule field. */
export function ruleParts(e: EventRecord): string[] {
  return e.rule.split("+");
}

/** A compact one-line view of an event, for failure messages. */
export function show(e: EventRecord): string {
  const codes = (xs: readonly { code: string }[]): string => xs.map((x) => x.code).join(",");
  return `${e.event} [${codes(e.actor)}] -> [${codes(e.recipient)}] ${e.modality} ${e.rule}`;
}

/**
 * What is wrong with `events` for a table row: [] when one event of the wanted type, fired by the
 * wanted rule, has the wanted participants, modality and attribution. (Returns data instead of
 * asserting, so this file does not import the test runner and stays harmless in a build.)
 */
export function mismatches(events: readonly EventRecord[], want: Want): string[] {
  const e = events.find((x) => x.event === want.type && ruleParts(x).includes(want.rule));
  if (!e)
    return [`no ${want.type} by ${want.rule} in: ${events.map(show).join(" | ") || "(no events)"}`];
  const codes = (xs: readonly { code: string }[]): string => xs.map((x) => x.code).join(",");
  const out: string[] = [];
  if (codes(e.actor) !== want.actors.join(","))
    out.push(`actors ${codes(e.actor)} != ${want.actors.join(",")}`);
  if (codes(e.recipient) !== want.recipients.join(","))
    out.push(`recipients ${codes(e.recipient)} != ${want.recipients.join(",")}`);
  if (e.modality !== want.modality) out.push(`modality ${e.modality} != ${want.modality}`);
  const said = e.attribution?.code ?? "";
  if (want.attribution !== undefined && said !== want.attribution)
    out.push(`attribution ${said} != ${want.attribution}`);
  return out.map((m) => `${m} in ${show(e)}`);
}

/** The event types of a list of events, in order. */
export function types(events: readonly EventRecord[]): string[] {
  return events.map((e) => e.event);
}

/** Whitespace tokens for unit tests of token-level functions (pos "X", lemma = lower). */
export function wordTokens(text: string): Token[] {
  let at = 0;
  return text.split(" ").map((w, i) => {
    const t: Token = {
      i,
      start: at,
      end: at + w.length,
      text: w,
      lower: w.toLowerCase(),
      lemma: w.toLowerCase(),
      pos: "X",
      sentence: 0,
    };
    at += w.length + 1;
    return t;
  });
}
