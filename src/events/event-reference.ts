/**
 * "Iraq condemned the strike": a verbal reaction whose object is an event noun is aimed at that
 * event's actor. When such a reaction has no recipient, it takes the actors of the event the noun
 * refers to: the nearest earlier event of that type in the document, else the next one.
 */
import { firstTokenFrom } from "../annotate/token-at.js";
import type { Doc, Mention, PloverType, Token } from "../core/types.js";
import type { EventDraft } from "./build-record.js";
import type { Lexicon } from "./lexicon.js";

/** Reactions that are aimed at whoever did the event they name. */
const REACTIONS: ReadonlySet<PloverType> = new Set(["ACCUSE", "SUPPORT", "REJECT", "REQUEST"]);
/** Events a reaction can name by a noun ("the attack", "the arrests", "the sanctions"). */
const NAMEABLE: ReadonlySet<PloverType> = new Set([
  "ASSAULT",
  "COERCE",
  "SANCTION",
  "MOBILIZE",
  "THREATEN",
  "PROTEST",
]);
const OBJECT_REACH = 4;

/** Gives recipientless reactions the actors of the event their object noun names. */
export function resolveEventReferences(
  doc: Doc,
  drafts: readonly EventDraft[],
  lex: Lexicon,
): EventDraft[] {
  return drafts.map((d) => {
    if (!REACTIONS.has(d.type) || d.recipients.length > 0 || d.actors.length === 0) return d;
    const after = firstTokenFrom(doc.tokens, d.trigger.end);
    const noun = triggerNoun(doc, after, d.trigger.end) ?? objectNoun(doc, after);
    if (!noun) return d;
    const types = new Set(
      lex.triggers
        .candidates(noun)
        .map((r) => r.type)
        .filter((t) => NAMEABLE.has(t)),
    );
    const own = new Set(d.actors.map((m) => m.entity.code));
    const named = referent(drafts, d, types, own);
    if (!named) return d;
    const recipients: Mention[] = named.actors.filter(
      (m) => m.entity.code !== "" && !own.has(m.entity.code),
    );
    return recipients.length ? { ...d, recipients, rule: `${d.rule}+event-reference` } : d;
  });
}

/** The trigger's own last word when it is a noun ("condemned the attack" matched as one row). */
function triggerNoun(doc: Doc, after: number, charEnd: number): Token | undefined {
  const last = doc.tokens[after - 1];
  return last?.end === charEnd && last.pos === "NOUN" ? last : undefined;
}

/**
 * The noun a trigger takes as object: the first noun within a few words (from token `first`, the
 * first after the trigger), past determiners and dates.
 */
function objectNoun(doc: Doc, first: number): Token | undefined {
  for (let i = first; i < Math.min(doc.tokens.length, first + OBJECT_REACH); i++) {
    const t = doc.tokens[i]!;
    if (t.pos === "NOUN") return t;
    if (!["DET", "ADJ", "NUM", "PROPN", "PART"].includes(t.pos) && t.lower !== "'s")
      return undefined;
  }
  return undefined;
}

function referent(
  drafts: readonly EventDraft[],
  d: EventDraft,
  types: ReadonlySet<PloverType>,
  own: ReadonlySet<string>,
): EventDraft | undefined {
  // A side does not condemn its own act: only events with an actor other than the reactor count.
  const candidates = drafts.filter(
    (e) =>
      e !== d &&
      types.has(e.type) &&
      e.actors.some((m) => m.entity.code !== "" && !own.has(m.entity.code)),
  );
  const before = candidates.filter((e) => e.trigger.start < d.trigger.start);
  return before[before.length - 1] ?? candidates.find((e) => e.trigger.start > d.trigger.start);
}
