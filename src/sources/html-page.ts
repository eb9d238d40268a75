/**
 * Extraction of a news article from an HTML page: the main text with @mozilla/readability over a
 * linkedom DOM, converted to paragraphs of plain text, plus the page's metadata (title, byline,
 * publication date, canonical URL, outlet, language).
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { nodeToText } from "./html-text.js";
import { readPageMetadata, type PageMetadata } from "./page-metadata.js";
import { publicationDate } from "./publication-date.js";

/**
 * Rule `page-has-paragraph`: extracted text counts as an article only when some paragraph has at
 * least this many characters; menus, link lists and cookie banners are made of shorter lines.
 */
export const MIN_PARAGRAPH_CHARS = 60;

/**
 * Rule `page-max-depth`: Readability's cost grows with the cube of the element nesting depth
 * (measured: depth 250 takes ~0.8 s, 500 ~5 s, 1000 ~30 s). Real article pages nest 20-60 deep;
 * deeper markup (usually unclosed `<div>`s) is read from its `<p>` elements instead.
 */
export const MAX_READABILITY_DEPTH = 100;

/** An extracted article page: its text and metadata (Readability's title and byline preferred). */
export interface HtmlPage extends PageMetadata {
  readonly text: string;
  /** Nesting depth, when it was over {@link MAX_READABILITY_DEPTH} and `<p>` text was used. */
  readonly deepMarkup?: number;
}

/** Outcome of extraction: the page, or why it holds no article. */
export type PageExtraction =
  | { readonly ok: true; readonly page: HtmlPage }
  | { readonly ok: false; readonly code: "no-article-body" | "bad-html"; readonly message: string };

/** Extracts the article of an HTML page. */
export function extractHtmlPage(html: string): PageExtraction {
  let read: { meta: PageMetadata; body: Body };
  try {
    read = readPage(html);
  } catch (error) {
    // The parsers are third-party code fed hostile input; a failure there is this page's problem.
    if (!(error instanceof Error)) throw error;
    return { ok: false, code: "bad-html", message: `HTML could not be parsed: ${error.message}` };
  }
  const { meta, body } = read;
  if (!hasParagraph(body.text)) {
    const message = `no article text found (no paragraph of ${MIN_PARAGRAPH_CHARS}+ characters)`;
    return { ok: false, code: "no-article-body", message };
  }
  const title = body.title?.trim() || meta.title;
  const byline = bylineOf(body.byline) ?? meta.byline;
  const page: HtmlPage = {
    ...meta,
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
    ...(body.depth > MAX_READABILITY_DEPTH ? { deepMarkup: body.depth } : {}),
    text: body.text,
  };
  return { ok: true, page };
}

/**
 * Readability's byline, unless it is a date: it takes elements classed `dateline` for bylines,
 * and news pages put the publication date in those.
 */
function bylineOf(candidate: string | null | undefined): string | undefined {
  const byline = candidate?.trim();
  return byline && publicationDate(byline) === undefined ? byline : undefined;
}

/** The article part of a page: its text, Readability's title and byline, the markup depth. */
interface Body {
  readonly text: string;
  readonly title?: string | null | undefined;
  readonly byline?: string | null | undefined;
  readonly depth: number;
}

function readPage(html: string): { meta: PageMetadata; body: Body } {
  const document = parseDocument(html);
  // Metadata first: Readability rewrites the DOM it reads.
  const meta = readPageMetadata(document);
  const depth = maxDepth(document.documentElement);
  if (depth > MAX_READABILITY_DEPTH) {
    const paragraphs = [...document.querySelectorAll("p")].map((p) => nodeToText(p));
    return { meta, body: { text: paragraphs.filter((p) => p !== "").join("\n\n"), depth } };
  }
  // JSON-LD is read by readPageMetadata already.
  const article = new Readability<Node>(document, {
    serializer: (node) => node,
    disableJSONLD: true,
  }).parse();
  const text = article?.content ? nodeToText(article.content) : "";
  return { meta, body: { text, title: article?.title, byline: article?.byline, depth } };
}

/** Deepest element nesting under `root`, walked iteratively (hostile pages nest thousands deep). */
function maxDepth(root: Element): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [el, depth] = item;
    if (depth > deepest) deepest = depth;
    for (const child of el.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Parses a page, giving it `<html>`, `<head>` and `<body>` when the markup lacks them. */
function parseDocument(html: string): Document {
  const parsed = parseHTML(html).document;
  const root = parsed.documentElement as Element | null;
  if (root?.localName === "html" && childNamed(root, "body") && childNamed(root, "head"))
    return parsed;
  // Fragments and pages without <body> make the DOM's `body` getter throw inside Readability.
  const wrapped = parseHTML(
    `<!DOCTYPE html><html><head></head><body>${root?.localName === "html" ? root.innerHTML : html}</body></html>`,
  ).document;
  if (root?.localName === "html") {
    const lang = root.getAttribute("lang");
    if (lang !== null) wrapped.documentElement.setAttribute("lang", lang);
  }
  return wrapped;
}

function childNamed(parent: Element, name: string): boolean {
  for (const child of parent.children) if (child.localName === name) return true;
  return false;
}

function hasParagraph(text: string): boolean {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf("\n\n", start);
    const stop = end === -1 ? text.length : end;
    if (stop - start >= MIN_PARAGRAPH_CHARS) return true;
    start = stop + 2;
  }
  return false;
}
