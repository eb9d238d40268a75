import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-text.js";

describe("htmlToText", () => {
  it.each([
    {
      name: "plain text, whitespace collapsed",
      html: "  Ministers  met\n in Lima. ",
      text: "Ministers met in Lima.",
    },
    {
      name: "paragraphs become blank-line separated",
      html: "<p>One.</p><p>Two.</p>",
      text: "One.\n\nTwo.",
    },
    { name: "br is a line break", html: "<p>One<br>two</p>", text: "One\ntwo" },
    {
      name: "inline markup is kept as text",
      html: "<p>The <b>foreign</b> <a href='x'>minister</a></p>",
      text: "The foreign minister",
    },
    {
      name: "named and numeric entities",
      html: "Tom &amp; Jerry &mdash; &#8220;x&#x201D; &nbsp;",
      text: "Tom & Jerry — “x”",
    },
    {
      name: "scripts, styles and captions dropped",
      html: "<p>Text</p><script>var a=1</script><style>p{}</style><figure><img><figcaption>Photo</figcaption></figure>",
      text: "Text",
    },
    {
      name: "navigation and asides dropped",
      html: "<nav>Home World</nav><p>Body</p><aside>Related</aside>",
      text: "Body",
    },
    { name: "list items are paragraphs", html: "<ul><li>a</li><li>b</li></ul>", text: "a\n\nb" },
    {
      name: "no more than one blank line",
      html: "<div><div><p>a</p></div></div><div><p>b</p></div>",
      text: "a\n\nb",
    },
    { name: "empty input", html: "", text: "" },
    { name: "markup only", html: "<div><span></span></div>", text: "" },
  ])("$name", ({ html, text }) => {
    expect(htmlToText(html)).toBe(text);
  });

  it("walks deeply nested markup without overflowing the stack", () => {
    const html = `${"<span>".repeat(20_000)}deep`;
    expect(htmlToText(html)).toBe("deep");
  });
});
