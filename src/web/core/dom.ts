/**
 * Tiny DOM builders. Every string becomes a text node or an attribute value, never markup: the
 * dashboard shows article text and API strings, so nothing here parses HTML (no innerHTML).
 */

/** What may be passed as a child: nodes, text, numbers, lists; null/undefined/false are skipped. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attribute values and listeners of {@link h} and {@link svg}. */
export type Props = Readonly<
  Record<string, string | number | boolean | undefined | ((event: Event) => void)>
>;

const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an HTML element with attributes (`on*` keys add listeners) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, props);
  append(el, children);
  return el;
}

/** Creates an SVG element with attributes and children. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, props);
  append(el, children);
  return el;
}

function apply(el: Element, props: Props): void {
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
}

/** Appends children (text as text nodes). */
export function append(el: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c as readonly Child[]);
    else if (typeof c === "string" || typeof c === "number")
      el.appendChild(document.createTextNode(String(c)));
    else el.appendChild(c as Node);
  }
}

/** Replaces all children of an element. */
export function replaceChildren(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/**
 * A link target taken from data (an article's URL): only http(s) URLs, so a `javascript:` URL in
 * stored data can never become a clickable script.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    // Not a URL at all: shown as text by the caller.
    return undefined;
  }
}
