import type {
  ActorEntry,
  AgentEntry,
  CameoDictionaries,
  DictWord,
  VerbEntry,
} from "./dictionary-types.js";
import type { NounIndexes } from "./find-actors.js";
import { PhraseIndex } from "./phrase-index.js";

/** Lookup structures built once per dictionaries object. */
export interface CompiledDictionaries extends NounIndexes {
  readonly verbs: PhraseIndex<VerbEntry>;
  readonly sentenceDiscards: PhraseIndex<true>;
  readonly storyDiscards: PhraseIndex<true>;
}

const cache = new WeakMap<CameoDictionaries, CompiledDictionaries>();

/** Returns the phrase indexes of `d`, building them on first use. */
export function compiled(d: CameoDictionaries): CompiledDictionaries {
  let c = cache.get(d);
  if (!c) {
    c = build(d);
    cache.set(d, c);
  }
  return c;
}

function build(d: CameoDictionaries): CompiledDictionaries {
  const actors = new PhraseIndex<ActorEntry>();
  for (const a of d.actors) for (const p of a.phrases) actors.add(p, a);
  const agents = new PhraseIndex<AgentEntry>();
  for (const a of d.agents) for (const p of a.phrases) agents.add(p, a);
  const verbs = new PhraseIndex<VerbEntry>();
  for (const v of d.verbs) for (const f of v.forms) verbs.add(f, v);
  const sentenceDiscards = new PhraseIndex<true>();
  const storyDiscards = new PhraseIndex<true>();
  for (const x of d.discards)
    (x.story ? storyDiscards : sentenceDiscards).add(joined(x.phrase), true);
  return { actors, agents, verbs, sentenceDiscards, storyDiscards };
}

function joined(p: readonly DictWord[]): DictWord[] {
  return p.map((w) => ({ ...w, joined: true }));
}
