/**
 * In-memory form of CAMEO / PETRARCH / TABARI dictionaries as dyad reads them
 * (see README.md in this folder for the file formats).
 */

/** How a dictionary word matches a text word. */
export type WordMode = "exact" | "regular" | "stem";

/** One word of a dictionary phrase. */
export interface DictWord {
  /** Lower-cased text, without connector or mode marks. */
  readonly text: string;
  readonly mode: WordMode;
  /** True when the next word must follow immediately (`_` connector, PETRARCH spaces). */
  readonly joined: boolean;
}

/** A code valid in a date window; no window means "always" (the entry's default code). */
export interface DatedCode {
  readonly code: string;
  /** Dates as YYYYMMDD; `after`/`before` are strict bounds, `from`/`to` inclusive. */
  readonly after?: string;
  readonly before?: string;
  readonly from?: string;
  readonly to?: string;
}

/** Where an entry was read, for rule ids and error messages. */
export interface Source {
  readonly file: string;
  readonly line: number;
}

/** An actor: phrases (main name and `+` synonyms) with date-ranged codes. */
export interface ActorEntry {
  readonly phrases: readonly (readonly DictWord[])[];
  readonly codes: readonly DatedCode[];
  readonly source: Source;
}

/** An agent (sector noun): "POLICE" -> COP, placed after (`~COP`) or before (`NGO~`) the actor code. */
export interface AgentEntry {
  readonly phrases: readonly (readonly DictWord[])[];
  readonly code: string;
  readonly prefix: boolean;
  readonly source: Source;
}

/** A discard phrase: kills the sentence's events, or the whole story's when `story`. */
export interface DiscardEntry {
  readonly phrase: readonly DictWord[];
  readonly story: boolean;
  readonly source: Source;
}

/** One element of a verb pattern. */
export type PatternElement =
  | { readonly kind: "word"; readonly word: DictWord }
  | {
      readonly kind: "set";
      readonly options: readonly (readonly DictWord[])[];
      readonly joined: boolean;
    }
  | { readonly kind: "source" | "target" | "compound" | "skip"; readonly joined: boolean };

/** A verb pattern: elements before and after the verb (`*`) and the code it gives. */
export interface VerbPattern {
  /** Elements before the verb, nearest first. */
  readonly lower: readonly PatternElement[];
  readonly upper: readonly PatternElement[];
  /** True when the element after the verb must follow it immediately (`*_WORD`). */
  readonly verbJoined?: boolean;
  readonly code: string;
  readonly source: Source;
}

/** A verb with its surface forms, default code and patterns. */
export interface VerbEntry {
  /** Surface forms, each a word sequence (multi-word verbs like BREAK_DOWN). */
  readonly forms: readonly (readonly DictWord[])[];
  readonly code: string;
  readonly patterns: readonly VerbPattern[];
  readonly source: Source;
}

/** Which coder the dictionaries were written for; decides a few conventions. */
export type DictionaryFamily = "petrarch" | "tabari";

/** Everything read from a dictionaries folder. */
export interface CameoDictionaries {
  readonly family: DictionaryFamily;
  /** "cameo" when verb codes are CAMEO (PETRARCH 2.0 format), "weis" for KEDS/TABARI-style codes. */
  readonly scheme: "cameo" | "weis";
  readonly actors: readonly ActorEntry[];
  readonly agents: readonly AgentEntry[];
  readonly discards: readonly DiscardEntry[];
  readonly verbs: readonly VerbEntry[];
  /** TABARI `.options` settings (upper-cased keys, e.g. "CONVERT AGENT" -> "TRUE"). */
  readonly options: ReadonlyMap<string, string>;
  readonly files: readonly string[];
}
