/**
 * Stage contracts of the dyad pipeline. Every record here is plain, readonly and
 * JSON-serialisable; `pipeline.ts` is the only place that orders the stages.
 */

/** Version of the EventRecord shape; bump when a field changes meaning. */
export const RECORD_VERSION = 1;

/** A character range into an article's body text, with the text it covers. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Where a document came from, for error reports and provenance. */
export interface Origin {
  /** File path, or "-" for stdin. */
  readonly file: string;
  /** 1-based line number for line-oriented formats (jsonl). */
  readonly line?: number;
  /** The article's own URL (page URL, or the feed entry's link). */
  readonly url?: string;
  /** Outlet name: the feed's title, or the page's `og:site_name` / publisher. */
  readonly outlet?: string;
  /** Declared language as written by the source (`<html lang>`, feed `<language>`). */
  readonly language?: string;
  /** When the document was fetched over HTTP (ISO timestamp). */
  readonly fetchedAt?: string;
  /** Publication date as the source wrote it (timestamp, RFC 822 date...). */
  readonly published?: string;
  readonly byline?: string;
  /** URL of the feed a feed entry came from, when the feed was fetched. */
  readonly feed?: string;
  /** 0-based index of the entry in its feed, or of the page among a WARC file's pages. */
  readonly entry?: number;
  /** Hash of the feed entry's XML (what `dyad watch` remembers). */
  readonly entryHash?: string;
}

/** One news article after ingest. Evidence offsets point into `text`. */
export interface Article {
  /** The input's id, else a content hash. */
  readonly id: string;
  /** Body text (for the `article` format: everything after the header line and blank line). */
  readonly text: string;
  /**
   * Offset in `text` where the body starts, when `text` keeps a header that is not coded (an
   * `article` header line that is indented, so offsets stay those of the file as written).
   */
  readonly bodyStart?: number;
  readonly title?: string;
  /** Publication date, YYYY-MM-DD. */
  readonly date?: string;
  readonly url?: string;
  readonly source?: string;
  readonly origin: Origin;
}

/** Severity of a per-document problem: `error` means the document was not coded. */
export type IssueSeverity = "error" | "warning";

/** An expected per-document problem, returned as data (never thrown). */
export interface DocIssue {
  readonly severity: IssueSeverity;
  /** Stable kebab-case code, e.g. "invalid-utf8", "empty-body", "bad-json". */
  readonly code: string;
  readonly message: string;
  readonly origin: Origin;
  readonly articleId?: string;
}

/** One token, lossless: `text === doc.text.slice(start, end)`. */
export interface Token {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  /** wink-nlp lemma, lower-cased. */
  readonly lemma: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, ADP, ...). */
  readonly pos: string;
  /** Index of the sentence the token belongs to. */
  readonly sentence: number;
}

/** A sentence as a token range [firstToken, endToken) and a character range. */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly endToken: number;
}

/** Granularity of a resolved date: never finer than the text supports. */
export type DateGranularity = "day" | "week" | "month" | "year";

/** A date expression found in the text and resolved against the reference date. */
export interface TimeExpression {
  readonly span: Span;
  readonly sentence: number;
  /** YYYY-MM-DD for day/week (week: its Monday), YYYY-MM for month, YYYY for year. */
  readonly value: string;
  readonly granularity: DateGranularity;
  /** True when the expression is clearly before the reference date by more than a month. */
  readonly past: boolean;
}

/** A wire dateline, "BEIJING, Nov. 1 (Xinhua) --". */
export interface Dateline {
  readonly span: Span;
  readonly place: Span;
  readonly date?: { readonly span: Span; readonly value: string };
  readonly agency?: string;
}

/** An annotated article: tokens, sentences, dateline and dates. */
export interface Doc {
  readonly article: Article;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly dateline?: Dateline;
  /** The date relative expressions resolve against: dateline date, else publication date. */
  readonly refDate?: string;
  readonly dates: readonly TimeExpression[];
}

/** An actor as written in output records. */
export interface Entity {
  /** ISO 3166 alpha-3, or organisation/pseudo-country code (IGO, UNO, EUR, NGO, ...). */
  readonly code: string;
  /** PLOVER sector codes (GOV, MIL, ...). */
  readonly sector: readonly string[];
  /** The text of the mention this entity came from. */
  readonly entity_text: string;
  /** Canonical name (person, organisation or country). */
  readonly name?: string;
  readonly office?: string;
  /** Full actor code from a CAMEO dictionary (e.g. ARNGOV), when one coded it. */
  readonly code_full?: string;
}

/** What kind of phrase a mention is; decides how coreference may use it. */
export type MentionKind =
  "country" | "capital" | "organisation" | "person" | "group" | "role" | "pronoun" | "dictionary";

/** One actor mention in a document, resolved to an entity. */
export interface Mention {
  readonly id: number;
  readonly kind: MentionKind;
  readonly span: Span;
  readonly sentence: number;
  /** Token range [tokenStart, tokenEnd). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Token index of the head word (the noun the phrase is about). */
  readonly head: number;
  readonly entity: Entity;
  /**
   * True when the mention is only a modifier of a non-actor noun ("the Palestinian issue"):
   * such mentions name a topic, not a participant.
   */
  readonly modifierOnly: boolean;
  /** Id of the mention this one corefers with (surname, pronoun, role noun), if resolved. */
  readonly antecedent?: number;
  /** Rule that produced the mention (kebab-case id). */
  readonly rule: string;
}

/** The 16 PLOVER 2.0 event types, in the manual's order. */
export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;

/** One of the 16 PLOVER 2.0 event types. */
export type PloverType = (typeof PLOVER_TYPES)[number];

/** How sure the text is that the event happened. */
export type Modality = "asserted" | "negated" | "future" | "hypothetical" | "historical";

/** A place, from the gazetteer where it could be resolved. */
export interface Location {
  readonly text: string;
  /** ISO alpha-3 of the country, when known. */
  readonly country?: string;
  readonly admin1?: string;
  readonly lat?: number;
  readonly lon?: number;
  /** "event" when the text places the event there, "dateline" when it is only where the news was filed. */
  readonly source: "event" | "dateline";
}

/** Evidence: where in the body text each part of the event was read. */
export interface Evidence {
  readonly trigger: Span;
  readonly actor: readonly Span[];
  readonly recipient: readonly Span[];
  readonly date?: Span;
  readonly place?: Span;
  readonly attribution?: Span;
  /** The sentence the event was coded from. */
  readonly sentence: Span;
}

/** One coded event, as written by `dyad code` (PLOVER JSON with a CAMEO code alongside). */
export interface EventRecord {
  readonly version: number;
  /** Stable hash of the record's content. */
  readonly id: string;
  readonly article_id: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, per `date_granularity`; absent when unknown. */
  readonly date?: string;
  readonly date_granularity?: DateGranularity;
  readonly event: PloverType;
  readonly mode: readonly string[];
  readonly context: readonly string[];
  readonly quad_code: 1 | 2 | 3 | 4;
  readonly intensity: number;
  /** Most specific CAMEO code (2-4 digits) the evidence supports. */
  readonly cameo: string;
  readonly actor: readonly Entity[];
  readonly recipient: readonly Entity[];
  readonly location?: Location;
  readonly modality: Modality;
  /** Who said it, for reported speech. */
  readonly attribution?: Entity;
  readonly confidence: number;
  /** Id of the rule (or model) that fired. */
  readonly rule: string;
  readonly evidence: Evidence;
}

/** Result of coding one article: events plus the problems found, as data. */
export interface CodeResult {
  readonly article: Article;
  readonly events: readonly EventRecord[];
  readonly issues: readonly DocIssue[];
}
