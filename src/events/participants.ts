import type { Doc, Mention, Sentence } from "../core/types.js";
import type { Hit } from "./find-hits.js";
import { sameEntity, type Speech } from "./attribution.js";
import type { TriggerRule } from "./lexicon.js";
import { nounInVerbFrame, passiveOwner } from "./verb-frame.js";
import { groupAt, isPossessive, isPossessivePronoun } from "./conjoined.js";
import { isNounPassiveAgent, isNounPassiveSubject, isPassive } from "./passive.js";
import { isSubjectlessNoun } from "./background-noun.js";
import { adjacentModifier } from "./adjacent-modifier.js";
import { recipientsOf } from "./recipients-of.js";
import { reportedParticipants } from "./reported-demand.js";
import { orObjectPlace } from "./place-recipient.js";
import {
  appositiveHost,
  directObject,
  frontedSubject,
  inverseParticipants,
  isObjectNounBy,
  throughPossessive,
} from "./participant-roles.js";
import {
  LOCATIVE,
  TOPIC,
  hasVerbBetween,
  prepBefore,
  rightMentions,
  wordBefore,
} from "./right-mentions.js";

/** What the coder knows about one sentence when it looks for participants. */
export interface SentenceView {
  readonly doc: Doc;
  readonly s: Sentence;
  /** Mentions of the sentence in text order, including modifier-only ones. */
  readonly mentions: readonly Mention[];
  /** Token ranges of speech cues ("said", "according to"). */
  readonly speech: readonly Speech[];
  /** Selected triggers of the sentence, in text order. */
  readonly triggers: readonly Hit<TriggerRule>[];
}

/** Who acts and who is acted on, with the participant rule that decided it. */
export interface Participants {
  readonly actors: readonly Mention[];
  readonly recipients: readonly Mention[];
  /** Kebab-case id of the participant rule (subject-object, passive-by, reciprocal-with, ...). */
  readonly how: string;
  /** True when no explicit subject was found and a fallback was used. */
  readonly weak: boolean;
}

const NOT_SUBJECT_PREP = new Set([
  ...LOCATIVE,
  ...TOPIC,
  "with",
  "to",
  "for",
  "against",
  "on",
  "between",
  "among",
  "toward",
  "towards",
  "by",
]);
/** Words that open an aside or example list ("especially Arab countries"): no subject follows them. */
const ASIDE = new Set([
  "especially",
  "including",
  "particularly",
  "notably",
  "namely",
  "like",
  "except",
  "unlike",
]);

/**
 * "Four soldiers were killed in an Israeli air strike": an event noun in a phrase after a full
 * passive takes that passive's subject (the victims) as its recipient; its actor is only what the
 * noun itself names (a modifier, a "by" agent), never the passive's subject.
 */
function nounAfterPassive(
  v: SentenceView,
  trig: Hit<TriggerRule>,
  agent: Mention | undefined,
): Participants | undefined {
  const toks = v.doc.tokens;
  const head = toks[trig.end - 1];
  // The tagger reads some event nouns as gerunds ("tank shelling").
  if (head?.pos !== "NOUN" && !(head?.pos === "VERB" && head.lower.endsWith("ing")))
    return undefined;
  let j = trig.start - 1;
  while (j > v.s.firstToken && NOUN_PHRASE.has(toks[j]?.pos ?? "")) j--;
  if (!PASSIVE_CAUSE.has(toks[j]?.lower ?? "")) return undefined;
  const verb: Hit<TriggerRule> = { rule: trig.rule, start: j - 1, end: j };
  const cause = toks[j - 1];
  const victimVerb = cause?.pos === "VERB" && DEATH_VERBS.has(cause.lemma);
  if (cause?.pos !== "VERB" || (!victimVerb && isPassive(toks, verb) !== "full")) return undefined;
  const owner = passiveOwner(toks, v.mentions, verb);
  const patient = findSubject(v, verb)?.group ?? (owner ? [owner] : []);
  const own = adjacentModifier(v, trig);
  const actors = own ? groupAt(v, own, "left") : agent ? groupAt(v, agent, "right") : [];
  return { actors, recipients: patient, how: "noun-after-passive", weak: actors.length === 0 };
}

const NOUN_PHRASE = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);
/** Verbs whose subject is a victim, like a passive's: "three died in army shelling". */
const DEATH_VERBS = new Set(["die", "perish"]);
/** Prepositions that give the cause of a passive ("killed in", "wounded by", "hurt during"). */
const PASSIVE_CAUSE = new Set(["in", "by", "during"]);

/** Reads the participants of one trigger from the sentence around it. */
export function findParticipants(
  v: SentenceView,
  trig: Hit<TriggerRule>,
  prev?: Participants,
): Participants {
  if (trig.rule.role === "reported") return reportedParticipants(v, trig);
  // A reduced passive ("a resolution proposed by Arab nations") acts on the noun right before it.
  const passive = isPassive(v.doc.tokens, trig);
  const right = rightMentions(v, trig).flatMap(
    (r) => throughPossessive(v.doc.tokens, trig, r) ?? [],
  );
  // "attacked by X", "an attack by X": the agent's "by" follows the trigger closely.
  const byAgent = right.find(
    (r) =>
      r.prep === "by" &&
      (passive || !isObjectNounBy(v.doc.tokens, trig, r)) &&
      ((r.m.tokenStart - trig.end <= 3 &&
        !hasVerbBetween(v.doc.tokens, trig.end, r.m.tokenStart)) ||
        isNounPassiveAgent(v.doc.tokens, trig, r.m.tokenStart, v.triggers)),
  );
  const frame = nounInVerbFrame(v.doc.tokens, v.mentions, trig);
  if (frame) {
    const [a, r] = [groupAt(v, frame.subject, "left"), groupAt(v, frame.object, "right")];
    // The verb names who started it, so even a two-sided noun ("firefight") is directed here.
    return { actors: a, recipients: r, how: "noun-in-verb-frame", weak: false };
  }
  const afterPassive = nounAfterPassive(v, trig, byAgent?.m);
  if (afterPassive) {
    // Victims of no known country ("four children"): the place-like target after the noun may say.
    const coded = afterPassive.recipients.some((m) => m.entity.code !== "");
    return coded
      ? afterPassive
      : { ...afterPassive, recipients: recipientsOf(v, trig, right, trig.rule.role) };
  }
  const subject = findSubject(v, trig, prev);
  const role = trig.rule.role;
  if (role === "inverse") return inverseParticipants(v, trig, right, subject);
  if (role === "reciprocal" && trig.rule.mode === "visit" && passive && byAgent) {
    // "a dinner hosted by the U.S. secretary": PLOVER codes the guest as actor, the host as recipient.
    const actors = subject?.group ?? [];
    const host = groupAt(v, byAgent.m, "right");
    return { actors, recipients: host, how: "visit-hosted-by", weak: !subject };
  }
  if (role === "reciprocal") {
    const partners = right
      .filter(
        (r) =>
          (r.prep === "with" ||
            r.prep === "between" ||
            r.prep === "among" ||
            directObject(v.doc.tokens, trig, r)) &&
          !isPossessivePronoun(r.m),
      )
      .flatMap((r) => groupAt(v, r.m, "right"));
    const own = subject?.group ?? frontedSubject(v, trig);
    const actors = uniq([...(own ?? []), ...(byAgent ? [byAgent.m] : []), ...partners]);
    const how = subject || !own ? "reciprocal" : "reciprocal-fronted";
    const withWhom = partners.length ? "-with" : "-subject";
    // A fronted phrase is scene-setting: its reading stays weak, as without a subject.
    return { actors, recipients: [], how: how + withWhom, weak: !subject };
  }
  if (passive || byAgent) {
    const agent = byAgent ? groupAt(v, byAgent.m, "right") : [];
    const owner =
      passive === "full" && !subject ? passiveOwner(v.doc.tokens, v.mentions, trig) : undefined;
    const antecedent = passive === "full" ? relativeAntecedent(v, trig) : undefined;
    const patient =
      passive === "reduced"
        ? v.mentions.filter((m) => m.tokenEnd === trig.start && !m.modifierOnly)
        : antecedent
          ? antecedent
          : passive
            ? (subject?.group ?? (owner ? [owner] : []))
            : recipientsOf(
                v,
                trig,
                right.filter((r) => r !== byAgent),
                role,
              );
    const actors = agent.length ? agent : passive ? [] : (subject?.group ?? []);
    return {
      actors,
      recipients: patient,
      how: passive ? "passive-by" : "noun-by",
      weak: !agent.length,
    };
  }
  // "During his visit to Beijing, Putin said": the visitor is the main clause's subject.
  const fronted = subject ? undefined : frontedSubject(v, trig);
  const actors = subject?.group ?? fronted ?? [];
  const passiveNoun = isNounPassiveSubject(v.doc.tokens, trig) ? "noun-passive" : "no-subject";
  return {
    actors,
    recipients: orObjectPlace(v, trig, actors, recipientsOf(v, trig, right, role)),
    how: subject?.how ?? (fronted ? "fronted-subject" : passiveNoun),
    weak: !subject || subject.how !== "subject-left",
  };
}

/** Relative pronouns that stand for the noun phrase right before them. */
const RELATIVE = new Set(["who", "which", "that", "whom"]);
/** How many words a noun phrase may run between a modifying country word and the relative pronoun. */
const ANTECEDENT_REACH = 3;

/**
 * "a Lithuanian driver who was arrested by Belarusian guards": a full passive whose subject is a
 * relative pronoun acts on the noun phrase the pronoun stands for, not on the clause's subject.
 * Returns that phrase's actor (a name ending there, or a country word modifying its head), an
 * empty list when the phrase names no actor, or undefined when the passive is not relative.
 */
function relativeAntecedent(v: SentenceView, trig: Hit<TriggerRule>): Mention[] | undefined {
  const toks = v.doc.tokens;
  let j = trig.start - 1;
  while (j > v.s.firstToken && (toks[j]?.pos === "ADV" || toks[j]?.pos === "AUX")) j--;
  if (!RELATIVE.has(toks[j]?.lower ?? "") || j <= v.s.firstToken) return undefined;
  const head = v.mentions.find((m) => m.tokenEnd === j);
  if (head) return groupAt(v, head, "left");
  const modifier = [...v.mentions]
    .reverse()
    .find((m) => m.tokenEnd < j && j - m.tokenEnd <= ANTECEDENT_REACH && m.modifierOnly);
  if (!modifier) return [];
  // Only nouns may sit between the country word and the pronoun: "Lithuanian truck driver who".
  for (let i = modifier.tokenEnd; i < j; i++) if (toks[i]?.pos !== "NOUN") return [];
  return [modifier];
}

/** A subject found left of a trigger, with the rule that found it. */
export interface Subject {
  readonly group: Mention[];
  readonly how: string;
}

function findSubject(
  v: SentenceView,
  trig: Hit<TriggerRule>,
  prev?: Participants,
): Subject | undefined {
  const toks = v.doc.tokens;
  const head = toks[trig.start]!;
  const before = toks[trig.start - 1];
  // "..., killing three": a participle after a comma shares the main clause's subject.
  if (head.lower.endsWith("ing") && before?.text === "," && prev?.actors.length) {
    return { group: [...prev.actors], how: "participle-shares-subject" };
  }
  const adjacent = adjacentModifier(v, trig);
  if (adjacent) return { group: groupAt(v, adjacent, "left"), how: "subject-modifier" };
  // "The Israeli army raided ...": a trigger that starts inside an actor phrase names that actor's act.
  const overlapping = v.mentions.find(
    (m) => m.tokenStart < trig.start && trig.start < m.tokenEnd && !m.modifierOnly,
  );
  if (overlapping) return { group: groupAt(v, overlapping, "left"), how: "subject-in-trigger" };
  // "advised against travel after the museum shooting": the clause's subject did not shoot.
  if (trig.rule.role !== "reciprocal" && isSubjectlessNoun(toks, trig, v.mentions))
    return { group: [], how: "background-noun" };
  for (let k = v.mentions.length - 1; k >= 0; k--) {
    const m = v.mentions[k]!;
    if (m.tokenEnd > trig.start) continue;
    if (m.modifierOnly && !isPossessive(toks, m)) continue;
    if (NOT_SUBJECT_PREP.has(prepBefore(toks, m.tokenStart, v.s.firstToken))) continue;
    if (ASIDE.has(wordBefore(toks, m.tokenStart))) continue;
    if (isSpeaker(v, m) && m.tokenEnd <= speechBefore(v, trig.start)) break;
    // "X attacked Y and killed Z": the object of the previous verb is not the next verb's subject.
    if (prev && prev.recipients.includes(m) && prev.actors.length) {
      return { group: [...prev.actors], how: "coordinated-verb-shares-subject" };
    }
    const host = appositiveHost(v, m, trig.start);
    if (host) return { group: groupAt(v, host, "left"), how: "subject-appositive" };
    return { group: groupAt(v, m, "left"), how: "subject-left" };
  }
  return undefined;
}

/** Token index where the last speech cue before `i` ends, or -1. */
function speechBefore(v: SentenceView, i: number): number {
  let end = -1;
  for (const sp of v.speech) if (sp.end <= i && sp.end > end) end = sp.end;
  return end;
}

function isSpeaker(v: SentenceView, m: Mention): boolean {
  return v.speech.some((sp) => sp.start >= m.tokenEnd && sp.start - m.tokenEnd <= 2);
}

/** Drops repeats of one party: the same mention, or a reference back to one already listed. */
function uniq(ms: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) if (!out.some((o) => sameEntity(o, m))) out.push(m);
  return out;
}
