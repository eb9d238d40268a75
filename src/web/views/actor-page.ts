/**
 * One actor (an entity code): its activity over time by quad class, its top partners in both
 * directions and its mix of event types, within the date filter of the URL. Every list entry
 * links to the overview filtered accordingly.
 */
import { api } from "../core/api-client.js";
import type { Breakdown, KeyCount, StatsReply } from "../core/api-types.js";
import { h, replaceChildren, type Child } from "../core/dom.js";
import {
  QUAD_COLOURS,
  formatCount,
  nEvents,
  formatIntensity,
  intensityColour,
} from "../core/format.js";
import { withFilters, type Filters, type ViewState } from "../core/url-state.js";
import { parseDyad } from "../charts/network-model.js";
import { TimelineChart } from "../charts/timeline-chart.js";
import { timelineModel } from "../charts/timeline-model.js";
import type { AppContext, Page } from "./app-context.js";
import { section } from "./widgets.js";

/** The actor page. */
export class ActorPage implements Page {
  readonly element = h("div", { class: "actor-page" });
  private readonly timeline: TimelineChart;
  private readonly body = h("div", { class: "actor-grid" });
  private readonly heading = h("h1", {});
  private readonly summary = h("p", { class: "summary", "aria-live": "polite" });

  constructor(private readonly ctx: AppContext) {
    this.timeline = new TimelineChart("Activity of this actor over time", (r) => {
      const s = ctx.state();
      ctx.navigate({
        ...s,
        filters: withFilters(s.filters, r ?? { from: undefined, to: undefined }),
      });
    });
    const back = h(
      "a",
      {
        href: "?",
        onclick: (e) => {
          e.preventDefault();
          ctx.navigate({ ...ctx.state(), view: "overview" });
        },
      },
      "← Back to the events",
    );
    this.element.append(
      h("nav", { class: "crumbs" }, back),
      this.heading,
      this.summary,
      section("actor-timeline", "Activity", [], this.timeline.element),
      this.body,
    );
  }

  async update(state: ViewState, signal: AbortSignal): Promise<void> {
    const code = state.code ?? "";
    const name = this.ctx.nameOf(code);
    this.heading.textContent = name ? `${code} — ${name}` : code;
    this.summary.textContent = "Loading…";
    this.element.setAttribute("aria-busy", "true");
    const dates: Filters = withFilters({}, { from: state.filters.from, to: state.filters.to });
    const as = withFilters(dates, { actor: code });
    const [activity, types, acts, actedOn] = await Promise.all([
      api.stats(state.by, "quad", as, signal),
      api.stats("month", "type", as, signal),
      api.breakdown(as, signal),
      api.breakdown(withFilters(dates, { recipient: code }), signal),
    ]);
    if (signal.aborted) return;
    const model = timelineModel(activity.rows, state.by);
    this.timeline.update(model, state.by);
    const { from, to } = state.filters;
    const range = from || to ? ` between ${from ?? "the start"} and ${to ?? "now"}` : "";
    this.summary.textContent = `${nEvents(model.total)} with ${code} as an actor${range}.`;
    this.showLists(code, acts, actedOn, types);
    this.element.setAttribute("aria-busy", "false");
  }

  private showLists(code: string, acts: Breakdown, actedOn: Breakdown, types: StatsReply): void {
    const out = this.ranking(partners(acts, code, "recipients"), acts, (p) => ({
      actor: code,
      recipient: p,
    }));
    const into = this.ranking(partners(actedOn, code, "actors"), actedOn, (p) => ({
      actor: p,
      recipient: code,
    }));
    replaceChildren(
      this.body,
      section("partners-out", `${code} acts on`, [], out),
      section("partners-in", `Acting on ${code}`, [], into),
      section("type-mix", "Event types", [], this.typeMix(types, code)),
    );
  }

  private ranking(
    rows: readonly KeyCount[],
    b: Breakdown,
    filterOf: (code: string) => Filters,
  ): Child {
    if (rows.length === 0) return h("p", { class: "muted" }, "None.");
    const max = rows[0]!.events;
    const note = b.complete
      ? `All ${nEvents(b.sampled)}.`
      : `The ${formatCount(b.sampled)} most recent events.`;
    return [
      h(
        "ol",
        { class: "bars" },
        rows
          .slice(0, 10)
          .map((r) =>
            this.bar(
              `${r.key} ${this.ctx.nameOf(r.key)}`,
              r.events / max,
              intensityColour(r.intensity / r.events),
              `${nEvents(r.events)}, mean intensity ${formatIntensity(r.intensity / r.events)}`,
              filterOf(r.key),
            ),
          ),
      ),
      h("p", { class: "caption" }, note),
    ];
  }

  private typeMix(types: StatsReply, code: string): Child {
    const counts = new Map<string, number>();
    for (const r of types.rows) counts.set(r.key, (counts.get(r.key) ?? 0) + r.events);
    const rows = this.ctx.vocab.types
      .filter((t) => (counts.get(t.type) ?? 0) > 0)
      .sort((a, b) => counts.get(b.type)! - counts.get(a.type)!);
    if (rows.length === 0) return h("p", { class: "muted" }, "None.");
    const max = counts.get(rows[0]!.type)!;
    return h(
      "ol",
      { class: "bars" },
      rows.map((t) =>
        this.bar(
          t.type,
          counts.get(t.type)! / max,
          QUAD_COLOURS[t.quad]!,
          `${nEvents(counts.get(t.type)!)}`,
          { actor: code, type: [t.type] },
        ),
      ),
    );
  }

  private bar(
    label: string,
    share: number,
    colour: string,
    detail: string,
    filters: Filters,
  ): HTMLElement {
    const { from, to: until } = this.ctx.state().filters;
    const to: ViewState = {
      ...this.ctx.state(),
      view: "overview",
      filters: withFilters({ ...filters }, { from, to: until }),
    };
    const fill = h("span", { class: "bar-fill" });
    fill.style.width = `${Math.max(2, share * 100).toFixed(1)}%`;
    fill.style.backgroundColor = colour;
    return h(
      "li",
      {},
      h(
        "a",
        {
          href: this.ctx.href(to),
          onclick: (e) => {
            e.preventDefault();
            this.ctx.navigate(to);
          },
        },
        label,
      ),
      h("span", { class: "bar-track", "aria-hidden": "true" }, fill),
      h("span", { class: "bar-detail" }, detail),
    );
  }
}

/** Partners of `code` from a breakdown's dyads: its recipients, or the actors acting on it. */
function partners(b: Breakdown, code: string, side: "recipients" | "actors"): KeyCount[] {
  const out = new Map<string, { events: number; intensity: number }>();
  for (const d of b.dyads) {
    const { actors, recipients } = parseDyad(d.key);
    for (const p of new Set(side === "recipients" ? recipients : actors)) {
      if (p === code) continue;
      const c = out.get(p) ?? { events: 0, intensity: 0 };
      c.events += d.events;
      c.intensity += d.intensity;
      out.set(p, c);
    }
  }
  return [...out]
    .map(([key, c]) => ({ key, ...c }))
    .sort((a, b) => b.events - a.events || (a.key < b.key ? -1 : 1));
}
