/**
 * Metadata of a news page, read from its markup before the article text is extracted: publication
 * date, canonical URL, outlet, language, byline and title, from `<meta>` tags, schema.org JSON-LD,
 * `itemprop` microdata and `<time>` elements. The date sources form a rule table in order of trust
 * ({@link PAGE_DATE_RULES}); the first one holding a real date wins.
 */
import { publicationDate } from "./publication-date.js";

/** One place a page can state its publication date. */
export interface PageDateRule {
  /** Stable kebab-case id, named in tests and docs. */
  readonly id: string;
  /** `meta`: a meta tag's key (name/property/itemprop, lower-case); `json-ld`: a key of the article object; `itemprop`: a microdata property; `time`: the `<time pubdate>`, or the `first` `<time>` (its `datetime`, else its text). */
  readonly source: "meta" | "json-ld" | "itemprop" | "time";
  readonly key: string;
}

/** Publication-date sources, most trusted first (explicit article metadata before visible text). */
export const PAGE_DATE_RULES: readonly PageDateRule[] = [
  { id: "meta-article-published-time", source: "meta", key: "article:published_time" },
  { id: "json-ld-date-published", source: "json-ld", key: "datePublished" },
  { id: "itemprop-date-published", source: "itemprop", key: "datePublished" },
  { id: "meta-og-published-time", source: "meta", key: "og:published_time" },
  { id: "meta-pubdate", source: "meta", key: "pubdate" },
  { id: "meta-publishdate", source: "meta", key: "publishdate" },
  { id: "meta-publish-date", source: "meta", key: "publish-date" },
  { id: "meta-dc-date-issued", source: "meta", key: "dc.date.issued" },
  { id: "meta-dcterms-issued", source: "meta", key: "dcterms.issued" },
  { id: "meta-dc-date", source: "meta", key: "dc.date" },
  { id: "meta-date", source: "meta", key: "date" },
  { id: "meta-sailthru-date", source: "meta", key: "sailthru.date" },
  { id: "meta-parsely-pub-date", source: "meta", key: "parsely-pub-date" },
  { id: "time-pubdate", source: "time", key: "pubdate" },
  { id: "time-first", source: "time", key: "first" },
];

/** What a page says about itself. `published` is the raw value the date was read from. */
export interface PageMetadata {
  readonly title?: string;
  readonly date?: string;
  readonly published?: string;
  /** Id of the {@link PAGE_DATE_RULES} row that gave the date. */
  readonly dateRule?: string;
  /** A stated publication date that is not a date (reported as `invalid-date`), when none was valid. */
  readonly invalidDate?: string;
  readonly url?: string;
  readonly outlet?: string;
  /** Declared language as written (BCP 47, e.g. `en-GB`). */
  readonly language?: string;
  readonly byline?: string;
}

/** A JSON-LD object, as parsed. */
type JsonObject = Readonly<Record<string, unknown>>;

/** Reads the metadata of a parsed page. */
export function readPageMetadata(document: Document): PageMetadata {
  const metas = metaValues(document);
  const ld = jsonLdArticle(document);
  const date = findDate(document, metas, ld);
  const url = [
    document.querySelector('link[rel="canonical"]')?.getAttribute("href"),
    metas.get("og:url"),
    str(ld?.["url"]),
  ]
    .map((value) => value?.trim())
    .find(isAbsoluteUrl);
  const fields: Record<string, string | undefined> = {
    title: first(metas.get("og:title"), str(ld?.["headline"]), document.title),
    url: url ?? undefined,
    outlet: first(
      metas.get("og:site_name"),
      nameOf(ld?.["publisher"]),
      metas.get("application-name"),
    ),
    language: first(
      document.documentElement?.getAttribute("lang") ?? undefined,
      metas.get("content-language"),
    ),
    byline: first(metas.get("author"), nameOf(ld?.["author"])),
    ...date,
  };
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ) as PageMetadata;
}

/** `<meta>` values by lower-case key (property, name, itemprop or http-equiv); the first one wins. */
function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of document.querySelectorAll("meta")) {
    const key = ["property", "name", "itemprop", "http-equiv"]
      .map((attr) => meta.getAttribute(attr))
      .find((value) => value !== null && value !== "");
    const content = meta.getAttribute("content");
    if (key && content !== null && content.trim() !== "" && !values.has(key.toLowerCase()))
      values.set(key.toLowerCase(), content.trim());
  }
  return values;
}

/** Applies the date rules in order: the first real date wins, else the first unreadable one is kept. */
function findDate(
  document: Document,
  metas: ReadonlyMap<string, string>,
  ld: JsonObject | undefined,
): Pick<PageMetadata, "date" | "published" | "dateRule" | "invalidDate"> {
  let invalid: string | undefined;
  for (const rule of PAGE_DATE_RULES) {
    const raw = ruleValue(rule, document, metas, ld)?.trim();
    if (raw === undefined || raw === "") continue;
    const date = publicationDate(raw);
    if (date !== undefined) return { date, published: raw, dateRule: rule.id };
    invalid ??= raw;
  }
  return invalid === undefined ? {} : { invalidDate: invalid };
}

function ruleValue(
  rule: PageDateRule,
  document: Document,
  metas: ReadonlyMap<string, string>,
  ld: JsonObject | undefined,
): string | undefined {
  switch (rule.source) {
    case "meta":
      return metas.get(rule.key);
    case "json-ld":
      return str(ld?.[rule.key]);
    case "itemprop": {
      const el = document.querySelector(`[itemprop="${rule.key}"]`);
      return el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? undefined;
    }
    case "time": {
      const selector = rule.key === "pubdate" ? "time[pubdate]" : "time";
      const el = document.querySelector(selector);
      return el?.getAttribute("datetime") ?? el?.textContent ?? undefined;
    }
  }
}

/** The page's schema.org article object (the first JSON-LD object with a `datePublished` or an *Article type). */
function jsonLdArticle(document: Document): JsonObject | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? "");
    } catch (error) {
      // Broken JSON-LD is common on real pages and only costs this one metadata source.
      if (error instanceof SyntaxError) continue;
      throw error;
    }
    const found = jsonObjects(parsed).find(
      (o) => "datePublished" in o || /Article|Posting/.test(String(o["@type"] ?? "")),
    );
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The objects of a JSON-LD value: itself, array members and `@graph` members (one level). */
function jsonObjects(value: unknown): JsonObject[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((item): JsonObject[] => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return [];
    const obj = item as JsonObject;
    const graph = obj["@graph"];
    return Array.isArray(graph) ? [obj, ...jsonObjects(graph)] : [obj];
  });
}

/** A person's or organisation's name: a string, `{name}`, or a list of those (joined). */
function nameOf(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .map((v) => (typeof v === "string" ? v : str((v as JsonObject | null)?.["name"])))
    .filter((v): v is string => v !== undefined && v.trim() !== "");
  return names.length === 0 ? undefined : names.join(", ");
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function first(...values: (string | null | undefined)[]): string | undefined {
  return values.map((v) => v?.trim()).find((v): v is string => v !== undefined && v !== "");
}

function isAbsoluteUrl(value: string | null | undefined): value is string {
  return typeof value === "string" && /^https?:\/\/\S+$/i.test(value);
}
