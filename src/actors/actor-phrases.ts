/**
 * Turns phrase matches into mention drafts, one sentence at a time: actor names with the
 * sector nouns they modify ("Israeli troops"), titles with names ("Foreign Minister Wang Yi"),
 * "X of COUNTRY" phrases, and demonyms that only modify a topic noun ("the Palestinian issue").
 */
import type { MentionKind, Sentence } from "../core/types.js";
import { mergeSectors, type Draft, type DraftEntity } from "./draft.js";
import type { ActorEntry } from "./kb-types.js";
import type { PhraseMatch } from "./match-phrases.js";
import { nameWords, readName, type NameContext } from "./person-name.js";

const ACTOR_KINDS = new Set(["country", "capital", "organisation", "region", "user"]);
const MODIFIED_POS = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
/** How many adjectives may stand between an actor and its sector noun ("Israeli senior officials"). */
const MAX_ADJECTIVES = 2;

function isActor(m: PhraseMatch | undefined): m is PhraseMatch {
  return m !== undefined && ACTOR_KINDS.has(m.entry.kind);
}

function isSector(m: PhraseMatch | undefined): m is PhraseMatch {
  return m !== undefined && m.entry.kind === "sector";
}

/** Mention kind of a bare actor phrase. */
function plainKind(e: ActorEntry): MentionKind {
  if (e.kind === "capital") return "capital";
  if (e.kind === "organisation") return "organisation";
  if (e.kind === "region" || e.form === "plural") return "group";
  if (e.kind === "user") return e.form === "person" || e.form === "group" || e.form === "organisation" || e.form === "country" ? e.form : "dictionary";
  return "country";
}

/** Mention kind of an actor + sector noun phrase. */
function sectorKind(noun: ActorEntry): MentionKind {
  if (noun.form === "body") return noun.plural ? "group" : "organisation";
  if (noun.form === "role" && !noun.plural) return "role";
  return "group";
}

function entityOf(e: ActorEntry): DraftEntity {
  const name = e.name === "" ? {} : { name: e.name };
  return { code: e.code, sector: e.sector, ...name, ...(e.office ? { office: e.office } : {}) };
}

/** Entity of an actor qualified by a sector noun: an organisation's own sector wins over the noun's. */
function qualified(actor: ActorEntry | undefined, noun: ActorEntry, former: boolean): DraftEntity {
  const ownSector = actor && (actor.kind === "organisation" || actor.kind === "user") && actor.sector.length > 0;
  const base = actor && actor.kind !== "capital" ? actor.sector : [];
  const sector = former ? ["ELI"] : ownSector ? actor.sector : mergeSectors(noun.sector, base);
  const office = noun.office && !noun.plural ? { office: noun.office } : {};
  return { code: actor?.code ?? "", sector, ...(actor && actor.name ? { name: actor.name } : {}), ...office };
}

/** Per-sentence assembly state. */
export class PhraseAssembler {
  private readonly out: Draft[] = [];
  constructor(
    private readonly ctx: NameContext,
    private readonly sentence: Sentence,
    private readonly from: number,
  ) {}

  private m(i: number): PhraseMatch | undefined {
    return this.ctx.matches[i];
  }

  private word(i: number): string {
    return this.ctx.doc.tokens[i]?.lower ?? "";
  }

  private fw(i: number): string | undefined {
    return this.ctx.kb.functionWords.get(this.word(i));
  }

  private determinerBefore(i: number): Draft["determiner"] {
    const k = this.fw(i - 1);
    return k === "determiner" ? "definite" : k === "indefinite" ? "indefinite" : undefined;
  }

  /** Runs the assembly and returns the drafts of the sentence. */
  run(): Draft[] {
    let t = Math.max(this.sentence.firstToken, this.from);
    while (t < this.sentence.endToken) {
      const m = this.m(t);
      if (!m) t++;
      else if (ACTOR_KINDS.has(m.entry.kind)) t = this.actorPhrase(m);
      else if (m.entry.kind === "sector") t = this.sectorPhrase(m);
      else t = m.entry.kind === "honorific" ? this.honorificPhrase(m) : m.end;
    }
    return this.out;
  }

  private push(d: Draft): void {
    this.out.push(d);
  }

  /** A person introduced by a title: "Foreign Minister Wang Yi", "UN Secretary-General António Guterres". */
  private titledPerson(start: number, titleEnd: number, titleEntity: DraftEntity, rule: string): number | undefined {
    let entity = titleEntity;
    const name = readName(this.ctx, titleEnd, this.sentence.endToken);
    if (!name) return undefined;
    const text = this.ctx.doc.text.slice(this.ctx.doc.tokens[name.start]?.start, this.ctx.doc.tokens[name.end - 1]?.end);
    const fromDict = name.person;
    const of = this.ofActor(name.end);
    if (of && entity.code === "") {
      // "Foreign Minister Ayman al-Safadi of Jordan": the country follows the name.
      entity = { ...entity, code: of.entry.code };
    }
    const e: DraftEntity = fromDict
      ? { ...entityOf(fromDict), code: entity.code || fromDict.code, ...(entity.office ? { office: entity.office } : {}) }
      : { ...entity, name: text };
    const end = of && entity.code === of.entry.code ? of.end : name.end;
    this.push({ kind: "person", tokenStart: start, tokenEnd: end, head: name.end - 1, entity: e, modifierOnly: false, rule, plural: false, nameTokens: nameWords(this.ctx, name.start, name.end) });
    return end;
  }

  /** The actor of "of [the] ACTOR" starting at token `j`, if any. */
  private ofActor(j: number): PhraseMatch | undefined {
    if (this.word(j) !== "of") return undefined;
    const actor = this.m(this.fw(j + 1) === "determiner" ? j + 2 : j + 1);
    return isActor(actor) ? actor : undefined;
  }

  /** Collects "Israeli-Palestinian", "Chinese and Russian": actor names joined by coordinators. */
  private coordinated(first: PhraseMatch): PhraseMatch[] {
    const run = [first];
    let j = first.end;
    while (j + 1 < this.sentence.endToken && this.fw(j) === "coordinator") {
      const next = this.m(j + 1);
      if (!isActor(next)) break;
      run.push(next);
      j = next.end;
    }
    return run;
  }

  private actorPhrase(first: PhraseMatch): number {
    const run = this.coordinated(first);
    let j = run[run.length - 1]?.end ?? first.end;
    const possessive = this.word(j) === "'s" || this.word(j) === "'";
    if (possessive) j++;
    let k = j;
    while (k < j + MAX_ADJECTIVES && !this.m(k) && (this.ctx.doc.tokens[k]?.pos === "ADJ" || this.fw(k) === "former")) k++;
    const noun = this.m(k);
    if (run.length === 1 && first.entry.officeTitle && !possessive) {
      const end = this.titledPerson(first.start, first.end, entityOf(first.entry), "person-title-name");
      if (end !== undefined) return end;
    }
    if (isSector(noun)) return this.attach(run, noun);
    const modifies = !possessive && MODIFIED_POS.has(this.ctx.doc.tokens[j]?.pos ?? "") && this.m(j) === undefined;
    for (const a of run) this.plain(a, modifies);
    return j;
  }

  /** Bare actor phrase; `modifierOnly` when it only modifies a non-actor noun. */
  private plain(a: PhraseMatch, modifierOnly: boolean): void {
    if (a.entry.kind === "capital" && this.isLocative(a.start)) return;
    const kind = plainKind(a.entry);
    const rule = modifierOnly ? "actor-modifier-only" : a.entry.id;
    const person = kind === "person" ? { nameTokens: nameWords(this.ctx, a.start, a.end) } : {};
    const det = this.determinerBefore(a.start);
    this.push({ kind, tokenStart: a.start, tokenEnd: a.end, head: a.end - 1, entity: entityOf(a.entry), modifierOnly, rule, plural: a.entry.plural, ...(det ? { determiner: det } : {}), ...person });
  }

  /** A capital after "in", "at", ... (optionally with "the") names a place, not a government. */
  private isLocative(i: number): boolean {
    const back = this.fw(i - 1) === "determiner" ? i - 2 : i - 1;
    return this.fw(back) === "locative";
  }

  /** Actor(s) + sector noun: "Israeli troops", "Iraq's foreign ministry", "Chinese Foreign Minister Wang Yi". */
  private attach(run: PhraseMatch[], noun: PhraseMatch): number {
    const former = this.hasFormer(run[0]?.start ?? noun.start, noun.start);
    const first = run[0];
    if (run.length === 1 && first && noun.entry.officeTitle && !noun.entry.plural) {
      const end = this.titledPerson(first.start, noun.end, qualified(first.entry, noun.entry, former), "person-title-name");
      if (end !== undefined) return end;
    }
    const kind = sectorKind(noun.entry);
    const det = this.determinerBefore(run[0]?.start ?? noun.start);
    for (const a of run) {
      // The last actor spans up to the noun; the ones before it ("Israeli and Palestinian leaders") keep their own span.
      const last = a === run[run.length - 1];
      const end = last ? noun.end : a.end;
      this.push({ kind, tokenStart: a.start, tokenEnd: end, head: end - 1, entity: qualified(a.entry, noun.entry, former), modifierOnly: false, rule: `actor-sector-${noun.entry.id}`, plural: noun.entry.plural || run.length > 1, ...(det ? { determiner: det } : {}) });
    }
    return noun.end;
  }

  private hasFormer(from: number, to: number): boolean {
    for (let i = Math.max(this.sentence.firstToken, from - 1); i < to; i++) if (this.fw(i) === "former") return true;
    return false;
  }

  /** A sector noun with no actor before it: title + name, "minister of X", or a bare role. */
  private sectorPhrase(noun: PhraseMatch): number {
    const former = this.hasFormer(noun.start, noun.start);
    if (noun.entry.officeTitle && !noun.entry.plural) {
      const end = this.titledPerson(noun.start, noun.end, qualified(undefined, noun.entry, former), "person-title-name");
      if (end !== undefined) return end;
    }
    const det = this.determinerBefore(noun.start);
    const j = noun.end;
    const actor = this.ofActor(j);
    if (actor) {
      this.push({ kind: sectorKind(noun.entry), tokenStart: noun.start, tokenEnd: actor.end, head: noun.end - 1, entity: qualified(actor.entry, noun.entry, former), modifierOnly: false, rule: `sector-of-actor-${noun.entry.id}`, plural: noun.entry.plural, ...(det ? { determiner: det } : {}) });
      return actor.end;
    }
    // "civilian casualties", "police station": a singular sector noun modifying another noun is no actor.
    const next = this.ctx.doc.tokens[j];
    if (!noun.entry.plural && next?.pos === "NOUN" && this.m(j) === undefined) return j;
    // A noun that needs its holder still gives a mention as "the minister": a coreference candidate.
    const corefCandidate = noun.entry.form === "role" && !noun.entry.plural && det === "definite";
    if (noun.entry.form !== "collective" && (noun.entry.bare === true || corefCandidate)) {
      this.push({ kind: sectorKind(noun.entry), tokenStart: noun.start, tokenEnd: noun.end, head: noun.end - 1, entity: qualified(undefined, noun.entry, former), modifierOnly: false, rule: `sector-bare-${noun.entry.id}`, plural: noun.entry.plural, ...(det ? { determiner: det } : {}) });
    }
    return j;
  }

  /** "Sheikh Tamim", "Mr Smith": a person of unknown country. */
  private honorificPhrase(h: PhraseMatch): number {
    const end = this.titledPerson(h.start, h.start, { code: "", sector: [] }, "person-honorific-name");
    return end ?? h.end;
  }
}
