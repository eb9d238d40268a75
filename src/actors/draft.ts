/**
 * The mutable mention record the resolver builds before numbering mentions.
 */
import type { MentionKind } from "../core/types.js";
import type { PronounTarget } from "./kb-types.js";

/** What a mention will resolve to. */
export interface DraftEntity {
  code: string;
  sector: readonly string[];
  name?: string;
  office?: string;
}

/** A mention under construction. */
export interface Draft {
  kind: MentionKind;
  tokenStart: number;
  tokenEnd: number;
  head: number;
  entity: DraftEntity;
  modifierOnly: boolean;
  rule: string;
  plural: boolean;
  /** "definite" after the/this/that, "indefinite" after a/an. */
  determiner?: "definite" | "indefinite";
  /** What a pronoun draft may stand for, so later pronouns can chain through it. */
  pronounOf?: PronounTarget;
  /** Lower-cased tokens of a person's name, for surname coreference. */
  nameTokens?: readonly string[];
  antecedent?: Draft;
  /** A state organ named without its country ("the authorities"): may take the document's dominant country. */
  home?: boolean;
}

/** The mention a chain starts from: the antecedent of an antecedent, or the draft itself. */
export function rootOf(d: Draft): Draft {
  let r = d;
  while (r.antecedent) r = r.antecedent;
  return r;
}

/** Union of sector lists, first occurrence order. */
export function mergeSectors(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}
