/**
 * The XML parser feeds are read with (fast-xml-parser, configured once) and helpers that read its
 * output: plain values, attributes, and the text of elements that may hold HTML.
 */
import { XMLParser } from "fast-xml-parser";
import { htmlToText } from "./html-text.js";

/** A parsed XML value: a string, an element object, or a list of repeated elements. */
export type XmlValue = string | XmlObject | readonly XmlValue[] | undefined;
/** An element as fast-xml-parser returns it: children by name, `@_` attributes, `#text`. */
export interface XmlObject {
  readonly [key: string]: XmlValue;
}

/**
 * Elements kept as raw markup (stop nodes): their content is HTML or XHTML, escaped or in CDATA,
 * and is turned into text by {@link markupText} rather than parsed as XML.
 */
const MARKUP_ELEMENTS = ["title", "description", "content:encoded", "content", "summary"];

let parser: XMLParser | undefined;

/** Parses one XML chunk (a feed header or one entry); throws on malformed XML. */
export function parseXml(xml: string): XmlObject {
  parser ??= new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: true,
    stopNodes: MARKUP_ELEMENTS.map((name) => `*.${name}`),
  });
  return parser.parse(xml) as XmlObject;
}

/** The element (or first of repeated elements) named `key`. */
export function child(value: XmlValue, key: string): XmlValue {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const found = (value as XmlObject)[key];
  return Array.isArray(found) ? (found as readonly XmlValue[])[0] : found;
}

/** Every element named `key` (repeated elements come as a list). */
export function children(value: XmlValue, key: string): XmlValue[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const found = (value as XmlObject)[key];
  if (found === undefined) return [];
  return Array.isArray(found) ? [...(found as readonly XmlValue[])] : [found];
}

/** An attribute of an element. */
export function attr(value: XmlValue, name: string): string | undefined {
  const found = child(value, `@_${name}`);
  return typeof found === "string" ? found : undefined;
}

/** The trimmed text of a plain element (`<link>x</link>` or `<guid isPermaLink="false">x</guid>`). */
export function plain(value: XmlValue): string | undefined {
  if (Array.isArray(value)) return plain((value as readonly XmlValue[])[0]);
  const text = typeof value === "string" ? value : child(value, "#text");
  return typeof text === "string" && text.trim() !== "" ? text.trim() : undefined;
}

/** Plain text of a markup element (HTML escaped, in CDATA, or inline XHTML). */
export function markupText(value: XmlValue): string | undefined {
  const raw = plain(value);
  if (raw === undefined) return undefined;
  const text = htmlToText(rawXmlToHtml(raw));
  return text === "" ? undefined : text;
}

const XML_ENTITY = /&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/** Markup in a feed element that cannot be read (thrown by {@link markupText}). */
export class MalformedMarkup extends Error {
  override readonly name = "MalformedMarkup";
}

/**
 * The HTML a raw stop-node holds: CDATA sections as they are, and outside them XML's own
 * entities decoded (so escaped HTML `&lt;p&gt;` becomes markup) while HTML's named entities
 * (`&mdash;`) are left for the HTML parser. Throws {@link MalformedMarkup} for an unterminated
 * CDATA section, including one that ran on into the next CDATA section (it then holds a
 * `<![CDATA[`): its content would otherwise swallow the following elements as text.
 */
export function rawXmlToHtml(raw: string): string {
  let out = "";
  let last = 0;
  for (const match of raw.matchAll(CDATA)) {
    const outside = raw.slice(last, match.index);
    const inside = match[1] ?? "";
    if (outside.includes("<![CDATA[") || inside.includes("<![CDATA["))
      throw new MalformedMarkup("unterminated CDATA section");
    out += decodeXmlEntities(outside) + inside;
    last = match.index + match[0].length;
  }
  const rest = raw.slice(last);
  if (rest.includes("<![CDATA[")) throw new MalformedMarkup("unterminated CDATA section");
  return out + decodeXmlEntities(rest);
}

function decodeXmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(XML_ENTITY, (whole, name: string) => {
    if (name === "lt") return "<";
    if (name === "gt") return ">";
    if (name === "amp") return "&";
    if (name === "quot") return '"';
    if (name === "apos") return "'";
    const code = name.startsWith("#x") ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}
