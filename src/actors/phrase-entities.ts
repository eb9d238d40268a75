/**
 * Entities and mention kinds of dictionary phrases: what a country, organisation, listed person
 * or sector noun resolves to, alone or combined ("Israeli" + "troops").
 */
import type { MentionKind } from "../core/types.js";
import { mergeSectors, type DraftEntity } from "./draft.js";
import type { ActorEntry } from "./kb-types.js";
import type { PhraseMatch } from "./match-phrases.js";
import { personSectors } from "./people.js";

/** Entry kinds that name an actor by themselves. */
export const ACTOR_KINDS = new Set([
  "country",
  "capital",
  "organisation",
  "region",
  "person",
  "user",
]);

/** True for a match that names an actor by itself. */
export function isActor(m: PhraseMatch | undefined): m is PhraseMatch {
  return m !== undefined && ACTOR_KINDS.has(m.entry.kind);
}

/** True for a sector-noun match. */
export function isSector(m: PhraseMatch | undefined): m is PhraseMatch {
  return m !== undefined && m.entry.kind === "sector";
}

/** Mention kind of a bare actor phrase. */
export function plainKind(e: ActorEntry): MentionKind {
  if (e.kind === "capital") return "capital";
  if (e.kind === "organisation") return "organisation";
  if (e.kind === "person") return "person";
  if (e.kind === "region" || e.form === "plural") return "group";
  if (e.kind === "user")
    return e.form === "person" ||
      e.form === "group" ||
      e.form === "organisation" ||
      e.form === "country"
      ? e.form
      : "dictionary";
  return "country";
}

/** Mention kind of an actor + sector noun phrase. */
export function sectorKind(noun: ActorEntry): MentionKind {
  if (noun.form === "body") return noun.plural ? "group" : "organisation";
  if (noun.form === "role" && !noun.plural) return "role";
  return "group";
}

/** Entity of a dictionary entry; a listed person's sector depends on the document date. */
export function entityOf(e: ActorEntry, refDate?: string): DraftEntity {
  const name = e.name === "" ? {} : { name: e.name };
  const sector = e.kind === "person" ? personSectors(e, refDate) : e.sector;
  return { code: e.code, sector, ...name, ...(e.office ? { office: e.office } : {}) };
}

/** Entity of an actor qualified by a sector noun: an organisation's own sector wins over the noun's. */
export function qualified(
  actor: ActorEntry | undefined,
  noun: ActorEntry,
  former: boolean,
): DraftEntity {
  const ownSector =
    actor && (actor.kind === "organisation" || actor.kind === "user") && actor.sector.length > 0;
  const base = actor && actor.kind !== "capital" && actor.kind !== "person" ? actor.sector : [];
  const sector = former ? ["ELI"] : ownSector ? actor.sector : mergeSectors(noun.sector, base);
  const office = noun.office && !noun.plural ? { office: noun.office } : {};
  // "Bush administration": the body is not the person, so it does not take the person's name.
  const name = actor && actor.name && actor.kind !== "person" ? { name: actor.name } : {};
  return { code: actor?.code ?? "", sector, ...name, ...office };
}
