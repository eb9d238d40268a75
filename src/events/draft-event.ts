/**
 * One event draft from a trigger and its participants: modality, rewrites, date, place, evidence
 * spans and the confidence that ranks it.
 */
import type { Doc, Sentence, Span, TimeExpression } from "../core/types.js";
import { applyActorRewrite } from "./actor-rewrite.js";
import { attributionFor, sameEntity, type Speech } from "./attribution.js";
import type { EventDraft } from "./build-record.js";
import type { CodeEventsOptions, PlaceRef } from "./code-events.js";
import {
  applyRewrites,
  blendWithModel,
  contextsOf,
  isPartnerlessConsult,
  scoreConfidence,
} from "./event-rules.js";
import type { Hit } from "./find-hits.js";
import type { CueRule, Lexicon, TriggerRule } from "./lexicon.js";
import { decideModality } from "./modality.js";
import type { Participants } from "./participants.js";
import { placeRecipient } from "./place-recipient.js";
import { isBackgroundNoun, isSubordinateClause } from "./trigger-filters.js";

/** What the coder read in a trigger's sentence besides its participants. */
export interface SentenceCues {
  readonly speech: readonly Speech[];
  readonly cues: readonly Hit<CueRule>[];
  readonly contextHits: readonly Hit<CueRule>[];
  readonly dates: readonly TimeExpression[];
  /** The model's type probabilities for the sentence, when a model is in use. */
  readonly probs: ReadonlyMap<string, number> | undefined;
}

/** Drafts the event of one trigger: type after rewrites, modality, date, place and confidence. */
export function draftEvent(
  doc: Doc,
  s: Sentence,
  trig: Hit<TriggerRule>,
  found: Participants,
  sc: SentenceCues,
  lex: Lexicon,
  opts: CodeEventsOptions,
): EventDraft {
  const said = attributionFor(sc.speech, trig.start);
  // An agentless passive ("four people were killed, medics said") hides its agent on purpose:
  // the speaker who reports it is no stand-in for the one who did it.
  const speakerFallback =
    found.actors.length === 0 &&
    said?.speaker !== undefined &&
    found.how !== "passive-by" &&
    // "Ukraine says Russia was behind the attacks", "Israel said a rocket was fired at it": nor
    // for an event noun in the background or an agentless passive's noun subject.
    found.how !== "background-noun" &&
    found.how !== "noun-passive";
  const actors = speakerFallback && said?.speaker ? [said.speaker] : found.actors;
  const recipients = found.recipients.filter((r) => !actors.some((a) => sameEntity(a, r)));
  const date = nearestDate(sc.dates, trig.start, doc);
  const decided = decideModality(doc.tokens, sc.cues, trig.start, date, doc.refDate);
  // A promoted complement takes the modality its rule says ("agreed to withdraw" is an asserted
  // concession, "decided to impose sanctions" a future sanction) unless the text negates it.
  const forced = trig.rule.promotedModality;
  const mod = forced && decided.modality !== "negated" ? { modality: forced } : decided;
  const rewritten = applyActorRewrite(
    applyRewrites(lex.rewrites, trig.rule, mod.modality),
    actors,
    doc.tokens,
    trig.rule.id,
  );
  const place =
    nearestPlace(opts.places ?? [], s.index, doc.tokens[trig.start]?.start ?? 0) ??
    opts.datelinePlace;
  const typeProb = sc.probs?.get(rewritten.type);
  const aimed = recipients.length ? undefined : placeRecipient(doc, rewritten.type, place);
  const rule = [
    trig.rule.id,
    found.how,
    ...(aimed ? [aimed.rule] : []),
    ...(rewritten.rewrite ? [rewritten.rewrite] : []),
    ...(sc.probs ? ["model"] : []),
  ].join("+");
  return {
    type: rewritten.type,
    mode: rewritten.mode ? [rewritten.mode] : [],
    context: contextsOf(trig.rule, sc.contextHits),
    cameo: rewritten.cameo,
    actors,
    recipients: aimed ? [aimed.mention] : recipients,
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
        subordinate: isSubordinateClause(doc, s, trig),
        hasActor: actors.length > 0,
        partnerless: isPartnerlessConsult(
          rewritten.type,
          rewritten.mode,
          actors.map((a) => a.entity.code),
          aimed ? 1 : recipients.length,
        ),
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
