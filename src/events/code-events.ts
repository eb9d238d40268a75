import type { Doc, EventRecord, Location, Mention, Sentence, Span } from "../core/types.js";
import { allegedAttack } from "./alleged-attack.js";
import { findSpeakers, type Speech } from "./attribution.js";
import { buildRecord, type EventDraft } from "./build-record.js";
import { cuesOfKind, findHits, selectTriggers, type Hit } from "./find-hits.js";
import { defaultLexicon, type CueRule, type Lexicon, type TriggerRule } from "./lexicon.js";
import { modelTrigger } from "./model-trigger.js";
import { dedupe } from "./dedupe-drafts.js";
import { draftEvent } from "./draft-event.js";
import { hasModalWord, modalCues, reportedDemands } from "./reported-demand.js";
import { resolveEventReferences } from "./event-reference.js";
import { insideMention, isAttributiveParticiple } from "./trigger-filters.js";
import { defaultEmbeddingRules, dropEmbedded, type EmbeddingRule } from "./embedding.js";
import { findParticipants, type Participants, type SentenceView } from "./participants.js";
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
    const mentionsHere = bySentence.get(s.index) ?? [];
    const byModel = (): Hit<TriggerRule>[] => {
      const t = opts.model ? modelTrigger(doc, s, opts.model) : undefined;
      return t ? [t] : [];
    };
    // Most sentences have neither a trigger nor a modal: their cues are only read for a model event.
    if (found.length === 0 && !hasModalWord(doc, s, lex)) {
      const t = byModel();
      if (t.length) {
        const cues = cuesOf(doc, s, lex, mentionsHere);
        const speech = speakersOf(doc, cues, mentionsHere);
        drafts.push(...codeSentence(doc, s, t, mentionsHere, cues, speech, lex, opts));
      }
      continue;
    }
    const cues = cuesOf(doc, s, lex, mentionsHere);
    const speech = speakersOf(doc, cues, mentionsHere);
    const obligations = modalCues(cues);
    const view = { tokens: doc.tokens, firstToken: s.firstToken, mentions: mentionsHere, speech };
    if (found.length === 0) {
      // "X must ensure security, Y said": a reported demand needs no trigger word of its own.
      const bare = reportedDemands(view, [], obligations);
      const t = bare.length ? bare : byModel();
      if (t.length) drafts.push(...codeSentence(doc, s, t, mentionsHere, cues, speech, lex, opts));
      continue;
    }
    // An opaque cue ("denied the charges", "expressed hope") names no event either, and what
    // it reports is not asserted (embedding.tsv).
    const opaque = cuesOfKind(cues, "opaque");
    const nonEvents = [...cuesOfKind(cues, "nonevent"), ...opaque];
    const triggers = dropEmbedded(
      reportedDemands(
        view,
        selectTriggers(found).filter(
          (t) =>
            !insideMention(t, mentionsHere) &&
            !isAttributiveParticiple(doc, s, t) &&
            !nonEvents.some((n) => t.start < n.end && n.start < t.end),
        ),
        obligations,
      ),
      doc.tokens,
      embedding,
      opaque,
    );
    // Triggers vetoed as non-events ("declined to comment on the sanctions") leave the sentence
    // eventless: the model must not guess an event there either.
    const chosen = triggers.length || nonEvents.length ? triggers : byModel();
    if (chosen.length === 0) continue;
    drafts.push(...codeSentence(doc, s, chosen, mentionsHere, cues, speech, lex, opts));
  }
  return dedupe(resolveEventReferences(doc, drafts, lex)).map((d) => buildRecord(doc, d));
}

/**
 * The cue hits of a sentence, but not the words of a name: the "Without" of "Reporters Without
 * Borders" negates nothing.
 */
function cuesOf(doc: Doc, s: Sentence, lex: Lexicon, mentions: readonly Mention[]): Hit<CueRule>[] {
  const hits = findHits(doc, s, lex.cues);
  return mentions.length ? hits.filter((h) => !insideMention(h, mentions)) : hits;
}

function codeSentence(
  doc: Doc,
  s: Sentence,
  triggers: readonly Hit<TriggerRule>[],
  mentions: readonly Mention[],
  cues: readonly Hit<CueRule>[],
  speech: readonly Speech[],
  lex: Lexicon,
  opts: CodeEventsOptions,
): EventDraft[] {
  const view: SentenceView = { doc, s, mentions, speech, triggers };
  const contextHits = findHits(doc, s, lex.contexts);
  const dates = doc.dates.filter((d) => d.sentence === s.index);
  const out: EventDraft[] = [];
  let prev: Participants | undefined;
  const probs = opts.model ? sentenceTypeProbs(opts.model, doc, s.index) : undefined;
  const allegations = findSpeakers(cuesOfKind(cues, "allegation"), mentions, doc.tokens);
  for (const trig of triggers) {
    const found = findParticipants(view, trig, prev);
    if (trig.rule.role === "transitive" && found.recipients.length === 0) continue;
    if (found.actors.length) prev = found;
    const alleged = allegedAttack(doc.tokens, trig, found, allegations);
    const [t, p] = alleged ? [alleged.trigger, alleged.participants] : [trig, found];
    out.push(draftEvent(doc, s, t, p, { speech, cues, contextHits, dates, probs }, lex, opts));
  }
  return out;
}

/** The speech cues of a sentence paired with their speakers. */
function speakersOf(
  doc: Doc,
  cues: readonly Hit<CueRule>[],
  mentions: readonly Mention[],
): Speech[] {
  // "United States" holds the word "States": a cue inside an actor's name is no speech verb.
  return findSpeakers(
    cuesOfKind(cues, "speech")
      .filter((c) => !mentions.some((m) => c.start < m.tokenEnd && m.tokenStart < c.end))
      // A cue ending in a preposition ("according to", "quoted by") has its speaker after it.
      .map((c) => ({ ...c, speakerAfter: doc.tokens[c.end - 1]?.pos === "ADP" })),
    mentions,
    doc.tokens,
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
