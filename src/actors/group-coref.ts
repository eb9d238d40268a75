/**
 * Definite descriptions of several parties: "the two sides", "both countries", "the three
 * ministers", "the ministers" refer to the parties the text named last, so each becomes one
 * mention per party over the same words (the event coder reads mentions over one span as a
 * compound actor). Row data: data/actors/descriptions.tsv.
 */
import { descriptionTables, type DescriptionTables } from "./builtin-tables.js";
import { rootOf, type Draft } from "./draft.js";
import type { NameContext } from "./person-name.js";

/** How many sentences back the parties may have been named. */
const LOOK_BACK_SENTENCES = 4;

let tables: DescriptionTables | undefined;

/** The description tables, parsed once per process. */
export function descriptions(): DescriptionTables {
  tables ??= descriptionTables();
  return tables;
}

/** A description head: the drafts or noun it covers and the parties it asks for. */
interface Head {
  readonly start: number;
  readonly end: number;
  /** Lower-cased head noun ("ministers"). */
  readonly noun: string;
  readonly existing: Draft | undefined;
  readonly sector: readonly string[];
}

/**
 * Rewrites group descriptions in `drafts` (sorted by position): a countryless plural draft, a
 * plural role noun or a party noun after "the two", "both", "the three" or (matching the noun of
 * an earlier list) "the", takes the parties named last. Returns the added drafts; changed
 * drafts are changed in place.
 */
export function groupCoref(drafts: Draft[], ctx: NameContext): Draft[] {
  const added: Draft[] = [];
  const { tokens } = ctx.doc;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const opener = groupOpener(ctx, i);
    if (!opener) continue;
    const head = headAt(drafts, ctx, i + opener.skip, opener.count !== undefined);
    if (!head) continue;
    const sentence = tokens[i]?.sentence ?? 0;
    const parties =
      opener.count === 2
        ? latestTwoCountries(drafts, head.start, sentence, tokens)
        : latestList(drafts, ctx, head, sentence, opener.count);
    if (!parties) continue;
    const rule = opener.count === 2 ? "coref-pair" : "coref-group";
    const base: Draft = head.existing ?? {
      kind: "group",
      tokenStart: i,
      tokenEnd: head.end,
      head: head.end - 1,
      entity: { code: "", sector: head.sector },
      modifierOnly: false,
      rule,
      plural: true,
      determiner: "definite",
    };
    // Each member refers back to its party, so an event that names both (a meeting "between the
    // two leaders" of two named leaders) lists each party once.
    const members = parties.map((p): Draft => ({
      ...base,
      tokenStart: i,
      entity: { ...base.entity, code: p.entity.code },
      rule: head.existing ? `${base.rule}+${rule}` : rule,
      antecedent: rootOf(p),
    }));
    const [first, ...rest] = members;
    if (head.existing && first) Object.assign(head.existing, first);
    else if (first) added.push(first);
    added.push(...rest);
    i = head.end - 1;
  }
  return added;
}

/** "the two" / "both (the)" / "the three" / "all three" / bare "the" at `i`: tokens taken and the count. */
function groupOpener(ctx: NameContext, i: number): { skip: number; count?: number } | undefined {
  // Called for every token: cheap tests first.
  const tokens = ctx.doc.tokens;
  const here = tokens[i]?.lower;
  if (here !== "the" && here !== "both" && here !== "all") return undefined;
  const next = tokens[i + 1]?.lower ?? "";
  if (here === "both") return { skip: next === "the" ? 2 : 1, count: 2 };
  const count = descriptions().counts.get(next);
  if (count !== undefined) return { skip: 2, count };
  return here === "the" ? { skip: 1 } : undefined;
}

/**
 * The noun phrase at `at` a group description may be made of: a countryless plural draft, a
 * plural role noun or (with a count) a party noun.
 */
function headAt(
  drafts: readonly Draft[],
  ctx: NameContext,
  at: number,
  counted: boolean,
): Head | undefined {
  const existing = drafts.find((d) => d.tokenStart === at && d.entity.code === "" && d.plural);
  const tokens = ctx.doc.tokens;
  if (existing) {
    const noun = tokens[existing.head]?.lower ?? "";
    return { start: at, end: existing.tokenEnd, noun, existing, sector: existing.entity.sector };
  }
  const m = ctx.matches[at];
  if (m && m.entry.kind === "sector" && m.entry.form === "role" && m.entry.plural) {
    const noun = tokens[m.end - 1]?.lower ?? "";
    return { start: at, end: m.end, noun, existing: undefined, sector: m.entry.sector };
  }
  const word = tokens[at]?.lower ?? "";
  if (counted && descriptions().parties.has(word))
    return { start: at, end: at + 1, noun: word, existing: undefined, sector: [] };
  return undefined;
}

function countryCode(d: Draft): string | undefined {
  const code = d.entity.code;
  return code.length === 3 && code !== "---" && d.kind !== "pronoun" ? code : undefined;
}

/** The mentions of the two latest distinct countries named before token `at`, latest last, if any. */
function latestTwoCountries(
  drafts: readonly Draft[],
  at: number,
  sentence: number,
  tokens: NameContext["doc"]["tokens"],
): Draft[] | undefined {
  const seen: Draft[] = [];
  for (let k = drafts.length - 1; k >= 0 && seen.length < 2; k--) {
    const d = drafts[k]!;
    if (d.tokenStart >= at) continue;
    if ((tokens[d.tokenStart]?.sentence ?? 0) < sentence - LOOK_BACK_SENTENCES) break;
    const code = countryCode(d);
    if (code === undefined || seen.some((x) => countryCode(x) === code)) continue;
    seen.push(d);
  }
  return seen.length === 2 ? [seen[1]!, seen[0]!] : undefined;
}

/** True when only coordinators (",", "and") stand between tokens `from` and `to`. */
function coordinated(ctx: NameContext, from: number, to: number): boolean {
  for (let t = from; t < to; t++)
    if (ctx.kb.functionWords.get(ctx.doc.tokens[t]?.lower ?? "") !== "coordinator") return false;
  return true;
}

/**
 * The mentions of the latest coordinated list of countries ("the foreign ministers of Brazil, India
 * and South Africa") before the head: `count` of them, or, with no count, two or more whose list
 * is made of the same noun as the head ("the ministers").
 */
function latestList(
  drafts: readonly Draft[],
  ctx: NameContext,
  head: Head,
  sentence: number,
  count: number | undefined,
): Draft[] | undefined {
  const tokens = ctx.doc.tokens;
  let k = drafts.length - 1;
  while (k >= 0 && drafts[k]!.tokenStart >= head.start) k--;
  while (k >= 0) {
    const last = drafts[k]!;
    if ((tokens[last.tokenStart]?.sentence ?? 0) < sentence - LOOK_BACK_SENTENCES) return undefined;
    let first = k;
    while (first > 0 && coordinated(ctx, drafts[first - 1]!.tokenEnd, drafts[first]!.tokenStart))
      first--;
    const run = drafts.slice(first, k + 1);
    // one mention per country, the first of the list that names it
    const parties = run.filter(
      (d, j) =>
        countryCode(d) !== undefined &&
        run.findIndex((x) => countryCode(x) === countryCode(d)) === j,
    );
    if (
      parties.length >= 2 &&
      (count === undefined ? listNoun(ctx, run) === head.noun : parties.length === count)
    )
      return parties;
    k = first - 1;
  }
  return undefined;
}

/** The noun a list is made of: the head of its first phrase ("ministers of ...") or the noun after it ("... officials"). */
function listNoun(ctx: NameContext, run: readonly Draft[]): string {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return "";
  if (first.kind === "group" || first.kind === "role")
    return ctx.doc.tokens[first.head]?.lower ?? "";
  return ctx.doc.tokens[last.tokenEnd]?.lower ?? "";
}
