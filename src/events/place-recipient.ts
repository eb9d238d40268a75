/**
 * Place recipients (data/events/place-recipients.tsv): a protest with no target in the text is
 * aimed at the government of the country where the text places it ("US activists staged a protest
 * in Beijing" is a protest against China's government). The recipient's evidence is the place name.
 */
import { readFileSync } from "node:fs";
import { tokensOverlapping } from "../annotate/token-at.js";
import { dataPath } from "../core/data-path.js";
import { DataFileError } from "../core/errors.js";
import { parseTsv } from "../core/read-tsv.js";
import { isPloverType } from "../core/ontology.js";
import type { Doc, Mention, PloverType, Token } from "../core/types.js";
import { lookupPlace } from "../annotate/gazetteer.js";
import type { PlaceRef } from "./code-events.js";
import type { Hit } from "./find-hits.js";
import type { TriggerRule } from "./lexicon.js";
import type { SentenceView } from "./participants.js";

/** One row of place-recipients.tsv. */
export interface PlaceRecipientRule {
  readonly id: string;
  readonly type: PloverType;
  readonly sector: string;
  /** "event": where the event happens ("a protest in Beijing"); "object": the verb's object. */
  readonly site: "event" | "object";
}

let rules: readonly PlaceRecipientRule[] | undefined;

/** The rows of data/events/place-recipients.tsv, parsed once per process. */
export function placeRecipientRules(): readonly PlaceRecipientRule[] {
  rules ??= parsePlaceRecipients(
    readFileSync(dataPath("events", "place-recipients.tsv"), "utf8"),
    "place-recipients.tsv",
  );
  return rules;
}

/** Parses place-recipients.tsv text; throws DataFileError on an unknown type. */
export function parsePlaceRecipients(text: string, file: string): PlaceRecipientRule[] {
  return parseTsv(text, file, ["id", "type", "sector"]).map((r) => {
    const type = r.cells["type"] ?? "";
    if (!isPloverType(type)) throw new DataFileError(file, r.line, `unknown type ${type}`);
    const site = r.cells["site"] || "event";
    if (site !== "event" && site !== "object")
      throw new DataFileError(file, r.line, `unknown site ${site}`);
    return { id: r.cells["id"] ?? "", type, sector: r.cells["sector"] ?? "", site };
  });
}

/**
 * The recipient a rule gives an event of `type` placed at `place` (a place in the text, not the
 * dateline), as a mention over the place name; undefined when no rule applies.
 */
export function placeRecipient(
  doc: Doc,
  type: PloverType,
  place: PlaceRef | undefined,
  table: readonly PlaceRecipientRule[] = placeRecipientRules(),
): { readonly mention: Mention; readonly rule: string } | undefined {
  const country = place?.location.country;
  if (!place || !country || place.location.source !== "event") return undefined;
  const rule = table.find((r) => r.type === type && r.site === "event");
  if (!rule) return undefined;
  const [a, b] = tokensOverlapping(doc.tokens, place.span.start, place.span.end);
  const first = doc.tokens[a];
  const last = b > a ? doc.tokens[b - 1] : undefined;
  if (!first || !last) return undefined;
  return { mention: placeMention(place, first, last, country, rule), rule: rule.id };
}

/** A country mention over a place name, standing for the government or people of its country. */
function placeMention(
  place: PlaceRef,
  first: Token,
  last: Token,
  country: string,
  rule: PlaceRecipientRule,
): Mention {
  return {
    id: -1 - first.i,
    kind: "country",
    span: place.span,
    sentence: place.sentence,
    tokenStart: first.i,
    tokenEnd: last.i + 1,
    head: last.i,
    entity: {
      code: country,
      sector: rule.sector ? [rule.sector] : [],
      entity_text: place.span.text,
    },
    modifierOnly: false,
    rule: rule.id,
  };
}

/** Words that may stand between a verb and the place it acts on: "shelled the port city of". */
const OBJECT_FILLERS = new Set(["the", "city", "port", "town", "village", "capital", "of"]);
/** Most words between the verb and the place name ("the southern port city of"). */
const MAX_FILLERS = 5;
/** Longest place name tried, in tokens ("Ho Chi Minh City"). */
const MAX_NAME_TOKENS = 4;

/**
 * "Russia attacked the port city of Odesa": a city the gazetteer knows, as the direct object of a
 * verb whose type has an `object` row, stands for its country as the recipient. Returns
 * `recipients` unchanged when they are not empty or no such place follows the trigger; a place in
 * the actors' own country, or inside an actor mention, is left alone.
 */
export function orObjectPlace(
  v: SentenceView,
  trig: Hit<TriggerRule>,
  actors: readonly Mention[],
  recipients: Mention[],
  table: readonly PlaceRecipientRule[] = placeRecipientRules(),
): Mention[] {
  if (recipients.length || v.doc.tokens[trig.end - 1]?.pos !== "VERB") return recipients;
  const rule = table.find((r) => r.type === trig.rule.type && r.site === "object");
  if (!rule) return recipients;
  const place = placeAfter(v, trig.end);
  const country = place?.location.country;
  if (!place || !country || actors.some((a) => a.entity.code === country)) return recipients;
  const [a, b] = tokensOverlapping(v.doc.tokens, place.span.start, place.span.end);
  const first = v.doc.tokens[a];
  const last = b > a ? v.doc.tokens[b - 1] : undefined;
  if (!first || !last || v.mentions.some((m) => m.tokenStart < b && a < m.tokenEnd))
    return recipients;
  return [placeMention(place, first, last, country, rule)];
}

/** The gazetteer city named right after token `from` (over fillers), as a place of the sentence. */
function placeAfter(v: SentenceView, from: number): PlaceRef | undefined {
  const toks = v.doc.tokens;
  let i = from;
  while (i - from < MAX_FILLERS && OBJECT_FILLERS.has(toks[i]?.text ?? "")) i++;
  // "the city of" must end on "of" or name no filler noun: "attacked the city" alone is no place.
  if (i > from && toks[i - 1]?.text !== "of" && toks[i - 1]?.text !== "the") return undefined;
  let runEnd = i;
  while (runEnd < v.s.endToken && runEnd - i < MAX_NAME_TOKENS && toks[runEnd]?.pos === "PROPN")
    runEnd++;
  const first = toks[i];
  for (let end = runEnd; end > i && first; end--) {
    const last = toks[end - 1];
    const hit = last ? lookupPlace(v.doc.text.slice(first.start, last.end)) : undefined;
    if (!last || hit?.kind !== "city") continue;
    const span = {
      start: first.start,
      end: last.end,
      text: v.doc.text.slice(first.start, last.end),
    };
    const location = { text: span.text, country: hit.country, lat: hit.lat, lon: hit.lon };
    return { sentence: v.s.index, span, location: { ...location, source: "event" } };
  }
  return undefined;
}
