/**
 * RSS and Atom feeds as articles: one article per entry, with the entry's title, link, date and
 * author and the feed's title (outlet) and language. An entry with only a short summary is coded
 * from its linked page when fetching is on, else from the summary (with a warning). A malformed
 * entry is reported with its line and the others are still read.
 */
import type { DocIssue, Origin } from "../core/types.js";
import { parseFeed, type FeedEntry, type ParsedFeed } from "../sources/parse-feed.js";
import { publicationDate } from "../sources/publication-date.js";
import { decodeBytes } from "./decode-text.js";
import { finishArticle, type RunState } from "./finish-article.js";
import { ingestIssue } from "./ingest-issues.js";
import type { IngestItem } from "./ingest-types.js";
import type { RecordFields } from "./parse-jsonl-record.js";
import { fetchLinkedPage, optional, type LinkedPage } from "./read-html.js";
import type { ReadSettings } from "./read-source.js";

/**
 * Rule `feed-summary-only`: an entry without full content (`content:encoded`, Atom `content`)
 * whose description is shorter than this many characters is a summary, not the article.
 */
export const FULL_TEXT_CHARS = 400;

/** Rule `feed-entry-id`: a `guid`/`id` that is a URI (`https:`, `urn:`, `tag:`) is globally unique. */
const URI = /^[a-z][a-z0-9+.-]*:\S/i;

/** Yields the articles and issues of one feed document. */
export async function* readFeed(
  bytes: Uint8Array,
  origin: Origin,
  settings: ReadSettings,
  state: RunState,
): AsyncGenerator<IngestItem> {
  const decoded = decodeBytes(bytes);
  if (decoded.warning !== undefined) {
    const message = `feed is not valid ${decoded.warning === "invalid-utf8" ? "UTF-8; decoded as windows-1252" : "UTF-16; bad units replaced"}`;
    yield issueItem(ingestIssue(decoded.warning, message, origin));
  }
  const feed = parseFeed(decoded.text);
  if (feed === undefined) {
    const message = "not an RSS or Atom feed (root element is not rss, rdf:RDF or feed)";
    yield issueItem(ingestIssue("not-a-feed", message, origin));
    return;
  }
  if (feed.entries.length === 0)
    yield issueItem(ingestIssue("no-entries", `${feed.kind} feed has no entries`, origin));
  // Entries have their own URLs; the feed's is kept as `feed`.
  const { url: feedUrl, ...feedOrigin } = origin;
  const base: Origin = feedUrl === undefined ? feedOrigin : { ...feedOrigin, feed: feedUrl };
  for (const entry of feed.entries) {
    const where: Origin = { ...base, line: entry.line, entry: entry.index };
    if ("error" in entry) {
      const message = `entry ${entry.index + 1}: ${entry.error}; entry skipped`;
      yield issueItem(ingestIssue("bad-feed-entry", message, where));
      continue;
    }
    if (settings.skipEntry?.(entry.hash) === true) continue;
    const link = absoluteLink(entry.link, feed.link ?? feedUrl);
    const absolute = link === undefined ? entry : { ...entry, link };
    yield* readEntry(feed, absolute, { ...where, entryHash: entry.hash }, settings, state);
  }
}

/** Builds one entry's article: its text from the entry, the linked page, or the summary. */
async function* readEntry(
  feed: ParsedFeed,
  entry: FeedEntry,
  base: Origin,
  settings: ReadSettings,
  state: RunState,
): AsyncGenerator<IngestItem> {
  const warnings: DocIssue[] = [];
  const origin: Origin = {
    ...base,
    ...optional({
      url: entry.link,
      outlet: feed.title,
      language: feed.language,
      published: entry.published,
      byline: entry.author,
    }),
  };
  const full = entry.body ?? (isFullText(entry.summary) ? entry.summary : undefined);
  const body =
    full === undefined ? await linkedOrSummary(entry, origin, settings, warnings) : { text: full };
  if ("severity" in body) {
    yield issueItem(body);
    return;
  }
  const page = body.page;
  const pageOrigin =
    page === undefined ? origin : { ...origin, url: page.url, fetchedAt: page.fetchedAt };
  const fields: RecordFields = {
    text: body.text,
    ...optional({
      id: entryId(entry),
      title: entry.title ?? page?.page.title,
      date: entryDate(entry, pageOrigin, warnings) ?? page?.page.date,
      url: entry.link ?? page?.url,
      source: feed.title ?? page?.page.outlet,
    }),
  };
  yield* finishArticle(fields, pageOrigin, warnings, state);
}

/** The text of a summary-only entry: the linked page (when fetching), else the summary. */
async function linkedOrSummary(
  entry: FeedEntry,
  origin: Origin,
  settings: ReadSettings,
  warnings: DocIssue[],
): Promise<{ text: string; page?: Extract<LinkedPage, { ok: true }> } | DocIssue> {
  if (settings.fetchLinked && entry.link !== undefined) {
    const page = await fetchLinkedPage(entry.link, settings.http);
    if (page.ok) return { text: page.page.text, page };
    if (entry.summary === undefined) return ingestIssue(page.code, page.message, origin);
    const message = `linked page not read (${page.code}: ${page.message}); the summary is coded`;
    warnings.push(ingestIssue("page-not-fetched", message, origin));
    return { text: entry.summary };
  }
  if (entry.summary === undefined) {
    const message = "entry has a title but no text; fetch its linked page to code it";
    return ingestIssue("empty-body", message, origin);
  }
  const message = `entry has only a ${entry.summary.length}-character summary${settings.fetchLinked ? " and no link" : "; fetch the linked page for the full text"}`;
  warnings.push(ingestIssue("summary-only", message, origin));
  return { text: entry.summary };
}

/** An entry link made absolute against the feed's own link or URL (some feeds use "/world/x"). */
function absoluteLink(link: string | undefined, base: string | undefined): string | undefined {
  if (link === undefined || /^[a-z][a-z0-9+.-]*:/i.test(link)) return link;
  return base !== undefined && URL.canParse(link, base) ? new URL(link, base).href : link;
}

function isFullText(summary: string | undefined): boolean {
  return summary !== undefined && summary.length >= FULL_TEXT_CHARS;
}

/** The entry's id: its guid/id when that is a URI, else its link, else none (content hash). */
function entryId(entry: FeedEntry): string | undefined {
  if (entry.id !== undefined && URI.test(entry.id)) return entry.id;
  return entry.link;
}

/** The entry's publication date; an unreadable one is dropped with `invalid-date`. */
function entryDate(entry: FeedEntry, origin: Origin, warnings: DocIssue[]): string | undefined {
  if (entry.published === undefined) return undefined;
  const date = publicationDate(entry.published);
  if (date === undefined) {
    const message = `entry date ${JSON.stringify(entry.published)} is not a date; ignored`;
    warnings.push(ingestIssue("invalid-date", message, origin));
  }
  return date;
}

function issueItem(issue: DocIssue): IngestItem {
  return { kind: "issue", issue };
}
