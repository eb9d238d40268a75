/**
 * Plain text from HTML: paragraphs (block elements) separated by a blank line, `<br>` as a line
 * break, whitespace inside a paragraph collapsed, entities decoded by the HTML parser (linkedom),
 * and non-prose elements (scripts, styles, forms, captions, navigation) left out. A blank line is
 * what the annotate stage treats as a forced sentence break, so paragraphs never run together.
 */
import { parseHTML } from "linkedom";

/** Elements that start and end a paragraph. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  "address",
  "article",
  "blockquote",
  "caption",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "footer",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

/**
 * Elements whose content is not article prose: code, styling, embedded objects, form controls,
 * photo captions (they describe a picture, not the story) and site furniture.
 */
const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  "aside",
  "audio",
  "button",
  "canvas",
  "embed",
  "figcaption",
  "form",
  "head",
  "iframe",
  "input",
  "link",
  "meta",
  "nav",
  "noscript",
  "object",
  "script",
  "select",
  "style",
  "svg",
  "template",
  "textarea",
  "title",
  "video",
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** Converts an HTML fragment (a feed description, an article body) to plain text. */
export function htmlToText(html: string): string {
  // Most feed titles and many summaries hold no markup at all: skip the parser for them.
  if (!html.includes("<") && !html.includes("&")) return tidy(collapse(html));
  const { document } = parseHTML(html);
  return nodeToText(document as unknown as Node);
}

/** Converts a DOM node and its descendants to plain text (see the module comment). */
export function nodeToText(root: Node): string {
  const parts: string[] = [];
  // Iterative walk: hostile pages nest elements deeply enough to overflow a recursive one.
  const stack: (Node | string)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (typeof item === "string") {
      parts.push(item);
      continue;
    }
    if (item.nodeType === TEXT_NODE || item.nodeType === CDATA_NODE) {
      parts.push(collapse(item.nodeValue ?? ""));
      continue;
    }
    if (item !== root && item.nodeType !== ELEMENT_NODE) continue;
    const name = item.nodeType === ELEMENT_NODE ? (item as Element).localName.toLowerCase() : "";
    if (SKIPPED_ELEMENTS.has(name)) continue;
    if (name === "br") {
      parts.push("\n");
      continue;
    }
    const block = BLOCK_ELEMENTS.has(name);
    if (block) {
      parts.push("\n\n");
      stack.push("\n\n");
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  return tidy(parts.join(""));
}

/** HTML whitespace collapsing: any run of spaces, tabs and newlines is one space. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, " ");
}

/**
 * Joins spaces left by adjacent text nodes, trims every line, keeps at most one blank line between
 * paragraphs, trims the whole.
 */
function tidy(text: string): string {
  return text
    .replace(/ {2,}/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
