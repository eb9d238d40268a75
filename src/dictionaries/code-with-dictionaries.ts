import { basename } from "node:path";
import type { Doc, EventRecord, Sentence } from "../core/types.js";
import { groupAfter, isNegated, isPassive, passiveAgent, subjectBefore } from "./assign-roles.js";
import { compiled, type CompiledDictionaries } from "./compile-dictionaries.js";
import { dictionaryRecord, type DictEventDraft } from "./dictionary-record.js";
import type {
  CameoDictionaries,
  DictionaryFamily,
  VerbEntry,
  VerbPattern,
} from "./dictionary-types.js";
import { agentOnlyPrefix, findHits } from "./find-actors.js";
import { findVerbs, type VerbHit } from "./find-verbs.js";
import { groupActors, type ActorGroup } from "./group-actors.js";
import {
  matchPattern,
  patternSize,
  vocabularyOf,
  type MatchContext,
  type PatternBinding,
} from "./match-pattern.js";
import type { PhraseIndex } from "./phrase-index.js";
import { sentenceWords, type Word } from "./word-stream.js";

/** Coder options: `config` holds suite settings such as `require_dyad` (default true). */
export interface DictionaryCoderOptions {
  readonly config?: Readonly<Record<string, string | number | boolean>>;
}

/** Verb codes that make the coder drop the whole sentence (TABARI "complex" / discard). */
const KILL_CODES: ReadonlySet<string> = new Set(["+++", "###"]);

/**
 * Codes a document with CAMEO/PETRARCH/TABARI dictionaries, TABARI-style on a shallow reading:
 * actors (with agents and compounds), dictionary verbs and their patterns, source = the verb's
 * clause subject (or pattern `$`), target = the first actor after the verb (or pattern `+`),
 * passive voice swapped, negated verbs and discarded sentences dropped.
 */
export function codeWithDictionaries(
  doc: Doc,
  dicts: CameoDictionaries,
  opts: DictionaryCoderOptions = {},
): EventRecord[] {
  const c = compiled(dicts);
  const sentences = doc.sentences.map((s) => ({ s, words: sentenceWords(doc, s) }));
  if (sentences.some(({ words }) => containsPhrase(words, c.storyDiscards))) return [];
  const requireDyad =
    opts.config?.["require_dyad"] === undefined ||
    String(opts.config["require_dyad"]).toLowerCase() !== "false";
  const date = (doc.article.date ?? doc.refDate ?? "").replace(/-/g, "").slice(0, 8) || undefined;
  const out: EventRecord[] = [];
  for (const { s, words } of sentences) {
    const drafts = codeSentence(doc, s, words, dicts, c, date, requireDyad);
    const seen = new Set<string>();
    for (const d of drafts) {
      const key = JSON.stringify([
        d.code,
        d.actors.map((a) => a.code),
        d.recipients.map((r) => r.code),
      ]);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(dictionaryRecord(doc, words, d, dicts.scheme));
    }
  }
  return out;
}

function codeSentence(
  doc: Doc,
  s: Sentence,
  words: Word[],
  dicts: CameoDictionaries,
  c: CompiledDictionaries,
  date: string | undefined,
  requireDyad: boolean,
): DictEventDraft[] {
  if (containsPhrase(words, c.sentenceDiscards)) return [];
  const { hits, discard } = findHits(words, c, date);
  if (discard) return [];
  const groups = groupActors(words, hits, agentOnlyPrefix(dicts));
  const taken = new Array<boolean>(words.length).fill(false);
  for (const h of hits) for (let p = h.start; p < h.end; p++) taken[p] = true;
  const groupAt = new Array<ActorGroup | undefined>(words.length);
  for (const g of groups) groupAt[g.start] = g;
  const ctx: MatchContext = { words, groups, groupAt, vocabulary: vocabularyOf(words) };
  const sentence = { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
  const verbs = findVerbs(words, c.verbs, taken);
  const chosen = new Map(verbs.map((v) => [v, choosePattern(ctx, v)] as const));
  if ([...chosen.values()].some((x) => x && KILL_CODES.has(x.code))) return [];
  const drafts: DictEventDraft[] = [];
  for (const clause of clauseVerbs(words, groups, verbs)) {
    // TABARI codes one verb a clause: the first that yields an event ("said"-like `?` codes last).
    for (const v of clause) {
      const r = codeVerb(ctx, v, chosen.get(v), requireDyad, dicts.family);
      for (const d of r) drafts.push({ ...d, sentence });
      if (r.length > 0) break;
    }
  }
  return drafts;
}

interface Chosen {
  readonly code: string;
  readonly pattern?: VerbPattern;
  readonly binding: PatternBinding;
}

/** The verb's best matching pattern (longest, then dictionary order) and the code it gives. */
function choosePattern(ctx: MatchContext, v: VerbHit): Chosen | undefined {
  const best = bestPattern(ctx, v);
  const entry = v.entries[0];
  if (!entry) return undefined;
  const code = normaliseCode(best?.pattern.code ?? entry.code);
  return best
    ? { code, pattern: best.pattern, binding: best.binding }
    : { code, binding: { used: [] } };
}

const CLAUSE_BREAKS: ReadonlySet<string> = new Set(["and", "but", "or", ";", "while", "whereas"]);

/** The verbs of each clause (split at conjunctions that do not join actors), low-priority ones last. */
function clauseVerbs(
  words: readonly Word[],
  groups: readonly ActorGroup[],
  verbs: readonly VerbHit[],
): VerbHit[][] {
  const out: VerbHit[][] = [[]];
  let at = 0;
  for (const v of verbs) {
    for (; at < v.start; at++) {
      const inGroup = groups.some((g) => g.start < at && at < g.end);
      if (
        CLAUSE_BREAKS.has((words[at] as Word).text) &&
        !inGroup &&
        (out[out.length - 1] as VerbHit[]).length > 0
      )
        out.push([]);
    }
    (out[out.length - 1] as VerbHit[]).push(v);
  }
  const low = (v: VerbHit): number => (v.entries.every((e) => e.code.includes("?")) ? 1 : 0);
  return out.map((c) => [...c].sort((a, b) => low(a) - low(b)));
}

type VerbDraft = Omit<DictEventDraft, "sentence">;

function codeVerb(
  ctx: MatchContext,
  v: VerbHit,
  chosen: Chosen | undefined,
  requireDyad: boolean,
  family: DictionaryFamily,
): VerbDraft[] {
  const entry = v.entries[0];
  // PETRARCH reads modals off a parse, where they never head a verb phrase: only a pattern codes them.
  if (!entry || !chosen || (v.aux && !chosen.pattern && family === "petrarch")) return [];
  const { code, pattern: best, binding: bind } = chosen;
  const src = best?.source ?? entry.source;
  const rule = `dict-verb:${basename(src.file)}:${src.line}`;
  if (isNegated(ctx.words, v.start, bind.used)) return [];
  const base = { trigger: [v.start, v.end] as const, rule, confidence: best ? 0.7 : 0.5 };
  if (bind.compound) {
    const ms = bind.compound.members;
    return ms.length > 1 || !requireDyad
      ? withCode(code.split(":")[0] ?? "", { ...base, actors: ms, recipients: [] })
      : [];
  }
  const roles = rolesFor(ctx, v, bind, best !== undefined);
  if (!roles.source || (!roles.target && requireDyad)) return [];
  const [fwd = "", back = ""] = code.split(":");
  const actors = roles.source.members;
  // An actor does not act on itself: "Arnor ..., an Arnorian spokesman said".
  const recipients = (roles.target?.members ?? []).filter(
    (r) => !actors.some((a) => a.code === r.code),
  );
  if (recipients.length === 0 && requireDyad) return [];
  return [
    ...withCode(fwd, { ...base, actors, recipients }),
    ...(recipients.length > 0
      ? withCode(back, { ...base, actors: recipients, recipients: actors })
      : []),
  ];
}

function rolesFor(
  ctx: MatchContext,
  v: VerbHit,
  bind: PatternBinding,
  patterned: boolean,
): { source?: ActorGroup; target?: ActorGroup } {
  const passive = !bind.source && !bind.target && isPassive(ctx.words, v.start);
  if (passive) {
    if (!patterned && ctx.words[v.end]?.text === "to") return {};
    const agent = passiveAgent(ctx.words, ctx.groups, v.end);
    const subject = subjectBefore(ctx.words, ctx.groups, v.start);
    return { ...(agent ? { source: agent } : {}), ...(subject ? { target: subject } : {}) };
  }
  const source = bind.source ?? subjectBefore(ctx.words, ctx.groups, v.start);
  const target = bind.target ?? groupAfter(ctx.groups, v.end, source);
  return { ...(source ? { source } : {}), ...(target && target !== source ? { target } : {}) };
}

function withCode(code: string, d: Omit<VerbDraft, "code">): VerbDraft[] {
  if (code === "" || code === "---" || d.actors.length === 0) return [];
  return [{ ...d, code }];
}

/** Drops TABARI markers from a code ("031!", "023?") but keeps letters ("075A") and ":". */
function normaliseCode(code: string): string {
  return code.replace(/[?!]/g, "").trim().toUpperCase();
}

function bestPattern(
  ctx: MatchContext,
  v: VerbHit,
): { pattern: VerbPattern; binding: PatternBinding } | undefined {
  let best: { pattern: VerbPattern; binding: PatternBinding } | undefined;
  for (const e of v.entries) {
    // Patterns are kept longest first, so the first match of an entry is its best.
    for (const p of sortedPatterns(e)) {
      if (best && patternSize(p) <= patternSize(best.pattern)) break;
      const binding = matchPattern(p, ctx, v.start, v.end);
      if (binding) {
        best = { pattern: p, binding };
        break;
      }
    }
  }
  return best;
}

const sortedCache = new WeakMap<VerbEntry, readonly VerbPattern[]>();

function sortedPatterns(e: VerbEntry): readonly VerbPattern[] {
  let s = sortedCache.get(e);
  if (!s) {
    s = [...e.patterns].sort((a, b) => patternSize(b) - patternSize(a));
    sortedCache.set(e, s);
  }
  return s;
}

function containsPhrase(words: readonly Word[], idx: PhraseIndex<true>): boolean {
  for (let i = 0; i < words.length; i++) if (idx.bestAt(words, i)) return true;
  return false;
}
