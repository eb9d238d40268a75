/**
 * "the two sides", "the two foreign ministers", "both countries": a definite pair refers to the
 * two countries the text named last, so it becomes two mentions over the same words, one per
 * country (the event coder reads mentions over one span as a compound actor).
 */
import type { Draft } from "./draft.js";
import type { NameContext } from "./person-name.js";

/** Nouns a pair may be made of besides the sector nouns: the sides of a relation. */
const PAIR_NOUNS = new Set([
  "sides",
  "countries",
  "nations",
  "states",
  "neighbours",
  "neighbors",
  "parties",
  "capitals",
]);
/** How many sentences back the two countries may have been named. */
const LOOK_BACK_SENTENCES = 4;

/**
 * Rewrites pair phrases in `drafts` (sorted by position): a countryless plural draft after "the
 * two" or "both" takes the two latest distinct countries, and a bare pair noun ("the two sides")
 * gets drafts of its own. Returns the added drafts; changed drafts are changed in place.
 */
export function pairCoref(drafts: Draft[], ctx: NameContext): Draft[] {
  const added: Draft[] = [];
  const { tokens } = ctx.doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const opener = pairOpener(ctx, i);
    if (opener === 0) continue;
    const head = i + opener;
    const existing = drafts.find((d) => d.tokenStart === head && d.entity.code === "" && d.plural);
    const bare = PAIR_NOUNS.has(tokens[head]?.lower ?? "");
    if (!existing && !bare) continue;
    const pair = latestTwoCountries(drafts, head, tokens[i]?.sentence ?? 0, tokens);
    if (!pair) continue;
    const start = i;
    const end = existing ? existing.tokenEnd : head + 1;
    const base: Draft = existing ?? {
      kind: "group",
      tokenStart: start,
      tokenEnd: end,
      head,
      entity: { code: "", sector: [] },
      modifierOnly: false,
      rule: "coref-pair",
      plural: true,
      determiner: "definite",
    };
    const [a, b] = pair;
    const first: Draft = {
      ...base,
      tokenStart: start,
      entity: { ...base.entity, code: a },
      rule: `${base.rule}+coref-pair`,
    };
    const second: Draft = { ...first, entity: { ...base.entity, code: b } };
    if (existing) Object.assign(existing, first);
    else added.push(first);
    added.push(second);
    i = end - 1;
  }
  return added;
}

/** Tokens taken by "the two" / "both" / "both the" at `i` (0 when none). */
function pairOpener(ctx: NameContext, i: number): number {
  // Called for every token: no closures here, as they cost more than the test itself.
  const tokens = ctx.doc.tokens;
  const here = tokens[i]?.lower;
  if (here !== "the" && here !== "both") return 0;
  const next = tokens[i + 1]?.lower;
  if (here === "the") return next === "two" ? 2 : 0;
  return next === "the" ? 2 : 1;
}

/** The two latest distinct country codes named before token `at`, latest last, if any. */
function latestTwoCountries(
  drafts: readonly Draft[],
  at: number,
  sentence: number,
  tokens: NameContext["doc"]["tokens"],
): readonly [string, string] | undefined {
  const seen: string[] = [];
  for (let k = drafts.length - 1; k >= 0 && seen.length < 2; k--) {
    const d = drafts[k]!;
    if (d.tokenStart >= at) continue;
    if ((tokens[d.tokenStart]?.sentence ?? 0) < sentence - LOOK_BACK_SENTENCES) break;
    const code = d.entity.code;
    if (code.length !== 3 || code === "---" || seen.includes(code)) continue;
    if (d.kind === "pronoun") continue;
    seen.push(code);
  }
  return seen.length === 2 ? [seen[1]!, seen[0]!] : undefined;
}
