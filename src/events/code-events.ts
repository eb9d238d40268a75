import type {
  Doc,
  EventRecord,
  Location,
  Mention,
  Sentence,
  Span,
  TimeExpression,
} from "../core/types.js";
import { attributionFor, findSpeakers, type Speech } from "./attribution.js";
import { buildRecord, type EventDraft } from "./build-record.js";
import { cuesOfKind, findHits, selectTriggers, type Hit } from "./find-hits.js";
import { defaultLexicon, type CueRule, type Lexicon, type TriggerRule } from "./lexicon.js";
import { decideModality } from "./modality.js";
import { modelTrigger } from "./model-trigger.js";
import { defaultEmbeddingRules, dropEmbedded, type EmbeddingRule } from "./embedding.js";
import { findParticipants, type Participants, type SentenceView } from "./participants.js";
import { applyRewrites, blendWithModel, contextsOf, scoreConfidence } from "./event-rules.js";
import type { Model } from "../model/model-types.js";
import { sentenceTypeProbs } from "../model/sentence-type-probs.js";

/** A place named in the text, resolved by the gazetteer. */
export interface PlaceRef {
  readonly sentence: number;
  readonly span: Span;
  readonly location: Location;
}

/** Options of the event coder. */
export interface CodeEventsOptions {
  readonly lexicon?: Lexicon;
  readonly embedding?: readonly EmbeddingRule[];
  /** Statistical event-type model whose sentence probabilities re-weight the rules' confidence. */
  readonly model?: Model;
  /** Places named in the text (event locations), in text order. */
  readonly places?: readonly PlaceRef[];
  /** Where the story was filed (the dateline city), used only when the text names no place. */
  readonly datelinePlace?: PlaceRef;
}

/** Codes the events of an annotated document whose actors are resolved. */
export function codeEvents(
  doc: Doc,
  mentions: readonly Mention[],
  opts: CodeEventsOptions = {},
): EventRecord[] {
  const lex = opts.lexicon ?? defaultLexicon();
  const embedding = opts.embedding ?? defaultEmbeddingRules();
  const bySentence = groupBySentence(mentions);
  const drafts: EventDraft[] = [];
  for (const s of doc.sentences) {
    const found = findHits(doc, s, lex.triggers);
    const byModel = (): Hit<TriggerRule>[] => {
      const t = opts.model ? modelTrigger(doc, s, opts.model) : undefined;
      return t ? [t] : [];
    };
    if (found.length === 0) {
      const t = byModel();
      if (t.length)
        drafts.push(
          ...codeSentence(
            doc,
            s,
            t,
            bySentence.get(s.index) ?? [],
            findHits(doc, s, lex.cues),
            lex,
            opts,
          ),
        );
      continue;
    }
    const cues = findHits(doc, s, lex.cues);
    const nonEvents = cuesOfKind(cues, "nonevent");
    const mentionsHere = bySentence.get(s.index) ?? [];
    const triggers = dropEmbedded(
      selectTriggers(found).filter(
        (t) =>
          !insideMention(t, mentionsHere) &&
          !isAttributiveParticiple(doc, s, t) &&
          !nonEvents.some((n) => t.start < n.end && n.start < t.end),
      ),
      doc.tokens,
      embedding,
    );
    // Triggers vetoed as non-events ("declined to comment on the sanctions") leave the sentence
    // eventless: the model must not guess an event there either.
    const chosen = triggers.length || nonEvents.length ? triggers : byModel();
    if (chosen.length === 0) continue;
    drafts.push(...codeSentence(doc, s, chosen, mentionsHere, cues, lex, opts));
  }
  return dedupe(drafts).map((d) => buildRecord(doc, d));
}

function codeSentence(
  doc: Doc,
  s: Sentence,
  triggers: readonly Hit<TriggerRule>[],
  mentions: readonly Mention[],
  cues: readonly Hit<CueRule>[],
  lex: Lexicon,
  opts: CodeEventsOptions,
): EventDraft[] {
  // "United States" holds the word "States": a cue inside an actor's name is no speech verb.
  const speech = findSpeakers(
    cuesOfKind(cues, "speech").filter(
      (c) => !mentions.some((m) => c.start < m.tokenEnd && m.tokenStart < c.end),
    ),
    mentions,
  );
  const view: SentenceView = { doc, s, mentions, speech, triggers };
  const contextHits = findHits(doc, s, lex.contexts);
  const dates = doc.dates.filter((d) => d.sentence === s.index);
  const out: EventDraft[] = [];
  let prev: Participants | undefined;
  const probs = opts.model ? sentenceTypeProbs(opts.model, doc, s.index) : undefined;
  for (const trig of triggers) {
    const found = findParticipants(view, trig, prev);
    if (found.actors.length) prev = found;
    out.push(
      draftEvent(doc, s, trig, found, { speech, cues, contextHits, dates, probs }, lex, opts),
    );
  }
  return out;
}

interface SentenceCues {
  readonly speech: readonly Speech[];
  readonly cues: readonly Hit<CueRule>[];
  readonly contextHits: readonly Hit<CueRule>[];
  readonly dates: readonly TimeExpression[];
  /** The model's type probabilities for the sentence, when a model is in use. */
  readonly probs: ReadonlyMap<string, number> | undefined;
}

function draftEvent(
  doc: Doc,
  s: Sentence,
  trig: Hit<TriggerRule>,
  found: Participants,
  sc: SentenceCues,
  lex: Lexicon,
  opts: CodeEventsOptions,
): EventDraft {
  const said = attributionFor(sc.speech, trig.start);
  const speakerFallback = found.actors.length === 0 && said?.speaker !== undefined;
  const actors = speakerFallback && said?.speaker ? [said.speaker] : found.actors;
  const recipients = found.recipients.filter((r) => !actors.some((a) => sameEntity(a, r)));
  const date = nearestDate(sc.dates, trig.start, doc);
  const decided = decideModality(doc.tokens, sc.cues, trig.start, date, doc.refDate);
  // A promoted complement takes the modality its rule says ("agreed to withdraw" is an asserted
  // concession, "decided to impose sanctions" a future sanction) unless the text negates it.
  const forced = trig.rule.promotedModality;
  const mod = forced && decided.modality !== "negated" ? { modality: forced } : decided;
  const rewritten = applyRewrites(lex.rewrites, trig.rule, mod.modality);
  const place =
    nearestPlace(opts.places ?? [], s.index, doc.tokens[trig.start]?.start ?? 0) ??
    opts.datelinePlace;
  const typeProb = sc.probs?.get(rewritten.type);
  const rule = [
    trig.rule.id,
    found.how,
    ...(rewritten.rewrite ? [rewritten.rewrite] : []),
    ...(sc.probs ? ["model"] : []),
  ].join("+");
  return {
    type: rewritten.type,
    mode: rewritten.mode ? [rewritten.mode] : [],
    context: contextsOf(trig.rule, sc.contextHits),
    cameo: rewritten.cameo,
    actors,
    recipients,
    modality: rewritten.modality,
    ...(said?.speaker ? { attribution: said.speaker } : {}),
    ...(date
      ? { date: { value: date.value, granularity: date.granularity, span: date.span } }
      : fallbackDate(doc)),
    ...(place ? { location: { location: place.location, span: place.span } } : {}),
    trigger: spanOf(doc, trig.start, trig.end),
    sentence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
    confidence: scoreConfidence(
      typeProb === undefined
        ? trig.rule.confidence
        : blendWithModel(trig.rule.confidence, typeProb),
      {
        background: isBackgroundNoun(doc, trig),
        hasActor: actors.length > 0,
        weak: found.weak || speakerFallback,
        modality: rewritten.modality,
        sentence: s.index,
      },
    ),
    rule,
  };
}

function fallbackDate(doc: Doc): Pick<EventDraft, "date"> {
  return doc.refDate ? { date: { value: doc.refDate, granularity: "day" } } : {};
}

function nearestDate(
  dates: readonly TimeExpression[],
  tokenIndex: number,
  doc: Doc,
): TimeExpression | undefined {
  const at = doc.tokens[tokenIndex]?.start ?? 0;
  let best: TimeExpression | undefined;
  for (const d of dates) {
    if (!best || Math.abs(d.span.start - at) < Math.abs(best.span.start - at)) best = d;
  }
  return best;
}

function nearestPlace(
  places: readonly PlaceRef[],
  sentence: number,
  at: number,
): PlaceRef | undefined {
  let best: PlaceRef | undefined;
  for (const p of places) {
    if (p.sentence !== sentence) continue;
    if (!best || Math.abs(p.span.start - at) < Math.abs(best.span.start - at)) best = p;
  }
  return best;
}

function spanOf(doc: Doc, start: number, end: number): Span {
  const a = doc.tokens[start]!.start;
  const b = doc.tokens[end - 1]!.end;
  return { start: a, end: b, text: doc.text.slice(a, b) };
}

/**
 * "the exiled leaders", "two jailed activists": a participle used as an adjective describes a
 * noun; the jailing or exiling is background, not the event the sentence reports.
 */
function isAttributiveParticiple(doc: Doc, s: Sentence, t: Hit<TriggerRule>): boolean {
  if (t.end !== t.start + 1) return false;
  const head = doc.tokens[t.start]!;
  if (!/(ed|en)$/.test(head.lower)) return false;
  const before = t.start > s.firstToken ? doc.tokens[t.start - 1] : undefined;
  const after = doc.tokens[t.start + 1];
  const opensPhrase =
    before === undefined ||
    ["DET", "NUM", "ADJ", "ADP", "VERB"].includes(before.pos) ||
    POSSESSIVE_DETS.has(before.lower);
  return (
    opensPhrase &&
    after !== undefined &&
    t.start + 1 < s.endToken &&
    ["NOUN", "PROPN", "ADJ"].includes(after.pos)
  );
}

const POSSESSIVE_DETS = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/** Prepositions that put an event noun in the background ("after talks with ...", "during a visit"). */
const BACKGROUND_PREPS = new Set([
  "after",
  "following",
  "during",
  "amid",
  "since",
  "before",
  "despite",
  "in",
  "at",
  "over",
  "about",
  "behind",
  "by",
]);

const SCENE_CONJ = new Set(["after", "before", "since", "while", "when", "following", "despite"]);

/**
 * True when a noun trigger sits in a prepositional phrase: such a noun usually names an event
 * already known (the setting, the cause, the topic), not the one the sentence is about.
 */
function isBackgroundNoun(doc: Doc, t: Hit<TriggerRule>): boolean {
  const head = doc.tokens[t.start];
  if (!head) return false;
  // "After meeting the rebels, ..." / "before visiting Kyiv": a gerund clause sets the scene too.
  if (head.lower.endsWith("ing") && SCENE_CONJ.has(doc.tokens[t.start - 1]?.lower ?? ""))
    return true;
  if (head.pos !== "NOUN" && head.pos !== "PROPN") return false;
  for (let j = t.start - 1; j >= Math.max(0, t.start - 4); j--) {
    const tok = doc.tokens[j]!;
    if (["DET", "ADJ", "NUM", "NOUN", "PROPN"].includes(tok.pos) || tok.text === "-") continue;
    return tok.pos === "ADP" && BACKGROUND_PREPS.has(tok.lower);
  }
  return false;
}

function insideMention(t: Hit<TriggerRule>, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => t.start >= m.tokenStart && t.end <= m.tokenEnd);
}

function sameEntity(a: Mention, b: Mention): boolean {
  if (a.id === b.id || a.antecedent === b.id || b.antecedent === a.id) return true;
  if (a.antecedent !== undefined && a.antecedent === b.antecedent) return true;
  // Two mentions of one person; "Georgian protesters" and "the Georgian government" stay distinct.
  return (
    a.kind === "person" &&
    b.kind === "person" &&
    a.entity.name !== undefined &&
    a.entity.name === b.entity.name
  );
}

function groupBySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const map = new Map<number, Mention[]>();
  for (const m of [...mentions].sort((a, b) => a.tokenStart - b.tokenStart)) {
    const list = map.get(m.sentence);
    if (list) list.push(m);
    else map.set(m.sentence, [m]);
  }
  return map;
}

/** One event per (sentence, type, actors, recipients): repeated triggers keep the most confident. */
function dedupe(drafts: readonly EventDraft[]): EventDraft[] {
  const best = new Map<string, EventDraft>();
  for (const d of drafts) {
    const key = [
      d.sentence.start,
      d.type,
      d.modality,
      d.actors.map((m) => m.entity.code).join(","),
      d.recipients.map((m) => m.entity.code).join(","),
    ].join("|");
    const old = best.get(key);
    if (!old || d.confidence > old.confidence) best.set(key, d);
  }
  const kept = [...best.values()];
  return kept
    .filter((d) => !kept.some((o) => o !== d && covers(o, d)))
    .sort((a, b) => a.trigger.start - b.trigger.start);
}

/**
 * True when `o` already tells what `d` tells: one sentence, one type and modality, d's actors are
 * among o's (or d has none), and o names at least as many participants. "Insurgents bombarded the
 * city, killing eight people" and "met with Assad ... to discuss" are one event each, not two.
 */
function covers(o: EventDraft, d: EventDraft): boolean {
  if (o.sentence.start !== d.sentence.start || o.type !== d.type || o.modality !== d.modality)
    return false;
  const codes = (ms: readonly Mention[]): Set<string> =>
    new Set(ms.map((m) => m.entity.code || "---"));
  const [oa, da] = [codes(o.actors), codes(d.actors)];
  if (![...da].every((c) => oa.has(c))) return false;
  const size = (x: EventDraft): number => codes([...x.actors, ...x.recipients]).size;
  const [so, sd] = [size(o), size(d)];
  return so > sd || (so === sd && o.trigger.start < d.trigger.start);
}
