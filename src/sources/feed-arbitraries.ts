/**
 * Test helper: fast-check generators of feed documents, well-formed and damaged, for the property
 * tests of the feed parser and of ingest.
 */
import fc from "fast-check";

/** Text that stresses XML and HTML handling: markup characters, entities, CDATA ends, unicode. */
export const trickyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.constantFrom(
    "AT&T",
    "a < b",
    "x]]>y",
    "&amp;amp;",
    "&mdash;",
    "<b>bold</b>",
    "é ü 中文",
    "\u0000",
    "&#0;",
    "&#x110000;",
  ),
  fc.lorem({ maxCount: 30 }),
);

const textElement = (name: string): fc.Arbitrary<string> =>
  fc.oneof(
    trickyText.map((t) => `<${name}>${t}</${name}>`),
    trickyText.map((t) => `<${name}><![CDATA[<p>${t}</p>]]></${name}>`),
    trickyText.map(
      (t) =>
        `<${name}>&lt;p&gt;${t.replace(/&/g, "&amp;").replace(/</g, "&lt;")}&lt;/p&gt;</${name}>`,
    ),
    fc.constant(""),
  );

/** One RSS item or Atom entry, possibly damaged. */
const entry = (kind: "rss" | "atom"): fc.Arbitrary<string> =>
  fc
    .tuple(
      textElement("title"),
      textElement(kind === "rss" ? "description" : "summary"),
      textElement(kind === "rss" ? "content:encoded" : "content"),
      fc.constantFrom(
        "",
        "<link>https://w.example/a</link>",
        '<link href="https://w.example/b"/>',
        "<guid>urn:x:1</guid>",
        "<id>tag:w,2024:1</id>",
      ),
      fc.constantFrom(
        "",
        "<pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate>",
        "<published>2024-05-14T10:00:00Z</published>",
        "<pubDate>never</pubDate>",
      ),
    )
    .map((parts) => {
      const tag = kind === "rss" ? "item" : "entry";
      return `<${tag}>${parts.join("\n")}</${tag}>`;
    });

/** A well-formed feed document (its texts may still hold odd characters). */
export const wellFormedFeed: fc.Arbitrary<string> = fc
  .constantFrom("rss" as const, "atom" as const)
  .chain((kind) => fc.tuple(fc.constant(kind), fc.array(entry(kind), { maxLength: 6 })))
  .map(([kind, entries]) => {
    const body = entries.join("\n");
    return kind === "rss"
      ? `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>\n${body}\n</channel></rss>`
      : `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>\n${body}\n</feed>`;
  });

/** A feed document, well-formed or with a range of characters cut out of it. */
export const feedDocument: fc.Arbitrary<string> = fc
  .tuple(wellFormedFeed, fc.option(fc.tuple(fc.nat(), fc.nat({ max: 40 })), { nil: undefined }))
  .map(([doc, damage]) => {
    if (damage === undefined) return doc;
    const at = damage[0] % (doc.length + 1);
    return doc.slice(0, at) + doc.slice(at + damage[1]);
  });
