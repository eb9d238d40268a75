import type { AgentEntry, CameoDictionaries } from "./dictionary-types.js";
import { codeOn } from "./parse-codes.js";
import type { PhraseIndex } from "./phrase-index.js";
import type { ActorEntry } from "./dictionary-types.js";
import type { Word } from "./word-stream.js";

/** An actor or agent phrase found in a sentence. */
export interface Hit {
  readonly kind: "actor" | "agent";
  readonly start: number;
  readonly end: number;
  /** Actor code in force on the document date, or the agent's code. */
  readonly code: string;
  /** Agents only: code goes before the actor's (`NGO~`). */
  readonly prefix: boolean;
  readonly ruleLine: number;
}

/** Indexes of the actor and agent phrases. */
export interface NounIndexes {
  readonly actors: PhraseIndex<ActorEntry>;
  readonly agents: PhraseIndex<AgentEntry>;
}

/**
 * Finds actor and agent phrases left to right, longest match first (actors win ties). Actors
 * without a code on `date` are skipped. Returns the hits and whether a discard code (`###`) was seen.
 */
export function findHits(
  words: readonly Word[],
  idx: NounIndexes,
  date: string | undefined,
): { hits: Hit[]; discard: boolean } {
  const hits: Hit[] = [];
  let discard = false;
  for (let i = 0; i < words.length;) {
    const actor = firstCoded(idx, words, i, date);
    const agent = idx.agents.bestAt(words, i);
    if (actor && (!agent || actor.end >= agent.end)) {
      if (actor.code === "###") discard = true;
      hits.push({
        kind: "actor",
        start: i,
        end: actor.end,
        code: actor.code,
        prefix: false,
        ruleLine: actor.line,
      });
      i = actor.end;
    } else if (agent) {
      const a = agent.value;
      hits.push({
        kind: "agent",
        start: i,
        end: agent.end,
        code: a.code,
        prefix: a.prefix,
        ruleLine: a.source.line,
      });
      i = agent.end;
    } else i++;
  }
  return { hits, discard };
}

function firstCoded(
  idx: NounIndexes,
  words: readonly Word[],
  i: number,
  date: string | undefined,
): { end: number; code: string; line: number } | undefined {
  for (const m of idx.actors.matchesAt(words, i)) {
    const code = codeOn(m.value.codes, date);
    if (code !== undefined) return { end: m.end, code, line: m.value.source.line };
  }
  return undefined;
}

/** True for dictionaries whose agent-only actors are written `~COP` (TABARI) rather than `---COP`. */
export function agentOnlyPrefix(d: CameoDictionaries): string {
  return d.family === "tabari" ? "~" : "---";
}
