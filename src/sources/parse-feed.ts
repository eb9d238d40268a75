/**
 * Parser of RSS 2.0, RSS 1.0 (RDF) and Atom feeds into plain entries. Each entry is parsed on its
 * own (see split-feed.ts): a malformed entry becomes an {@link EntryError} and the others are read.
 */
import { createHash } from "node:crypto";
import {
  attr,
  child,
  children,
  MalformedMarkup,
  markupText,
  parseXml,
  plain,
  type XmlObject,
  type XmlValue,
} from "./feed-values.js";
import { splitFeed, type EntryChunk, type FeedKind } from "./split-feed.js";

/** One feed entry, as plain text fields (HTML already turned into text). */
export interface FeedEntry {
  /** 0-based position among the feed's entries. */
  readonly index: number;
  /** 1-based line of the entry in the feed. */
  readonly line: number;
  /** Hash of the entry's XML (`sha256` prefix, 16 hex digits): equal entries, equal hashes. */
  readonly hash: string;
  /** RSS `guid` or Atom `id`. */
  readonly id?: string;
  readonly title?: string;
  readonly link?: string;
  /** Publication date as written (`pubDate`, `dc:date`, Atom `published`, else `updated`). */
  readonly published?: string;
  /** Full text (`content:encoded`, Atom `content`). */
  readonly body?: string;
  /** Summary (`description`, Atom `summary`). */
  readonly summary?: string;
  readonly author?: string;
}

/** An entry that could not be read, and why. */
export interface EntryError {
  readonly index: number;
  readonly line: number;
  readonly error: string;
}

/** A parsed feed: its own fields and its entries in document order. */
export interface ParsedFeed {
  readonly kind: FeedKind;
  readonly title?: string;
  readonly link?: string;
  readonly language?: string;
  readonly entries: readonly (FeedEntry | EntryError)[];
}

/** Parses a feed document; undefined when its root element is not a feed's. */
export function parseFeed(xml: string): ParsedFeed | undefined {
  const parts = splitFeed(xml);
  if (parts === undefined) return undefined;
  const entries = parts.entries.map((chunk, index) => readEntry(chunk, index, parts.kind));
  return { kind: parts.kind, ...readHeader(parts.header, parts.kind), entries };
}

/** Title, link and language of the feed; a header that does not parse just has none. */
function readHeader(
  header: string,
  kind: FeedKind,
): Pick<ParsedFeed, "title" | "link" | "language"> {
  let doc: XmlObject;
  try {
    doc = parseXml(header);
  } catch (error) {
    // Entries are what matter; a broken channel element only loses the outlet name.
    if (error instanceof Error) return {};
    throw error;
  }
  const channel =
    kind === "atom"
      ? child(doc, "feed")
      : kind === "rdf"
        ? child(child(doc, "rdf:RDF"), "channel")
        : child(child(doc, "rss"), "channel");
  const title = headerTitle(child(channel, "title"));
  const link = kind === "atom" ? atomLink(channel) : plain(child(channel, "link"));
  const language =
    kind === "atom"
      ? attr(channel, "xml:lang")
      : (plain(child(channel, "language")) ?? plain(child(channel, "dc:language")));
  return {
    ...(title === undefined ? {} : { title }),
    ...(link === undefined ? {} : { link }),
    ...(language === undefined ? {} : { language }),
  };
}

/** The feed's title; unreadable markup there only loses the outlet name. */
function headerTitle(value: XmlValue): string | undefined {
  try {
    return markupText(value);
  } catch (error) {
    if (error instanceof MalformedMarkup) return undefined;
    throw error;
  }
}

/** Reads one entry chunk, or explains why it cannot be read. */
function readEntry(chunk: EntryChunk, index: number, kind: FeedKind): FeedEntry | EntryError {
  const where = { index, line: chunk.line };
  if (!chunk.complete) return { ...where, error: "entry is not closed (no end tag)" };
  let doc: XmlObject;
  try {
    doc = parseXml(chunk.xml);
  } catch (error) {
    // fast-xml-parser throws plain Errors for malformed XML: that is this entry's problem only.
    if (!(error instanceof Error)) throw error;
    return { ...where, error: `malformed XML: ${error.message}` };
  }
  const hash = `sha256:${createHash("sha256").update(chunk.xml).digest("hex").slice(0, 16)}`;
  let fields: EntryFields;
  try {
    fields = kind === "atom" ? atomFields(child(doc, "entry")) : rssFields(child(doc, "item"));
  } catch (error) {
    if (!(error instanceof MalformedMarkup)) throw error;
    return { ...where, error: `malformed markup: ${error.message}` };
  }
  const entry: FeedEntry = { ...where, hash, ...defined(fields) };
  if (entry.title === undefined && entry.body === undefined && entry.summary === undefined)
    return { ...where, error: "entry has no title and no text" };
  return entry;
}

type EntryFields = { [K in keyof Omit<FeedEntry, "index" | "line" | "hash">]: string | undefined };

function rssFields(item: XmlValue): EntryFields {
  const guid = child(item, "guid");
  const guidText = plain(guid);
  const permalink =
    attr(guid, "isPermaLink") !== "false" &&
    guidText !== undefined &&
    /^https?:\/\//i.test(guidText)
      ? guidText
      : undefined;
  return {
    id: guidText ?? plain(child(item, "dc:identifier")),
    title: markupText(child(item, "title")),
    link: plain(child(item, "link")) ?? permalink,
    published: plain(child(item, "pubDate")) ?? plain(child(item, "dc:date")),
    body: markupText(child(item, "content:encoded")),
    summary: markupText(child(item, "description")),
    author: plain(child(item, "dc:creator")) ?? plain(child(item, "author")),
  };
}

function atomFields(entry: XmlValue): EntryFields {
  // Content with `src` points elsewhere and holds no text.
  const content = child(entry, "content");
  return {
    id: plain(child(entry, "id")),
    title: markupText(child(entry, "title")),
    link: atomLink(entry),
    published: plain(child(entry, "published")) ?? plain(child(entry, "updated")),
    body: attr(content, "src") === undefined ? markupText(content) : undefined,
    summary: markupText(child(entry, "summary")),
    author: children(entry, "author")
      .map((a) => plain(child(a, "name")))
      .filter((name): name is string => name !== undefined)
      .join(", "),
  };
}

/** The `alternate` link of an Atom feed or entry (a link without `rel` is alternate). */
function atomLink(value: XmlValue): string | undefined {
  const links = children(value, "link");
  const alternate = links.find((l) => (attr(l, "rel") ?? "alternate") === "alternate");
  const href = attr(alternate ?? links[0], "href")?.trim();
  return href === undefined || href === "" ? undefined : href;
}

/** Drops undefined and empty fields, so optional properties are absent rather than undefined. */
function defined(fields: EntryFields): Partial<Record<keyof EntryFields, string>> {
  const out: Partial<Record<keyof EntryFields, string>> = {};
  for (const [key, value] of Object.entries(fields) as [keyof EntryFields, string | undefined][])
    if (value !== undefined && value !== "") out[key] = value;
  return out;
}
