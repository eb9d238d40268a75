/**
 * Test factory: small wire-style articles (written for dyad) and event records with real evidence
 * spans into their text, so store tests exercise what `dyad ingest` stores.
 */
import { createHash } from "node:crypto";
import type {
  Article,
  CodeResult,
  Entity,
  EventRecord,
  Modality,
  PloverType,
  Span,
} from "../../core/types.js";

/** Short entity: code, sectors, optional name (entity text defaults to the name or code). */
export function ent(
  code: string,
  sector: readonly string[] = [],
  name?: string,
  codeFull?: string,
): Entity {
  return {
    code,
    sector,
    entity_text: name ?? code,
    ...(name ? { name } : {}),
    ...(codeFull ? { code_full: codeFull } : {}),
  };
}

/** What a test says about one event of an article. */
export interface EventSpec {
  /** Index of the sentence the event is read from. */
  readonly sentence?: number;
  readonly type?: PloverType;
  readonly mode?: readonly string[];
  readonly context?: readonly string[];
  readonly quad?: 1 | 2 | 3 | 4;
  readonly intensity?: number;
  readonly actor?: readonly Entity[];
  readonly recipient?: readonly Entity[];
  /** Stated date (with date evidence); undated when absent. */
  readonly date?: string;
  readonly modality?: Modality;
  readonly confidence?: number;
}

/** What a test says about one article. */
export interface ArticleSpec {
  readonly id: string;
  readonly sentences: readonly string[];
  readonly date?: string;
  readonly source?: string;
  readonly title?: string;
  readonly events?: readonly EventSpec[];
}

/** An article and its coded result, as `putArticle` takes them. */
export interface SampleArticle {
  readonly article: Article;
  readonly result: CodeResult;
}

/** Builds an article whose text is its sentences joined by spaces, and its event records. */
export function sampleArticle(s: ArticleSpec): SampleArticle {
  const text = s.sentences.join(" ");
  const article: Article = {
    id: s.id,
    text,
    origin: { file: `${s.id}.jsonl`, line: 1 },
    ...(s.date ? { date: s.date } : {}),
    ...(s.source ? { source: s.source } : {}),
    ...(s.title ? { title: s.title } : {}),
  };
  const events = (s.events ?? []).map((e, i) => recordOf(article, s.sentences, e, i));
  return { article, result: { article, events, issues: [] } };
}

function recordOf(
  article: Article,
  sentences: readonly string[],
  e: EventSpec,
  n: number,
): EventRecord {
  const index = e.sentence ?? 0;
  const sentence = sentenceSpan(sentences, index);
  const trigger = wordSpan(sentence, 1);
  const actor = e.actor ?? [ent("CHN", ["GOV"], "Wang Yi")];
  const recipient = e.recipient ?? [];
  const type = e.type ?? "CONSULT";
  const id = createHash("sha256")
    .update(
      JSON.stringify([
        article.id,
        n,
        type,
        actor.map((a) => a.code),
        recipient.map((r) => r.code),
        e.date ?? "",
      ]),
    )
    .digest("hex")
    .slice(0, 20);
  return {
    version: 1,
    id,
    article_id: article.id,
    ...(e.date ? { date: e.date, date_granularity: "day" as const } : {}),
    event: type,
    mode: e.mode ?? [],
    context: e.context ?? [],
    quad_code: e.quad ?? 1,
    intensity: e.intensity ?? 1,
    cameo: "040",
    actor,
    recipient,
    modality: e.modality ?? "asserted",
    confidence: e.confidence ?? 0.8,
    rule: "test-rule",
    evidence: {
      trigger,
      actor: [wordSpan(sentence, 0)],
      recipient: [],
      ...(e.date ? { date: wordSpan(sentence, 2) } : {}),
      sentence,
    },
  };
}

function sentenceSpan(sentences: readonly string[], index: number): Span {
  let start = 0;
  for (let i = 0; i < index; i++) start += sentences[i]!.length + 1;
  const text = sentences[index];
  if (text === undefined) throw new Error(`test article has no sentence ${index}`);
  return { start, end: start + text.length, text };
}

/** The n-th space-separated word of a sentence as a span (the sentence itself if it is shorter). */
function wordSpan(sentence: Span, n: number): Span {
  const words = sentence.text.split(" ");
  if (n >= words.length) return sentence;
  let start = sentence.start;
  for (let i = 0; i < n; i++) start += words[i]!.length + 1;
  const text = words[n]!;
  return { start, end: start + text.length, text };
}
