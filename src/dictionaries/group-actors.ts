import type { Hit } from "./find-actors.js";
import type { Word } from "./word-stream.js";

/** One coded participant: its full code and the word range it was read from. */
export interface Participant {
  readonly code: string;
  readonly start: number;
  readonly end: number;
}

/** Participants written together ("Arnor and Gondor"): one slot of an event. */
export interface ActorGroup {
  readonly start: number;
  readonly end: number;
  readonly members: readonly Participant[];
}

const CONJ: ReadonlySet<string> = new Set(["and", "or", "nor", ",", "&"]);
const LINK_PREP: ReadonlySet<string> = new Set(["of", "in", "from", "at", "for"]);
const MODIFIER_POS: ReadonlySet<string> = new Set(["ADJ", "PROPN", "NOUN", "NUM"]);
const DETS: ReadonlySet<string> = new Set(["the", "a", "an"]);

/**
 * Turns actor / agent hits into participant groups: an actor takes the agents right after it
 * ("Gondor's police", "Danish media and government"), agents take the actors after "of/in/from"
 * ("the ambassadors of Arnor and Gondor"), agents alone get `agentOnly` + code, and units joined
 * by "and", "or", "nor" or commas form one group.
 */
export function groupActors(
  words: readonly Word[],
  hits: readonly Hit[],
  agentOnly: string,
): ActorGroup[] {
  const units: ActorGroup[] = [];
  for (let i = 0; i < hits.length;) {
    const built = buildUnit(words, hits, i, agentOnly);
    units.push(built.unit);
    i = built.next;
  }
  return mergeCompounds(words, units);
}

function buildUnit(
  words: readonly Word[],
  hits: readonly Hit[],
  i: number,
  agentOnly: string,
): { unit: ActorGroup; next: number } {
  const h = hits[i] as Hit;
  if (h.kind === "actor") {
    const next = i + 1;
    let end = h.end;
    const agentStart = hits[next];
    if (agentStart?.kind === "agent" && modifiersOnly(words, h.end, agentStart.start)) {
      const run = agentRun(words, hits, next);
      const members = run.conjuncts.map((a) => ({
        code: compose(h.code, run.stack, a),
        start: h.start,
        end: a.end,
      }));
      return absorb(words, hits, run.next, { start: h.start, end: run.end, members }, h.code);
    }
    end = h.end;
    return absorb(
      words,
      hits,
      next,
      { start: h.start, end, members: [{ code: h.code, start: h.start, end }] },
      h.code,
    );
  }
  const run = agentRun(words, hits, i);
  const link = linkedActors(words, hits, run.next, run.end);
  if (link) {
    const members = link.actors.flatMap((a) =>
      run.conjuncts.map((g) => ({
        code: compose(a.code, run.stack, g),
        start: h.start,
        end: a.end,
      })),
    );
    return { unit: { start: h.start, end: link.end, members }, next: link.next };
  }
  const members = run.conjuncts.map((g) => ({
    code: compose(agentOnly, run.stack, g),
    start: g.start,
    end: g.end,
  }));
  return { unit: { start: h.start, end: run.end, members }, next: run.next };
}

/** Agents in a row: all but the last of the first run stack ("Islamist"), conjuncts split on "and". */
function agentRun(
  words: readonly Word[],
  hits: readonly Hit[],
  i: number,
): { stack: Hit[]; conjuncts: Hit[]; end: number; next: number } {
  const run: Hit[] = [hits[i] as Hit];
  const conjuncts: Hit[] = [];
  let j = i + 1;
  let stack: Hit[] = [];
  for (; j < hits.length; j++) {
    const h = hits[j] as Hit;
    const prev = run[run.length - 1] as Hit;
    if (h.kind !== "agent") break;
    if (h.start === prev.end) run.push(h);
    else if (onlyConj(words, prev.end, h.start)) {
      if (conjuncts.length === 0) stack = run.slice(0, -1);
      conjuncts.push(prev);
      run.length = 0;
      run.push(h);
    } else break;
  }
  if (conjuncts.length === 0) stack = run.slice(0, -1);
  conjuncts.push(run[run.length - 1] as Hit);
  const last = conjuncts[conjuncts.length - 1] as Hit;
  return { stack, conjuncts, end: last.end, next: j };
}

/** Actors after an agent run: "of/in/from [the] A, B and C", or directly after ("police Gondor"). */
function linkedActors(
  words: readonly Word[],
  hits: readonly Hit[],
  j: number,
  from: number,
): { actors: Hit[]; end: number; next: number } | undefined {
  const first = hits[j];
  if (!first || first.kind !== "actor") return undefined;
  const gap = words
    .slice(from, first.start)
    .map((w) => w.text)
    .filter((t) => !DETS.has(t));
  if (gap.length > 1 || (gap.length === 1 && !LINK_PREP.has(gap[0] ?? ""))) return undefined;
  const actors = [first];
  let k = j + 1;
  for (; k < hits.length; k++) {
    const h = hits[k] as Hit;
    const prev = actors[actors.length - 1] as Hit;
    if (h.kind !== "actor" || !onlyConj(words, prev.end, h.start)) break;
    actors.push(h);
  }
  return { actors, end: (actors[actors.length - 1] as Hit).end, next: k };
}

/** Skips a following actor with the same code written right after ("Bree Prime Minister Romendacil"). */
function absorb(
  words: readonly Word[],
  hits: readonly Hit[],
  next: number,
  unit: ActorGroup,
  code: string,
): { unit: ActorGroup; next: number } {
  const h = hits[next];
  if (h && h.kind === "actor" && h.code === code && h.start === unit.end) {
    return {
      unit: { ...unit, end: h.end, members: unit.members.map((m) => ({ ...m, end: h.end })) },
      next: next + 1,
    };
  }
  return { unit, next };
}

function compose(actor: string, stack: readonly Hit[], agent: Hit): string {
  let code = actor;
  for (const a of [...stack, agent]) code = addAgent(code, a);
  return code;
}

/** Adds an agent code to an actor code unless the actor code already carries it. */
export function addAgent(code: string, agent: Hit): string {
  if (agent.prefix) return code.startsWith(agent.code) ? code : agent.code + code;
  for (let i = 3; i + agent.code.length <= code.length; i += 3)
    if (code.slice(i, i + agent.code.length) === agent.code) return code;
  return code + agent.code;
}

function modifiersOnly(words: readonly Word[], from: number, to: number): boolean {
  let n = 0;
  for (let p = from; p < to; p++) {
    const w = words[p] as Word;
    if (w.text === "'s" || w.text === "'") continue;
    if (w.punct || !MODIFIER_POS.has(w.pos) || ++n > 3) return false;
  }
  return true;
}

function onlyConj(words: readonly Word[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let p = from; p < to; p++)
    if (!CONJ.has((words[p] as Word).text) && !DETS.has((words[p] as Word).text)) return false;
  return true;
}

function mergeCompounds(words: readonly Word[], units: ActorGroup[]): ActorGroup[] {
  const out: ActorGroup[] = [];
  for (const u of units) {
    const prev = out[out.length - 1];
    if (prev && onlyConj(words, prev.end, u.start)) {
      out[out.length - 1] = {
        start: prev.start,
        end: u.end,
        members: [...prev.members, ...u.members],
      };
    } else out.push(u);
  }
  return out;
}
