import { createHash } from "node:crypto";
import { intensityOf, ontology } from "../core/ontology.js";
import type { Doc, Entity, EventRecord, PloverType, Span } from "../core/types.js";
import { RECORD_VERSION } from "../core/types.js";
import type { Participant } from "./group-actors.js";
import type { Word } from "./word-stream.js";

/** One event decided by the dictionary coder, before it becomes a record. */
export interface DictEventDraft {
  readonly code: string;
  readonly actors: readonly Participant[];
  readonly recipients: readonly Participant[];
  readonly trigger: readonly [number, number];
  readonly sentence: Span;
  readonly rule: string;
  readonly confidence: number;
}

/**
 * PLOVER types for the 2-digit roots of WEIS/KEDS codes (TABARI demo and PETRARCH-1 validation
 * dictionaries), read from the WEIS category names; CAMEO roots use cameo.tsv instead.
 */
const WEIS_ROOTS: Readonly<Record<string, PloverType>> = {
  "01": "CONCEDE",
  "02": "CONSULT",
  "03": "CONSULT",
  "04": "SUPPORT",
  "05": "AGREE",
  "06": "CONCEDE",
  "07": "AID",
  "08": "AGREE",
  "09": "REQUEST",
  "10": "REQUEST",
  "11": "REJECT",
  "12": "ACCUSE",
  "13": "PROTEST",
  "14": "REJECT",
  "15": "REQUEST",
  "16": "THREATEN",
  "17": "THREATEN",
  "18": "PROTEST",
  "19": "SANCTION",
  "20": "SANCTION",
  "21": "COERCE",
  "22": "ASSAULT",
};
/** CAMEO roots PLOVER dropped: public statements read as CONSULT, appeals as REQUEST. */
const CAMEO_DROPPED: Readonly<Record<string, PloverType>> = { "01": "CONSULT", "02": "REQUEST" };

/** The PLOVER type of a dictionary code: cameo.tsv for CAMEO codes, the WEIS table otherwise. */
export function ploverTypeOf(code: string, scheme: "cameo" | "weis"): PloverType {
  const root = code
    .replace(/[^0-9]/g, "")
    .slice(0, 2)
    .padStart(2, "0");
  if (scheme === "weis") return WEIS_ROOTS[root] ?? "CONSULT";
  const cameo = ontology().cameo;
  const t = cameo.get(code)?.ploverType ?? cameo.get(root)?.ploverType;
  return (t as PloverType | undefined) ?? CAMEO_DROPPED[root] ?? "CONSULT";
}

/** An output entity for a participant: `code_full` is the dictionary code, `code` its first three letters. */
export function entityOf(p: Participant, words: readonly Word[], text: string): Entity {
  const span = spanOf(words, p.start, p.end, text);
  const base = p.code.startsWith("~") ? "---" : p.code.slice(0, 3);
  const rest = p.code.startsWith("~") ? p.code.slice(1) : p.code.slice(3);
  const sector = rest.match(/.{1,3}/g) ?? [];
  return { code: base, sector: sector.slice(0, 1), entity_text: span.text, code_full: p.code };
}

/** The character span of words [a, b). */
export function spanOf(words: readonly Word[], a: number, b: number, text: string): Span {
  const start = words[a]?.start ?? 0;
  const end = words[b - 1]?.end ?? start;
  return { start, end, text: text.slice(start, end) };
}

/** Writes a draft as a PLOVER JSON record with a stable content-hash id. */
export function dictionaryRecord(
  doc: Doc,
  words: readonly Word[],
  d: DictEventDraft,
  scheme: "cameo" | "weis",
): EventRecord {
  const type = ploverTypeOf(d.code, scheme);
  const actor = d.actors.map((p) => entityOf(p, words, doc.text));
  const recipient = d.recipients.map((p) => entityOf(p, words, doc.text));
  const trigger = spanOf(words, d.trigger[0], d.trigger[1], doc.text);
  const key = JSON.stringify([
    doc.article.id,
    d.code,
    actor.map((a) => a.code_full),
    recipient.map((r) => r.code_full),
    trigger.start,
  ]);
  const date = doc.article.date ?? doc.refDate;
  return {
    version: RECORD_VERSION,
    id: createHash("sha256").update(key).digest("hex").slice(0, 20),
    article_id: doc.article.id,
    ...(date ? { date, date_granularity: "day" as const } : {}),
    event: type,
    mode: [],
    context: [],
    quad_code: ontology().types.get(type)?.quad ?? 1,
    intensity: intensityOf(type, []),
    cameo: d.code,
    actor,
    recipient,
    modality: "asserted",
    confidence: d.confidence,
    rule: d.rule,
    evidence: {
      trigger,
      actor: d.actors.map((p) => spanOf(words, p.start, p.end, doc.text)),
      recipient: d.recipients.map((p) => spanOf(words, p.start, p.end, doc.text)),
      sentence: d.sentence,
    },
  };
}
