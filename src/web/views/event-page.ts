/**
 * One event: its fields, the rule and confidence of each report, and every article that reported
 * it with the evidence marked over the words it was read from.
 */
import { ApiError, api } from "../core/api-client.js";
import type { ApiMention, EventWithMentions } from "../core/api-types.js";
import type { Entity } from "../../core/types.js";
import { h, replaceChildren, type Child } from "../core/dom.js";
import { QUAD_LABELS, formatIntensity, plural } from "../core/format.js";
import type { ViewState } from "../core/url-state.js";
import type { AppContext, Page } from "./app-context.js";
import { articleView, markLegend } from "./article-view.js";

/** The event page. */
export class EventPage implements Page {
  readonly element = h("div", { class: "event-page" });

  constructor(private readonly ctx: AppContext) {}

  async update(state: ViewState, signal: AbortSignal): Promise<void> {
    const back = this.backLink(state);
    const loading = h("p", { class: "loading", role: "status" }, "Loading the event…");
    replaceChildren(this.element, back, loading);
    this.element.setAttribute("aria-busy", "true");
    const event = await this.load(state.id ?? "", signal);
    if (signal.aborted) return;
    if (event === undefined) {
      const why = `There is no event with id ${state.id ?? ""}. It may have been merged or re-coded since the link was made.`;
      replaceChildren(this.element, back, h("h1", {}, "No such event"), h("p", {}, why));
    } else {
      const byArticle = groupByArticle(event.mentions);
      const sections = await this.articles(byArticle, signal);
      if (signal.aborted) return;
      replaceChildren(
        this.element,
        back,
        h("h1", {}, title(event)),
        this.fields(event, state),
        h("h2", {}, `Evidence in ${plural(byArticle.size, "article")}`),
        markLegend(),
        sections,
      );
    }
    this.element.setAttribute("aria-busy", "false");
  }

  /** The event, or undefined when the API has none with this id (other failures throw). */
  private async load(id: string, signal: AbortSignal): Promise<EventWithMentions | undefined> {
    try {
      return await api.event(id, signal);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) return undefined;
      throw err;
    }
  }

  /** Each reporting article with its mentions' evidence marked; a failed one is reported. */
  private async articles(
    byArticle: Map<string, ApiMention[]>,
    signal: AbortSignal,
  ): Promise<Child[]> {
    const replies = await Promise.allSettled(
      [...byArticle.keys()].map((id) => api.article(id, signal)),
    );
    return [...byArticle.entries()].map(([id, mentions], i) => {
      const a = replies[i]!;
      if (a.status === "fulfilled") return articleView(a.value, mentions);
      this.ctx.alert(a.reason, `article ${id}`);
      return h("p", { class: "warning" }, `Article ${id} could not be loaded.`);
    });
  }

  private backLink(state: ViewState): HTMLElement {
    const to: ViewState = { ...state, view: "overview" };
    return h(
      "nav",
      { class: "crumbs" },
      h(
        "a",
        {
          href: this.ctx.href(to),
          onclick: (e) => {
            e.preventDefault();
            this.ctx.navigate(to);
          },
        },
        "← Back to the events",
      ),
    );
  }

  private fields(e: EventWithMentions, state: ViewState): HTMLElement {
    const rows: [string, Child][] = [
      ["Type", `${e.event} (CAMEO ${e.cameo})`],
      ["Quad", `${e.quad_code} ${QUAD_LABELS[e.quad_code]}`],
      ["Intensity", formatIntensity(e.intensity)],
      ["Mode", e.mode.join(", ") || "—"],
      ["Context", e.context.join(", ") || "—"],
      ["Modality", e.modality],
      ["Confidence", `${e.confidence.toFixed(3)} (highest of its reports)`],
      ["Date", e.date ? `${e.date} (${e.date_granularity ?? "day"})` : "unknown"],
      [
        "Location",
        e.location
          ? `${e.location.text}${e.location.country ? ` (${e.location.country})` : ""}, ${e.location.source === "dateline" ? "dateline only" : "where it happened"}`
          : "—",
      ],
      ["Actors", this.entities(e.actor, state)],
      ["Recipients", this.entities(e.recipient, state)],
      [
        "Reports",
        `${plural(e.mention_count, "mention")} in ${plural(e.article_count, "article")} from ${plural(e.source_count, "source")}` +
          (e.first_report
            ? `, first ${e.first_report}, last ${e.last_report ?? e.first_report}`
            : ""),
      ],
      ["Event id", h("code", {}, e.id)],
    ];
    return h(
      "dl",
      { class: "fields" },
      rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]),
    );
  }

  private entities(list: readonly Entity[], state: ViewState): Child {
    if (list.length === 0) return "—";
    return h(
      "ul",
      { class: "entities" },
      list.map((x) => {
        const to: ViewState = { ...state, view: "actor", code: x.code };
        const who = [x.name, x.office].filter(Boolean).join(", ");
        return h(
          "li",
          {},
          h(
            "a",
            {
              href: this.ctx.href(to),
              onclick: (ev) => {
                ev.preventDefault();
                this.ctx.navigate(to);
              },
            },
            x.code,
          ),
          ` ${x.sector.join(" ")}`,
          who ? ` — ${who}` : "",
          x.entity_text && x.entity_text !== x.name ? ` (“${x.entity_text}”)` : "",
        );
      }),
    );
  }
}

function title(e: EventWithMentions): string {
  const who = [...new Set(e.actor.map((a) => a.code))].join(", ") || "unknown actor";
  const whom =
    e.recipient.length > 0 ? ` → ${[...new Set(e.recipient.map((a) => a.code))].join(", ")}` : "";
  return `${e.event}${e.mode.length > 0 ? ` (${e.mode.join(", ")})` : ""}: ${who}${whom}${e.date ? `, ${e.date}` : ""}`;
}

function groupByArticle(mentions: readonly ApiMention[]): Map<string, ApiMention[]> {
  const out = new Map<string, ApiMention[]>();
  for (const m of mentions)
    out.set(m.record.article_id, [...(out.get(m.record.article_id) ?? []), m]);
  return out;
}
