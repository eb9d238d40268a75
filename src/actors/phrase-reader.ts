/**
 * The read-only questions phrase assembly asks of a sentence: which phrase match starts at a token,
 * function words, compounds of sector nouns, coordinated actors, "of ACTOR", "in PLACE", proper
 * name continuations. `PhraseAssembler` builds on it.
 */
import type { Sentence } from "../core/types.js";
import type { Draft, DraftEntity } from "./draft.js";
import type { ActorEntry } from "./kb-types.js";
import type { PhraseMatch } from "./match-phrases.js";
import { isCapitalised, isPersonEntry, nameWords, type NameContext } from "./person-name.js";
import { entityOf, isActor, isSector } from "./phrase-entities.js";

/** How many adjectives may stand between an actor and its sector noun ("Israeli senior officials"). */
export const MAX_ADJECTIVES = 2;

/** Token-level reading of one sentence's phrase matches. */
export class PhraseReader {
  constructor(
    protected readonly ctx: NameContext,
    protected readonly sentence: Sentence,
    protected readonly from: number,
  ) {}

  protected m(i: number): PhraseMatch | undefined {
    return this.ctx.matches[i];
  }

  protected word(i: number): string {
    return this.ctx.doc.tokens[i]?.lower ?? "";
  }

  protected fw(i: number): string | undefined {
    return this.ctx.kb.functionWords.get(this.word(i));
  }

  protected determinerBefore(i: number): Draft["determiner"] {
    const k = this.fw(i - 1);
    return k === "determiner" ? "definite" : k === "indefinite" ? "indefinite" : undefined;
  }

  /** The actor of "of [the] ACTOR" starting at token `j`, if any. */
  protected ofActor(j: number): PhraseMatch | undefined {
    if (this.word(j) !== "of") return undefined;
    const actor = this.m(this.fw(j + 1) === "determiner" ? j + 2 : j + 1);
    return isActor(actor) ? actor : undefined;
  }

  /** Collects "Israeli-Palestinian", "Chinese and Russian": actor names joined by coordinators. */
  protected coordinated(first: PhraseMatch): PhraseMatch[] {
    const run = [first];
    // "In Brussels, Belgian farmers ...": a place after a locative preposition is no list head.
    if (this.isLocative(first.start)) return run;
    let j = first.end;
    // A person never modifies a noun, so "Wang Yi, China's foreign minister" is no coordination.
    if (first.entry.kind === "person") return run;
    while (j + 1 < this.sentence.endToken && this.fw(j) === "coordinator") {
      const next = this.m(j + 1);
      if (!isActor(next) || next.entry.kind === "person") break;
      run.push(next);
      j = next.end;
    }
    return run;
  }

  /**
   * Two sector nouns in a row ("government spokesman", "army commander", "rebel leaders") form one
   * noun headed by the second; a generic government head takes the modifier's sector ("rebel leader" is REB).
   */
  protected compound(m: PhraseMatch | undefined): PhraseMatch | undefined {
    const next = m && isSector(m) && !m.entry.plural ? this.m(m.end) : undefined;
    if (!m || !isSector(next) || next.entry.form === "collective" || m.entry.form === "collective")
      return m;
    const generic = next.entry.sector.length === 1 && next.entry.sector[0] === "GOV";
    const bare = next.entry.bare === true || m.entry.bare === true;
    const entry: ActorEntry = {
      ...next.entry,
      sector: generic ? m.entry.sector : next.entry.sector,
      id: `${m.entry.id}+${next.entry.id}`,
      bare,
    };
    return { entry, start: m.start, end: next.end };
  }

  /**
   * A word between an actor and its sector noun: an adjective, "former", or a lower-case noun of
   * a compound ("French paper workers", "UN weapons inspectors").
   */
  protected isPreModifier(k: number): boolean {
    const t = this.ctx.doc.tokens[k];
    // "The Met said officers ...": a reporting verb the tagger took for an adjective ends the phrase.
    if (!t || this.fw(k) === "speech") return false;
    return t.pos === "ADJ" || this.fw(k) === "former" || (t.pos === "NOUN" && t.text === t.lower);
  }

  /**
   * "Bosnian Serbs", "Bosnian Serb forces": a state's demonym right before another country's
   * demonym or plural names an ethnic group living in that state, coded with the state. Returns
   * the ethnic word's match, or undefined.
   */
  protected ethnicAfter(first: PhraseMatch, j: number): PhraseMatch | undefined {
    if (first.entry.kind !== "country" || first.entry.form !== "demonym") return undefined;
    const next = this.m(j);
    if (next?.entry.kind !== "country" || next.start !== first.end) return undefined;
    const ethnic = next.entry.form === "demonym" || next.entry.form === "plural";
    return ethnic && next.entry.code !== first.entry.code ? next : undefined;
  }

  /** A listed person under a title: the title's country and office win, "former" keeps ELI. */
  protected listedPerson(entry: ActorEntry, title: DraftEntity): DraftEntity {
    const own = entityOf(entry, this.ctx.doc.refDate);
    const sector = title.sector.includes("ELI") ? ["ELI"] : own.sector;
    return {
      ...own,
      code: title.code || own.code,
      sector,
      ...(title.office ? { office: title.office } : {}),
    };
  }

  /**
   * "France's Macron": a listed person right after a country's possessive is one person mention
   * spanning both, of the person's own country (else the possessor's). "Pakistan's Foreign
   * Office": a state organ named by another country's metonym belongs to the possessor.
   */
  protected possessed(country: PhraseMatch, j: number): Draft | undefined {
    const p = this.m(j);
    if (country.entry.kind !== "country" || !p) return undefined;
    if (p.entry.kind === "capital" && this.ctx.doc.tokens[p.end]?.pos !== "NOUN")
      return this.possessedOrgan(country, p);
    if (!isPersonEntry(p.entry)) return undefined;
    const own = entityOf(p.entry, this.ctx.doc.refDate);
    return {
      kind: "person",
      tokenStart: country.start,
      tokenEnd: p.end,
      head: p.end - 1,
      entity: { ...own, code: own.code || country.entry.code },
      modifierOnly: false,
      rule: `${p.entry.id}+possessor`,
      plural: false,
      nameTokens: nameWords(this.ctx, p.start, p.end),
    };
  }

  private possessedOrgan(country: PhraseMatch, organ: PhraseMatch): Draft {
    return {
      kind: "organisation",
      tokenStart: country.start,
      tokenEnd: organ.end,
      head: organ.end - 1,
      entity: { code: country.entry.code, sector: organ.entry.sector },
      modifierOnly: false,
      rule: `${country.entry.id}+possessed-organ`,
      plural: false,
    };
  }

  /** "Bosnian Serbs": one group of the state the first demonym names. */
  protected ethnicGroup(state: PhraseMatch, ethnic: PhraseMatch): Draft {
    const det = this.determinerBefore(state.start);
    return {
      kind: "group",
      tokenStart: state.start,
      tokenEnd: ethnic.end,
      head: ethnic.end - 1,
      entity: entityOf(state.entry, this.ctx.doc.refDate),
      modifierOnly: false,
      rule: `actor-ethnic-group-${state.entry.id}`,
      plural: true,
      ...(det ? { determiner: det } : {}),
    };
  }

  /**
   * True when a date expression starts at token `j` ("from Turkey last month"): no modified noun.
   * Without a reference date the annotator resolves no relative date, so the day words of
   * function-words.tsv ("Iran today threatened", "Israel Friday reimposed") count too.
   */
  protected startsDate(j: number): boolean {
    const kind = this.fw(j);
    const t = this.ctx.doc.tokens[j];
    // "a Palestinian march" is a noun; "Israel Friday reimposed", "Iraq March 5" are dates.
    if (kind === "time" || (kind === "not-name" && t !== undefined && t.text !== t.lower))
      return true;
    const at = t?.start;
    return this.ctx.doc.dates.some((d) => d.span.start === at);
  }

  /** "-based", "-backed" at token `j`: the phrase before it only describes the next noun. */
  protected isAttributive(j: number): boolean {
    return this.word(j) === "-" && this.fw(j + 1) === "attributive";
  }

  /**
   * "in [the] PLACE" right after a sector phrase ending at `j`: the place a group is in. Returns the
   * place's country or capital match; only "in" reads as location inside a noun phrase.
   */
  protected placeAfter(j: number): PhraseMatch | undefined {
    if (this.word(j) !== "in") return undefined;
    const place = this.m(this.fw(j + 1) === "determiner" ? j + 2 : j + 1);
    return place &&
      (place.entry.kind === "country" || place.entry.kind === "capital") &&
      place.entry.form !== "demonym"
      ? place
      : undefined;
  }

  /**
   * A sector draft with no "in PLACE" after it: a local noun after a fronted place takes that
   * place's country (`+fronted-place`); else a countryless state organ or local noun is marked
   * `home` for the document's home country.
   */
  protected unplaced(d: Draft, noun: ActorEntry): Draft {
    if (d.entity.code !== "" || !(noun.home || noun.local)) return d;
    const fronted = noun.local ? this.frontedPlace(d.tokenStart) : undefined;
    if (!fronted) return { ...d, home: true };
    const entity = { ...d.entity, code: fronted.entry.code };
    return { ...d, entity, rule: `${d.rule}+fronted-place` };
  }

  /**
   * "In neighbouring Belgium, farmers ...": a sentence that opens with a place phrase and a comma
   * places the local noun right after the comma (at token `i`, maybe after a determiner) there.
   */
  protected frontedPlace(i: number): PhraseMatch | undefined {
    const comma = this.fw(i - 1) === "determiner" ? i - 2 : i - 1;
    if (this.word(comma) !== ",") return undefined;
    let place: PhraseMatch | undefined;
    for (let k = comma - 1; k >= Math.max(this.sentence.firstToken, comma - 4) && !place; k--)
      if (this.m(k)?.end === comma) place = this.m(k);
    if (!place || place.entry.form === "demonym") return undefined;
    if (place.entry.kind !== "country" && place.entry.kind !== "capital") return undefined;
    let j = place.start - 1;
    while (j > this.sentence.firstToken && place.start - j <= MAX_ADJECTIVES + 1 && !this.fw(j))
      j--;
    return j === this.sentence.firstToken && this.fw(j) === "locative" ? place : undefined;
  }

  /**
   * True when the token before `i` is a capitalised word of a longer proper name ("National Human
   * Rights Commission" is not the European Commission): not the sentence's first word, no phrase.
   */
  protected continuesName(i: number): boolean {
    const t = this.ctx.doc.tokens[i - 1];
    if (!t || i - 1 <= this.sentence.firstToken || this.m(i - 1) !== undefined) return false;
    return (
      isCapitalised(t) &&
      (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "ADJ") &&
      this.fw(i - 1) === undefined
    );
  }

  /** A capital after "in", "at", ... (optionally with "the") names a place, not a government. */
  protected isLocative(i: number): boolean {
    const back = this.fw(i - 1) === "determiner" ? i - 2 : i - 1;
    return this.fw(back) === "locative";
  }

  protected hasFormer(from: number, to: number): boolean {
    for (let i = Math.max(this.sentence.firstToken, from - 1); i < to; i++)
      if (this.fw(i) === "former") return true;
    return false;
  }
}
