/**
 * One article with an event's evidence marked: each stretch of text covered by evidence is a
 * `<mark>` with one class per kind (`ev-trigger`, `ev-actor`, `ev-recipient`, `ev-date`,
 * `ev-place`, `ev-attribution`) and its character offsets in `data-start`/`data-end`. The text is
 * inserted as text nodes only, so markup in an article is shown, never run.
 */
import type { ApiMention, ArticleReply } from "../core/api-types.js";
import { h, safeHref } from "../core/dom.js";
import {
  evidenceSpans,
  segments,
  type MarkKind,
  type MarkSpan,
} from "../charts/evidence-segments.js";

/** Human names of the mark kinds, for the legend. */
export const MARK_NAMES: Readonly<Record<MarkKind, string>> = {
  trigger: "trigger (what happened)",
  actor: "actor",
  recipient: "recipient",
  date: "date",
  place: "place",
  attribution: "source of the claim",
};

/** The legend of the evidence marks. */
export function markLegend(): HTMLElement {
  return h(
    "ul",
    { class: "legend mark-legend", "aria-label": "Evidence marks" },
    (Object.keys(MARK_NAMES) as MarkKind[]).map((k) =>
      h("li", {}, h("mark", { class: `ev-${k}` }, MARK_NAMES[k])),
    ),
  );
}

/** An article section: title, provenance, the mentions read from it and its marked text. */
export function articleView(article: ArticleReply, mentions: readonly ApiMention[]): HTMLElement {
  const a = article.article;
  const spans: MarkSpan[] = [];
  const problems: string[] = [];
  for (const m of mentions) {
    const r = evidenceSpans(m.record, a.text);
    spans.push(...r.spans);
    problems.push(...r.mismatched);
  }
  const note = `Not marked (the stored text differs at these offsets): ${problems.join("; ")}`;
  return h(
    "section",
    { class: "article", "data-article-id": a.id },
    h("h3", {}, a.title ?? a.id),
    provenance(a),
    h("ul", { class: "mentions" }, mentions.map(mentionLine)),
    problems.length > 0 ? h("p", { class: "warning", role: "note" }, note) : null,
    markedText(a.text, spans),
  );
}

/** Source and date, and the original URL: a link only when it is http(s), else plain text. */
function provenance(a: ArticleReply["article"]): HTMLElement {
  const href = safeHref(a.url);
  const link = href
    ? [" · ", h("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")]
    : a.url
      ? ` · ${a.url}`
      : null;
  return h("p", { class: "meta" }, [a.source, a.date].filter(Boolean).join(", "), link);
}

function mentionLine(m: ApiMention): HTMLElement {
  const r = m.record;
  return h(
    "li",
    {},
    h("span", { class: "label" }, "Rule "),
    h("code", {}, r.rule),
    `, confidence ${r.confidence.toFixed(2)}, ${r.modality}`,
    r.date ? `, dated ${r.date}` : "",
    r.attribution ? `, according to ${r.attribution.entity_text}` : "",
    `; coded by ${m.coderVersion}`,
  );
}

/** The text as text nodes and marks. */
export function markedText(text: string, spans: readonly MarkSpan[]): HTMLElement {
  const out = h("div", { class: "article-text" });
  for (const s of segments(text.length, spans)) {
    const part = text.slice(s.start, s.end);
    if (s.kinds.length === 0) out.appendChild(document.createTextNode(part));
    else
      out.appendChild(
        h(
          "mark",
          {
            class: s.kinds.map((k) => `ev-${k}`).join(" "),
            "data-start": s.start,
            "data-end": s.end,
            title: s.kinds.map((k) => MARK_NAMES[k]).join(", "),
          },
          part,
        ),
      );
  }
  return out;
}
