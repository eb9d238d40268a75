/**
 * Shapes of the actor knowledge base: dictionary entries and the tables the resolver reads.
 */
import type { PhraseTrie } from "./phrase-trie.js";

/** What a dictionary phrase is. */
export type EntryKind =
  | "country"
  | "capital"
  | "organisation"
  | "region"
  | "sector"
  | "honorific"
  | "particle"
  | "blocker"
  | "person"
  | "user";

/**
 * How a phrase is used. Countries: name | demonym | plural | capital. Sector nouns:
 * role | body | group | collective. User entries: person | group | organisation | country | dictionary.
 */
export type EntryForm =
  | "name"
  | "demonym"
  | "plural"
  | "capital"
  | "role"
  | "body"
  | "group"
  | "collective"
  | "person"
  | "organisation"
  | "country"
  | "dictionary"
  | "title";

/** One phrase of the knowledge base, resolved to what it means. */
export interface ActorEntry {
  /** Stable kebab-case id of the data row; becomes the mention's `rule`. */
  readonly id: string;
  readonly kind: EntryKind;
  readonly form: EntryForm;
  /** PLOVER actor code ("" for sector nouns and honorifics). */
  readonly code: string;
  readonly sector: readonly string[];
  /** Canonical name of the country, organisation or person. */
  readonly name: string;
  readonly office?: string;
  /** True when the phrase is a title that can stand before a personal name. */
  readonly officeTitle: boolean;
  /** True for plural phrases ("ministers", "Palestinians"). */
  readonly plural: boolean;
  /** Sector nouns: true when the noun alone, with no country or organisation, still names an actor. */
  readonly bare?: boolean;
  /** Sector nouns: true when a bare noun takes the country of a place right after it ("protesters in Cairo"). */
  readonly local?: boolean;
  /** Sector nouns: true when the noun with no country names an organ of the state the story is about ("the authorities"). */
  readonly home?: boolean;
  /** Listed people: terms of office (to = Infinity while in office), each with its own post if any. */
  readonly terms?: readonly PersonTerm[];
}

/** One term of office of a listed person; code/sector/office override the row's main post. */
export interface PersonTerm {
  /** First month in office as year * 12 + month - 1. */
  readonly from: number;
  /** Last month in office, same scale; Infinity while in office. */
  readonly to: number;
  readonly code?: string;
  readonly sector?: readonly string[];
  readonly office?: string;
}

/** Which earlier mentions a pronoun may point to. */
export type PronounTarget = "person" | "group" | "organisation";

/** A pronoun row. */
export interface PronounEntry {
  readonly id: string;
  readonly refersTo: PronounTarget;
  /** How many sentences back the antecedent may be. */
  readonly window: number;
}

/** Closed-class word roles the resolver consults. */
export type FunctionWordKind =
  | "determiner"
  | "indefinite"
  | "locative"
  | "coordinator"
  | "former"
  | "cataphora"
  | "not-name"
  | "speech"
  | "attributive"
  | "displacement"
  | "counterpart"
  | "time";

/** The parsed actor dictionaries; build with loadKnowledgeBase. */
export interface ActorKnowledgeBase {
  readonly phrases: PhraseTrie<ActorEntry>;
  /** Pronouns by lower-cased form. */
  readonly pronouns: ReadonlyMap<string, PronounEntry>;
  /** Function words by lower-cased form. */
  readonly functionWords: ReadonlyMap<string, FunctionWordKind>;
  /** Head words of proper organisation names ("Front", "Commission"), lower-cased, with their sectors. */
  readonly orgHeads: ReadonlyMap<string, readonly string[]>;
}
