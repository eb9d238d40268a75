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
import type { Doc, Mention, PloverType } from "../core/types.js";
import type { PlaceRef } from "./code-events.js";

/** One row of place-recipients.tsv. */
export interface PlaceRecipientRule {
  readonly id: string;
  readonly type: PloverType;
  readonly sector: string;
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
    return { id: r.cells["id"] ?? "", type, sector: r.cells["sector"] ?? "" };
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
  const rule = table.find((r) => r.type === type);
  if (!rule) return undefined;
  const [a, b] = tokensOverlapping(doc.tokens, place.span.start, place.span.end);
  const first = doc.tokens[a];
  const last = b > a ? doc.tokens[b - 1] : undefined;
  if (!first || !last) return undefined;
  const mention: Mention = {
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
  return { mention, rule: rule.id };
}
