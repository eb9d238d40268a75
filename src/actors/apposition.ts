/**
 * Apposition: a name next to a role phrase names the office holder. "Wang Yi, China's foreign
 * minister, said" and "China's foreign minister, Wang Yi, said" both give one person mention.
 */
import type { Sentence } from "../core/types.js";
import type { Draft } from "./draft.js";
import { isNameWord, nameWords, readName, type NameContext } from "./person-name.js";

const MAX_NAME_TOKENS = 5;
/** Tokens that may follow an appositive name: the clause goes on after it. */
const AFTER_NAME_POS = new Set(["VERB", "AUX", "PUNCT"]);

function isOfficeRole(d: Draft): boolean {
  return d.kind === "role" && !d.plural && d.entity.office !== undefined;
}

function personFrom(
  ctx: NameContext,
  role: Draft,
  start: number,
  end: number,
  name: { start: number; end: number },
  rule: string,
): Draft {
  const { text, tokens } = ctx.doc;
  const nameText = text.slice(tokens[name.start]?.start, tokens[name.end - 1]?.end);
  return {
    kind: "person",
    tokenStart: start,
    tokenEnd: end,
    head: name.end - 1,
    entity: { ...role.entity, name: nameText },
    modifierOnly: false,
    rule,
    plural: false,
    nameTokens: nameWords(ctx, name.start, name.end),
  };
}

/** "NAME, ROLE": the name ends right before a comma that precedes the role phrase. */
function nameBefore(ctx: NameContext, role: Draft, sentence: Sentence): Draft | undefined {
  const roleStart = role.determiner ? role.tokenStart - 1 : role.tokenStart;
  if (ctx.doc.tokens[roleStart - 1]?.text !== ",") return undefined;
  const last = roleStart - 2;
  let j = last;
  while (j >= sentence.firstToken && last - j < MAX_NAME_TOKENS && isNameWord(ctx, j)) j--;
  if (j === last) return undefined;
  return personFrom(
    ctx,
    role,
    j + 1,
    role.tokenEnd,
    { start: j + 1, end: last + 1 },
    "person-apposition-name-first",
  );
}

/** "ROLE, NAME,": the name follows the role phrase after a comma and closes the apposition. */
function nameAfter(ctx: NameContext, role: Draft, sentence: Sentence): Draft | undefined {
  if (ctx.doc.tokens[role.tokenEnd]?.text !== ",") return undefined;
  const name = readName(ctx, role.tokenEnd + 1, sentence.endToken);
  if (!name) return undefined;
  const next = ctx.doc.tokens[name.end];
  if (next && next.sentence === sentence.index && !AFTER_NAME_POS.has(next.pos)) return undefined;
  return personFrom(ctx, role, role.tokenStart, name.end, name, "person-apposition-role-first");
}

/**
 * Replaces role drafts that stand in apposition to a name by person drafts; drafts inside the
 * merged span (the name's own person mention) are dropped.
 */
export function applyApposition(
  drafts: readonly Draft[],
  ctx: NameContext,
  sentence: Sentence,
): Draft[] {
  // "X, a government spokesman": an indefinite role after a name may be a description; before a
  // comma-closed name ("a spokesman, X, said") it introduces that name.
  const person = (d: Draft): Draft | undefined =>
    (d.determiner === "indefinite" ? undefined : nameBefore(ctx, d, sentence)) ??
    nameAfter(ctx, d, sentence);
  const merged = drafts.map((d) => (isOfficeRole(d) ? (person(d) ?? d) : d));
  const spans = merged.filter((d, i) => d !== drafts[i]);
  if (spans.length === 0) return merged;
  const inside = (d: Draft): boolean =>
    spans.some((p) => p !== d && d.tokenStart >= p.tokenStart && d.tokenEnd <= p.tokenEnd);
  return merged.filter((d) => !inside(d));
}
