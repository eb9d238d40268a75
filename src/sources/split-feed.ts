/**
 * Cuts a feed document into its header (the feed with its entries removed) and one XML chunk per
 * entry (`<item>` in RSS 2.0 and RSS 1.0, `<entry>` in Atom), so that each entry is parsed on its
 * own and one malformed entry costs only itself. One linear scan; comments and CDATA sections are
 * skipped so markup quoted inside them is not mistaken for entry boundaries.
 */

/** Which feed dialect the root element announces. */
export type FeedKind = "rss" | "rdf" | "atom";

/** One entry's XML, where it starts, and whether its closing tag was found. */
export interface EntryChunk {
  readonly xml: string;
  /** 1-based line of the entry's start tag in the feed. */
  readonly line: number;
  readonly complete: boolean;
}

/** A feed cut into header and entries. */
export interface FeedParts {
  readonly kind: FeedKind;
  readonly header: string;
  readonly entries: readonly EntryChunk[];
}

const ROOTS: ReadonlyMap<string, FeedKind> = new Map([
  ["rss", "rss"],
  ["rdf:RDF", "rdf"],
  ["feed", "atom"],
]);

/** Splits a feed; undefined when the root element is not `rss`, `rdf:RDF` or `feed`. */
export function splitFeed(xml: string): FeedParts | undefined {
  const kind = ROOTS.get(rootElement(xml) ?? "");
  if (kind === undefined) return undefined;
  const tag = kind === "atom" ? "entry" : "item";
  const lines = new LineCounter(xml);
  const entries: EntryChunk[] = [];
  const header: string[] = [];
  let headerStart = 0;
  let pos = 0;
  for (let lt = xml.indexOf("<", pos); lt !== -1; lt = xml.indexOf("<", pos)) {
    const skipped = skipOpaque(xml, lt);
    if (skipped !== undefined) {
      pos = skipped;
      continue;
    }
    if (!isTag(xml, lt + 1, tag)) {
      pos = lt + 1;
      continue;
    }
    const { end, complete } = entryEnd(xml, lt, tag);
    header.push(xml.slice(headerStart, lt));
    entries.push({ xml: xml.slice(lt, end), line: lines.lineAt(lt), complete });
    headerStart = pos = end;
  }
  header.push(xml.slice(headerStart));
  return { kind, header: header.join(""), entries };
}

/** Name of the first element, after the XML declaration, comments, processing instructions and doctype. */
export function rootElement(xml: string): string | undefined {
  let pos = 0;
  for (let lt = xml.indexOf("<", pos); lt !== -1; lt = xml.indexOf("<", pos)) {
    const skipped = skipOpaque(xml, lt) ?? skipDeclaration(xml, lt);
    if (skipped !== undefined) {
      pos = skipped;
      continue;
    }
    const name = /^[A-Za-z_][\w.:-]*/.exec(xml.slice(lt + 1, lt + 101));
    return name?.[0];
  }
  return undefined;
}

/** End of a comment or CDATA section starting at `lt`, or undefined when none starts there. */
function skipOpaque(xml: string, lt: number): number | undefined {
  const close = xml.startsWith("<!--", lt) ? "-->" : xml.startsWith("<![CDATA[", lt) ? "]]>" : "";
  if (close === "") return undefined;
  const end = xml.indexOf(close, lt + 4);
  return end === -1 ? xml.length : end + close.length;
}

/** End of `<?...?>` or `<!DOCTYPE ...>` at `lt` (internal subsets with `]>` included). */
function skipDeclaration(xml: string, lt: number): number | undefined {
  if (xml.startsWith("<?", lt)) {
    const end = xml.indexOf("?>", lt + 2);
    return end === -1 ? xml.length : end + 2;
  }
  if (!xml.startsWith("<!", lt)) return undefined;
  const subset = xml.indexOf("[", lt);
  const gt = xml.indexOf(">", lt);
  if (subset !== -1 && gt !== -1 && subset < gt) {
    const end = xml.indexOf("]>", subset);
    return end === -1 ? xml.length : end + 2;
  }
  return gt === -1 ? xml.length : gt + 1;
}

/** True when `name` starts at `at` and is followed by a character that ends a tag name. */
function isTag(xml: string, at: number, name: string): boolean {
  if (!xml.startsWith(name, at)) return false;
  const next = xml.charCodeAt(at + name.length);
  // whitespace, `>` or `/`
  return (
    next === 0x20 ||
    next === 0x09 ||
    next === 0x0a ||
    next === 0x0d ||
    next === 0x3e ||
    next === 0x2f
  );
}

/**
 * Finds the end of the entry starting at `start`: after its closing tag (or its own `/>`), else
 * at the next entry's start tag or the end of the document (then `complete` is false).
 */
function entryEnd(xml: string, start: number, tag: string): { end: number; complete: boolean } {
  const gt = xml.indexOf(">", start);
  if (gt === -1) return { end: xml.length, complete: false };
  if (xml.charCodeAt(gt - 1) === 0x2f) return { end: gt + 1, complete: true };
  let pos = gt + 1;
  for (let lt = xml.indexOf("<", pos); lt !== -1; lt = xml.indexOf("<", pos)) {
    const skipped = skipOpaque(xml, lt);
    if (skipped !== undefined) {
      // A CDATA section or comment holding this entry's end tag and then the next entry's start
      // tag was never closed: it ran on until some later `]]>` or `-->`. The entry ends (broken)
      // where the next one starts. (Markup merely quoted in a description holds no such pair.)
      const next = runOnEntry(xml, lt + 4, skipped, tag);
      if (next !== undefined) return { end: next, complete: false };
      pos = skipped;
      continue;
    }
    if (xml.charCodeAt(lt + 1) === 0x2f && isTag(xml, lt + 2, tag)) {
      const close = xml.indexOf(">", lt);
      return close === -1
        ? { end: xml.length, complete: false }
        : { end: close + 1, complete: true };
    }
    if (isTag(xml, lt + 1, tag)) return { end: lt, complete: false };
    pos = lt + 1;
  }
  return { end: xml.length, complete: false };
}

/** Offset of a `<tag` start tag after a `</tag` end tag within [from, to), if any. */
function runOnEntry(xml: string, from: number, to: number, tag: string): number | undefined {
  const close = xml.indexOf(`</${tag}`, from);
  if (close === -1 || close >= to) return undefined;
  let at = xml.indexOf(`<${tag}`, close);
  while (at !== -1 && at < to) {
    if (isTag(xml, at + 1, tag)) return at;
    at = xml.indexOf(`<${tag}`, at + 1);
  }
  return undefined;
}

/** Line numbers of increasing offsets, counted incrementally (one pass over the text in all). */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  /** The 1-based line of `offset`; offsets must not decrease between calls. */
  lineAt(offset: number): number {
    for (let nl = this.text.indexOf("\n", this.offset); nl !== -1 && nl < offset;) {
      this.line++;
      nl = this.text.indexOf("\n", nl + 1);
    }
    this.offset = offset;
    return this.line;
  }
}
