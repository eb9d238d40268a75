/**
 * Turns phrase matches into mention drafts, one sentence at a time: actor names with the
 * sector nouns they modify ("Israeli troops"), titles with names ("Foreign Minister Wang Yi"),
 * "X of COUNTRY" phrases, and demonyms that only modify a topic noun ("the Palestinian issue").
 */
import type { Draft, DraftEntity } from "./draft.js";
import type { ActorEntry } from "./kb-types.js";
import type { PhraseMatch } from "./match-phrases.js";
import { nameWords, readName } from "./person-name.js";
import {
  ACTOR_KINDS,
  entityOf,
  isSector,
  plainKind,
  qualified,
  sectorKind,
} from "./phrase-entities.js";
import { properOrgAfter, type ProperOrg } from "./proper-org.js";
import { originAfter } from "./origin-phrase.js";
import { MAX_ADJECTIVES, PhraseReader } from "./phrase-reader.js";

const MODIFIED_POS = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

/** Per-sentence assembly state. */
export class PhraseAssembler extends PhraseReader {
  private readonly out: Draft[] = [];

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
  private titledPerson(
    start: number,
    titleEnd: number,
    titleEntity: DraftEntity,
    rule: string,
  ): number | undefined {
    let entity = titleEntity;
    const name = readName(this.ctx, titleEnd, this.sentence.endToken);
    if (!name) return undefined;
    const text = this.ctx.doc.text.slice(
      this.ctx.doc.tokens[name.start]?.start,
      this.ctx.doc.tokens[name.end - 1]?.end,
    );
    const fromDict = name.person;
    const of = this.ofActor(name.end);
    if (of && entity.code === "") {
      // "Foreign Minister Ayman al-Safadi of Jordan": the country follows the name.
      entity = { ...entity, code: of.entry.code };
    }
    const e: DraftEntity = fromDict
      ? this.listedPerson(fromDict, entity)
      : { ...entity, name: text };
    const end = of && entity.code === of.entry.code ? of.end : name.end;
    this.push({
      kind: "person",
      tokenStart: start,
      tokenEnd: end,
      head: name.end - 1,
      entity: e,
      modifierOnly: false,
      rule,
      plural: false,
      nameTokens: nameWords(this.ctx, name.start, name.end),
    });
    return end;
  }

  private actorPhrase(first: PhraseMatch): number {
    if (first.entry.kind === "organisation" && this.continuesName(first.start)) return first.end;
    const run = this.coordinated(first);
    let j = run[run.length - 1]?.end ?? first.end;
    const possessive = this.word(j) === "'s" || this.word(j) === "'";
    if (possessive) j++;
    const owned = run.length === 1 && possessive ? this.possessed(first, j) : undefined;
    if (owned) {
      this.push(owned);
      return owned.tokenEnd;
    }
    // "Israel's Washington embassy": a capital between the possessor and its organ only places it.
    const place = possessive ? this.m(j) : undefined;
    if (place?.entry.kind === "capital" && isSector(this.m(place.end))) j = place.end;
    const ethnic = run.length === 1 && !possessive ? this.ethnicAfter(first, j) : undefined;
    let k = ethnic?.end ?? j;
    while (k < j + MAX_ADJECTIVES && !this.m(k) && this.isPreModifier(k)) k++;
    // "French political and military officials": coordinated adjectives before the noun.
    if (k > j && this.fw(k) === "coordinator" && this.isPreModifier(k + 1)) k += 2;
    const noun = this.compound(this.m(k));
    if (run.length === 1 && first.entry.officeTitle && !possessive) {
      const end = this.titledPerson(
        first.start,
        first.end,
        entityOf(first.entry),
        "person-title-name",
      );
      if (end !== undefined) return end;
    }
    const org =
      run.length === 1 && !possessive && first.entry.kind === "country"
        ? properOrgAfter(this.ctx, j, this.sentence.endToken)
        : undefined;
    // "Kenya Union of Journalists": a proper name longer than the sector noun in it is one organisation.
    if (org && (!isSector(noun) || org.end > noun.end)) return this.properOrg(first, org);
    if (isSector(noun)) return this.attach(run, noun);
    if (ethnic?.entry.plural) {
      this.push(this.ethnicGroup(first, ethnic));
      return ethnic.end;
    }
    const modifies =
      (!possessive &&
        MODIFIED_POS.has(this.ctx.doc.tokens[j]?.pos ?? "") &&
        this.m(j) === undefined &&
        this.fw(j) !== "speech" &&
        !this.startsDate(j)) ||
      this.isAttributive(j);
    for (const a of run) this.plain(a, modifies);
    return j;
  }

  /**
   * Pushes a sector draft, reading a following "in PLACE" as its location: the place joins the
   * span (it is no participant: "the US commander in Iraq") and gives a local noun without a
   * country its country ("protesters in Cairo").
   */
  private pushSector(d: Draft, noun: ActorEntry): number {
    const place = this.placeAfter(d.tokenEnd);
    if (!place) {
      this.push(this.unplaced(d, noun));
      return d.tokenEnd;
    }
    const code = d.entity.code === "" && noun.local ? place.entry.code : d.entity.code;
    this.push({
      ...d,
      tokenEnd: place.end,
      entity: { ...d.entity, code },
      rule: d.entity.code === code ? d.rule : `${d.rule}+place-country`,
    });
    return place.end;
  }

  /** "Rwandan Patriotic Front": one organisation of the country, named by the whole phrase. */
  private properOrg(country: PhraseMatch, org: ProperOrg): number {
    const { tokens, text } = this.ctx.doc;
    const name = text.slice(tokens[country.start]?.start, tokens[org.end - 1]?.end);
    const det = this.determinerBefore(country.start);
    this.push({
      kind: "organisation",
      tokenStart: country.start,
      tokenEnd: org.end,
      head: org.head,
      entity: { code: country.entry.code, sector: org.sector, name },
      modifierOnly: false,
      rule: "actor-proper-org",
      plural: false,
      ...(det ? { determiner: det } : {}),
    });
    return org.end;
  }

  /** Bare actor phrase; `modifierOnly` when it only modifies a non-actor noun. */
  private plain(a: PhraseMatch, modifierOnly: boolean): void {
    if (a.entry.kind === "capital" && this.isLocative(a.start)) return;
    const kind = plainKind(a.entry);
    const rule = modifierOnly ? "actor-modifier-only" : a.entry.id;
    const person = kind === "person" ? { nameTokens: nameWords(this.ctx, a.start, a.end) } : {};
    const det = this.determinerBefore(a.start);
    this.push({
      kind,
      tokenStart: a.start,
      tokenEnd: a.end,
      head: a.end - 1,
      entity: entityOf(a.entry, this.ctx.doc.refDate),
      modifierOnly,
      rule,
      plural: a.entry.plural,
      ...(det ? { determiner: det } : {}),
      ...person,
    });
  }

  /** Actor(s) + sector noun: "Israeli troops", "Iraq's foreign ministry", "Chinese Foreign Minister Wang Yi". */
  private attach(run: PhraseMatch[], noun: PhraseMatch): number {
    const former = this.hasFormer(run[0]?.start ?? noun.start, noun.start);
    const first = run[0];
    if (run.length === 1 && first && noun.entry.officeTitle && !noun.entry.plural) {
      const end = this.titledPerson(
        first.start,
        noun.end,
        qualified(first.entry, noun.entry, former),
        "person-title-name",
      );
      if (end !== undefined) return end;
    }
    const kind = sectorKind(noun.entry);
    const det = this.determinerBefore(run[0]?.start ?? noun.start);
    let end = noun.end;
    for (const a of run) {
      // The last actor spans up to the noun; the ones before it ("Israeli and Palestinian leaders") keep their own span.
      const last = a === run[run.length - 1];
      const d: Draft = {
        kind,
        tokenStart: a.start,
        tokenEnd: last ? noun.end : a.end,
        head: (last ? noun.end : a.end) - 1,
        entity: qualified(a.entry, noun.entry, former),
        modifierOnly: false,
        rule: `actor-sector-${noun.entry.id}`,
        plural: noun.entry.plural || run.length > 1,
        ...(det ? { determiner: det } : {}),
      };
      if (last) end = this.pushSector(d, noun.entry);
      else this.push(d);
    }
    return end;
  }

  /** A sector noun with no actor before it: title + name, "minister of X", or a bare role. */
  private sectorPhrase(first: PhraseMatch): number {
    const noun = this.compound(first) ?? first;
    const former = this.hasFormer(noun.start, noun.start);
    if (noun.entry.officeTitle && !noun.entry.plural) {
      const end = this.titledPerson(
        noun.start,
        noun.end,
        qualified(undefined, noun.entry, former),
        "person-title-name",
      );
      if (end !== undefined) return end;
    }
    const det = this.determinerBefore(noun.start);
    const j = noun.end;
    const of = this.ofActor(j);
    const actor = of ?? originAfter(this.ctx, noun.start, j, this.sentence.firstToken);
    if (actor) {
      this.push({
        kind: sectorKind(noun.entry),
        tokenStart: noun.start,
        tokenEnd: actor.end,
        head: noun.end - 1,
        entity: qualified(actor.entry, noun.entry, former),
        modifierOnly: false,
        rule: `sector-${of ? "of" : "from"}-actor-${noun.entry.id}`,
        plural: noun.entry.plural,
        ...(det ? { determiner: det } : {}),
      });
      return actor.end;
    }
    // "civilian casualties", "police station": a singular sector noun modifying another noun is no actor.
    const next = this.ctx.doc.tokens[j];
    if (!noun.entry.plural && next?.pos === "NOUN" && this.m(j) === undefined) return j;
    if (this.isAttributive(j)) return j + 2;
    // A noun that needs its holder still gives a mention as "the minister": a coreference candidate.
    const corefCandidate = noun.entry.form === "role" && !noun.entry.plural && det === "definite";
    if (noun.entry.form !== "collective" && (noun.entry.bare === true || corefCandidate)) {
      return this.pushSector(
        {
          kind: sectorKind(noun.entry),
          tokenStart: noun.start,
          tokenEnd: noun.end,
          head: noun.end - 1,
          entity: qualified(undefined, noun.entry, former),
          modifierOnly: false,
          rule: `sector-bare-${noun.entry.id}`,
          plural: noun.entry.plural,
          ...(det ? { determiner: det } : {}),
        },
        noun.entry,
      );
    }
    return j;
  }

  /** "Sheikh Tamim", "Mr Smith": a person of unknown country. */
  private honorificPhrase(h: PhraseMatch): number {
    const end = this.titledPerson(
      h.start,
      h.start,
      { code: "", sector: h.entry.sector },
      "person-honorific-name",
    );
    return end ?? h.end;
  }
}
