/**
 * Within-document coreference: repeated names and surnames ("Wang" -> Wang Yi), definite role
 * nouns ("the Omani foreign minister" -> the person holding that office) and pronouns.
 */
import type { PronounTarget } from "./kb-types.js";
import { rootOf, type Draft } from "./draft.js";
import { descriptions } from "./group-coref.js";
import { nameWords, readName, type NameContext } from "./person-name.js";

/** How many sentences back "the bloc" may find its organisation. */
const ORG_WINDOW = 3;

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Latest person before token `at` whose name contains `words` as a contiguous run. */
function personNamed(
  persons: readonly Draft[],
  words: readonly string[],
  at: number,
): Draft | undefined {
  for (let k = persons.length - 1; k >= 0; k--) {
    const p = persons[k];
    if (p && p.tokenStart < at && p.nameTokens && containsRun(p.nameTokens, words)) return p;
  }
  return undefined;
}

function link(d: Draft, antecedent: Draft): void {
  const root = rootOf(antecedent);
  d.antecedent = root;
  d.entity = { ...root.entity };
}

/** Links repeated person names and adds mentions for bare surnames outside any draft. */
function nameCoref(drafts: Draft[], ctx: NameContext, covered: Uint8Array, from: number): Draft[] {
  const persons = drafts
    .filter((d) => d.kind === "person" && d.nameTokens)
    .sort((a, b) => a.tokenStart - b.tokenStart);
  for (const p of persons) {
    const earlier = p.nameTokens ? personNamed(persons, p.nameTokens, p.tokenStart) : undefined;
    if (earlier && earlier !== p && (p.entity.code === "" || p.entity.code === earlier.entity.code))
      link(p, earlier);
  }
  const added: Draft[] = [];
  const { tokens, sentences } = ctx.doc;
  for (let i = from; i < tokens.length; i++) {
    const s = sentences[tokens[i]?.sentence ?? 0];
    if (covered[i] || !s) continue;
    const name = readName(ctx, i, s.endToken);
    if (!name || name.person || name.start !== i) continue;
    const words = nameWords(ctx, name.start, name.end);
    const antecedent = personNamed(persons, words, i);
    if (antecedent) {
      const d: Draft = {
        kind: "person",
        tokenStart: i,
        tokenEnd: name.end,
        head: name.end - 1,
        entity: antecedent.entity,
        modifierOnly: false,
        rule: "coref-surname",
        plural: false,
        nameTokens: words,
      };
      link(d, antecedent);
      added.push(d);
    }
    i = name.end - 1;
  }
  return added;
}

function officeFits(role: Draft, person: Draft): boolean {
  const ro = role.entity.office?.toLowerCase();
  const po = person.entity.office?.toLowerCase();
  if (!ro || !po) return false;
  if (role.entity.code !== "" && role.entity.code !== person.entity.code) return false;
  return ro === po || po.endsWith(` ${ro}`);
}

/** Gives definite role nouns the person who holds that office earlier in the text. */
function roleCoref(sorted: readonly Draft[]): void {
  sorted.forEach((d, i) => {
    if (d.kind !== "role" || d.plural || d.determiner === "indefinite" || d.antecedent) return;
    for (let k = i - 1; k >= 0; k--) {
      const p = sorted[k];
      if (p && p.kind === "person" && officeFits(d, rootOf(p))) {
        link(d, p);
        return;
      }
    }
  });
}

function fits(d: Draft, target: PronounTarget): boolean {
  if (d.modifierOnly) return false;
  if (d.kind === "pronoun") return d.pronounOf === target;
  if (target === "person") return d.kind === "person" || (d.kind === "role" && !d.plural);
  if (target === "group") return d.kind === "group" || d.kind === "organisation";
  return d.kind === "organisation" || d.kind === "capital" || (d.kind === "country" && !d.plural);
}

/** True when the organisation draft `d` is of the kind an organisation noun row asks for. */
function orgFits(
  ctx: NameContext,
  d: Draft,
  word: string,
  codes: readonly string[] | "name",
): boolean {
  if (d.kind !== "organisation") return false;
  if (codes !== "name") return codes.includes(d.entity.code);
  if (d.entity.name?.toLowerCase().split(" ").includes(word)) return true;
  for (let t = d.tokenStart; t < d.tokenEnd; t++)
    if (ctx.doc.tokens[t]?.lower === word) return true;
  return false;
}

/** The latest organisation before token `at`, within the window, that an organisation noun may name. */
function latestOrg(
  ctx: NameContext,
  sorted: readonly Draft[],
  at: number,
  word: string,
  codes: readonly string[] | "name",
): Draft | undefined {
  const sentence = ctx.doc.tokens[at]?.sentence ?? 0;
  for (let k = sorted.length - 1; k >= 0; k--) {
    const d = sorted[k]!;
    if (d.tokenStart >= at) continue;
    if ((ctx.doc.tokens[d.tokenStart]?.sentence ?? 0) < sentence - ORG_WINDOW) return undefined;
    if (orgFits(ctx, d, word, codes)) return d;
  }
  return undefined;
}

/**
 * "the bloc", "the council": a definite organisation noun outside any draft refers to the latest
 * organisation of that kind (descriptions.tsv). "the body of ..." and "the Council of Europe"
 * style names are left alone. Returns the added drafts.
 */
function orgDescriptionCoref(
  sorted: readonly Draft[],
  ctx: NameContext,
  covered: Uint8Array,
  from: number,
): Draft[] {
  const { tokens } = ctx.doc;
  const added: Draft[] = [];
  for (let i = Math.max(from, 1); i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || covered[i] || tokens[i - 1]?.lower !== "the") continue;
    const row = descriptions().orgs.get(t.lower);
    const next = tokens[i + 1];
    if (!row || next?.lower === "of" || next?.pos === "PROPN") continue;
    const found = latestOrg(ctx, sorted, i, t.lower, row.codes);
    if (!found) continue;
    const d: Draft = {
      kind: "organisation",
      tokenStart: i - 1,
      tokenEnd: i + 1,
      head: i,
      entity: { code: "", sector: [] },
      modifierOnly: false,
      rule: row.id,
      plural: false,
      determiner: "definite",
    };
    link(d, found);
    added.push(d);
  }
  return added;
}

export { fits as pronounFits };
export { orgDescriptionCoref };
export { nameCoref, roleCoref };
