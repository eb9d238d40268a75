/**
 * Reported demands (data/events/demand-codes.tsv): "Russia said Israel must end the raids" is
 * Russia's demand of Israel (CAMEO 10, PLOVER REQUEST), not an Israeli retreat, and "Turkey has to
 * mediate, the minister said" is the minister's demand of Turkey, not a mediation. An obligation
 * modal (cues.tsv kind `obligation`) right after an actor, in a sentence whose speaker is another
 * party, becomes a REQUEST trigger whose act (the first trigger after the modal) is what is demanded;
 * that act's CAMEO code picks the demand's 10x code. Said of oneself ("Israel said it must defend
 * itself") or with no speaker ("X must act", an editorial) the modal is left to the modality cues.
 */
import { readFileSync } from "node:fs";
import { dataPath } from "../core/data-path.js";
import { DataFileError } from "../core/errors.js";
import { parseTsv } from "../core/read-tsv.js";
import type { Doc, Mention, Sentence, Token } from "../core/types.js";
import { attributionFor, sameEntity, type Speech } from "./attribution.js";
import { groupAt } from "./conjoined.js";
import { findHits, isBarrier, type Hit } from "./find-hits.js";
import { PatternIndex } from "./token-pattern.js";
import type { CueRule, Lexicon, TriggerRule } from "./lexicon.js";
import type { Participants, SentenceView } from "./participants.js";
import { prepBefore } from "./right-mentions.js";

/** One row of demand-codes.tsv: the demand coded for an obligation whose act has this CAMEO code. */
export interface DemandCode {
  readonly id: string;
  /** CAMEO code prefix of the demanded act; "" for a modal whose act names no event. */
  readonly complement: string;
  readonly cameo: string;
  readonly mode: string;
  readonly confidence: number;
}

let builtIn: readonly DemandCode[] | undefined;

/** The rows of data/events/demand-codes.tsv, parsed once per process. */
export function defaultDemandCodes(): readonly DemandCode[] {
  builtIn ??= parseDemandCodes(readFileSync(dataPath("events", "demand-codes.tsv"), "utf8"));
  return builtIn;
}

/** Parses demand-codes.tsv text; throws DataFileError naming a bad row. */
export function parseDemandCodes(text: string): DemandCode[] {
  const file = "demand-codes.tsv";
  const rows = parseTsv(text, file, ["id", "complement", "cameo", "mode", "confidence"]);
  const codes = rows.map((r) => {
    const c = r.cells;
    const confidence = Number(c["confidence"]);
    if (!(confidence > 0 && confidence <= 1))
      throw new DataFileError(file, r.line, "bad confidence");
    if (!/^10\d{0,2}$/.test(c["cameo"] ?? ""))
      throw new DataFileError(file, r.line, "cameo must be a CAMEO 10 DEMAND code");
    return {
      id: c["id"] ?? "",
      complement: c["complement"] ?? "",
      cameo: c["cameo"] ?? "",
      mode: c["mode"] ?? "",
      confidence,
    };
  });
  if (!codes.some((d) => d.complement === ""))
    throw new DataFileError(file, 0, "a row with an empty complement (the bare modal) is required");
  return codes;
}

/** The row for a demanded act of CAMEO code `cameo` (longest prefix; "" or no match: the bare row). */
export function demandCodeFor(codes: readonly DemandCode[], cameo: string): DemandCode {
  let best: DemandCode | undefined;
  for (const d of codes) {
    if (!cameo.startsWith(d.complement)) continue;
    if (!best || d.complement.length > best.complement.length) best = d;
  }
  // parseDemandCodes guarantees the bare row, which every code starts with.
  return best!;
}

/**
 * The CAMEO 02 APPEAL code parallel to a 10 DEMAND code: the two families list the same requests
 * in the same order (1056 demand de-escalation, 0256 appeal for it), and "should" advises where
 * "must" demands.
 */
export function appealCode(demand: string): string {
  return `02${demand.slice(2)}`;
}

/** The obligation and advice cues of a sentence, in text order. */
export function modalCues(cues: readonly Hit<CueRule>[]): Hit<CueRule>[] {
  return cues.filter((c) => c.rule.kind === "obligation" || c.rule.kind === "advice");
}

/** How far after the modal its act may start: "must first disarm", "must be ready to mediate". */
const ACT_REACH = 4;
/** State sectors: a government speaking of its own country speaks of itself. */
const STATE_SECTORS = new Set(["GOV", "MIL", "LEG", "JUD", "COP", "SPY"]);

/**
 * The subject of an obligation cue: the actor mention that ends right before it (adverbs between:
 * "Israel also must"), not the object of a preposition ("pressure on Iran must continue").
 */
export function obligationSubject(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  cueStart: number,
  floor: number,
): Mention | undefined {
  let end = cueStart;
  while (end > floor && tokens[end - 1]?.pos === "ADV") end--;
  const m = mentions.find((x) => x.tokenEnd === end && !x.modifierOnly);
  if (!m || prepBefore(tokens, m.tokenStart, floor) !== "") return undefined;
  if (m.kind === "pronoun") {
    // "they must", "he should": an unresolved pronoun may be the speaker himself; "the land they
    // need to build on" is a relative clause whose verb is no demand.
    if (m.antecedent === undefined || tokens[m.tokenStart - 1]?.pos === "NOUN") return undefined;
  }
  return m;
}

/** True when a speaker demands of itself: one entity, or a state of its own country. */
function isSelf(speaker: Mention, subject: Mention): boolean {
  if (sameEntity(speaker, subject)) return true;
  const state = (m: Mention): boolean => m.entity.sector.every((s) => STATE_SECTORS.has(s));
  return (
    speaker.entity.code !== "" &&
    speaker.entity.code === subject.entity.code &&
    state(speaker) &&
    state(subject)
  );
}

/** The sentence parts the rule reads. */
export interface DemandView {
  readonly tokens: readonly Token[];
  readonly firstToken: number;
  readonly mentions: readonly Mention[];
  readonly speech: readonly Speech[];
}

/**
 * Turns each obligation or advice cue said of another party into a REQUEST trigger that replaces the act it
 * governs ("must end the raids"); a modal whose act names no event becomes a REQUEST of its own.
 * Returns the triggers in text order.
 */
export function reportedDemands(
  view: DemandView,
  triggers: readonly Hit<TriggerRule>[],
  obligations: readonly Hit<CueRule>[],
  codes: readonly DemandCode[] = defaultDemandCodes(),
): Hit<TriggerRule>[] {
  let out = [...triggers];
  for (const cue of obligations) {
    if (!isReportedDemand(view, cue) || out.some((t) => t.start < cue.end && cue.start < t.end))
      continue;
    const act = actAfter(view.tokens, out, cue.end);
    const code = demandCodeFor(codes, act?.rule.cameo ?? "");
    const end = act ? act.end : bareEnd(view.tokens, cue.end);
    const rule: TriggerRule = {
      ...(act?.rule ?? { pattern: cue.rule.pattern, context: [] }),
      id: [code.id, cue.rule.id, ...(act ? [act.rule.id] : [])].join("+"),
      type: "REQUEST",
      mode: code.mode,
      cameo: cue.rule.kind === "advice" ? appealCode(code.cameo) : code.cameo,
      role: "reported",
      confidence: code.confidence,
    };
    out = out.filter((t) => t !== act);
    out.push({ rule, start: cue.start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Past forms that narrate, not demand: "the people had to resort to protest", "needed to flee"
 * (the `have` and `need` lemmas of cues.tsv match them too).
 */
const PAST_FORMS = new Set(["had", "needed"]);

/** True when the modal governs a passive ("should be praised"): its subject is acted on, not asked. */
function governsPassive(tokens: readonly Token[], from: number): boolean {
  let i = from;
  while (tokens[i]?.pos === "ADV" || tokens[i]?.lower === "not") i++;
  if (tokens[i]?.lemma !== "be") return false;
  const next = tokens[i + 1];
  return next?.pos === "VERB" && next.lower !== next.lemma && !next.lower.endsWith("ing");
}

function isReportedDemand(view: DemandView, cue: Hit<CueRule>): boolean {
  const toks = view.tokens;
  // "should have stopped them": a reproach about the past, not a demand.
  if (toks[cue.end]?.lower === "have" || PAST_FORMS.has(toks[cue.start]?.lower ?? "")) return false;
  if (governsPassive(toks, cue.end)) return false;
  const subject = obligationSubject(toks, view.mentions, cue.start, view.firstToken);
  const speaker = attributionFor(view.speech, cue.start)?.speaker;
  return subject !== undefined && speaker !== undefined && !isSelf(speaker, subject);
}

/** End of a bare demand's evidence: the modal and the verb it governs ("must ensure"). */
function bareEnd(tokens: readonly Token[], from: number): number {
  for (let i = from; i < from + ACT_REACH; i++) {
    const t = tokens[i];
    if (!t || isBarrier(t)) break;
    if (t.pos === "VERB" || t.pos === "AUX") return i + 1;
  }
  return from;
}

/** The first trigger starting within reach after the modal, in the same clause. */
function actAfter(
  tokens: readonly Token[],
  triggers: readonly Hit<TriggerRule>[],
  from: number,
): Hit<TriggerRule> | undefined {
  let best: Hit<TriggerRule> | undefined;
  for (const t of triggers)
    if (t.start >= from && t.start - from <= ACT_REACH && (!best || t.start < best.start)) best = t;
  if (!best) return undefined;
  for (let i = from; i < best.start; i++) if (isBarrier(tokens[i])) return undefined;
  return best;
}

/** Participants of a reported demand: the speaker demands of the modal's subject. */
export function reportedParticipants(v: SentenceView, trig: Hit<TriggerRule>): Participants {
  const speaker = attributionFor(v.speech, trig.start)?.speaker;
  const subject = obligationSubject(v.doc.tokens, v.mentions, trig.start, v.s.firstToken);
  return {
    actors: speaker ? [speaker] : [],
    recipients: subject ? groupAt(v, subject, "left") : [],
    how: "reported-speaker",
    weak: false,
  };
}

/** The lexicon's obligation and advice cues alone ("must", "has to", "should"), per lexicon. */
const modalIndexes = new WeakMap<Lexicon, PatternIndex<CueRule>>();

/**
 * True when the sentence holds an obligation or advice cue. Matched in full ("has to", not any
 * "has"), as most sentences have neither a trigger nor a modal and their other cues go unread.
 */
export function hasModalWord(doc: Doc, s: Sentence, lex: Lexicon): boolean {
  let index = modalIndexes.get(lex);
  if (!index) {
    index = new PatternIndex(
      lex.cues.items.filter((r) => r.kind === "obligation" || r.kind === "advice"),
    );
    modalIndexes.set(lex, index);
  }
  return findHits(doc, s, index).length > 0;
}
