/**
 * The overview: filter bar, timeline, dyad network, world map and the event table, all for the
 * filters in the URL. The three queries run in parallel; each part shows its own loading state
 * and a failure of one is reported without hiding the others.
 */
import { api } from "../core/api-client.js";
import type { Breakdown, EventPage, StatsReply } from "../core/api-types.js";
import { h, replaceChildren } from "../core/dom.js";
import { formatCount } from "../core/format.js";
import {
  filterCount,
  withFilters,
  type Bucket,
  type MapRole,
  type MapShade,
  type ViewState,
} from "../core/url-state.js";
import { NetworkChart } from "../charts/network-chart.js";
import { TimelineChart } from "../charts/timeline-chart.js";
import { timelineModel } from "../charts/timeline-model.js";
import { WorldMap } from "../charts/world-map.js";
import type { AppContext, Page } from "./app-context.js";
import { EventTable } from "./event-table.js";
import { FilterBar, type FilterPatch } from "./filter-bar.js";
import { radioGroup, section } from "./widgets.js";

/** The overview page. */
export class OverviewPage implements Page {
  readonly element: HTMLElement;
  private readonly bar: FilterBar;
  private readonly timeline: TimelineChart;
  private readonly network: NetworkChart;
  private readonly map: WorldMap;
  private readonly table: EventTable;
  private readonly summary = h("p", { class: "summary", "aria-live": "polite" });
  private readonly empty = h("div", { class: "empty", hidden: true });
  private readonly parts: HTMLElement;
  private readonly sections: HTMLElement[];
  private readonly controls: {
    by: (v: Bucket) => void;
    role: (v: MapRole) => void;
    shade: (v: MapShade) => void;
  };

  constructor(private readonly ctx: AppContext) {
    this.bar = new FilterBar(
      ctx.vocab,
      (p) => (p === "clear" ? this.go({ filters: {} }) : this.filter(p)),
      (e) => ctx.alert(e, "actor suggestions"),
    );
    this.timeline = new TimelineChart("Events over time by quad class", (r) =>
      this.filter(r ?? { from: undefined, to: undefined }),
    );
    this.network = new NetworkChart(
      {
        node: (code) => this.filter({ actor: code, actor_name: undefined }),
        edge: (a, b) =>
          this.filter({ actor: a, actor_name: undefined, recipient: b, recipient_name: undefined }),
      },
      ctx.nameOf,
    );
    this.map = new WorldMap(ctx.vocab, (code) => {
      const role = ctx.state().map;
      this.filter({ [role]: code, [`${role}_name`]: undefined });
    });
    this.table = new EventTable({
      onSort: (sort) => this.go({ sort }),
      eventHref: (id) => ctx.href({ ...ctx.state(), view: "event", id }),
      openEvent: (id) => this.go({ view: "event", id }),
      onError: (e) => ctx.alert(e, "more events"),
    });
    const { sections, controls } = this.layout();
    this.sections = sections;
    this.controls = controls;
    this.parts = h("div", { class: "overview-grid" }, sections);
    const parts = [this.bar.element, this.summary, this.empty, this.parts];
    this.element = h("div", { class: "overview" }, parts);
  }

  private go(patch: Partial<ViewState>): void {
    this.ctx.navigate({ ...this.ctx.state(), ...patch });
  }

  private filter(patch: FilterPatch): void {
    this.go({ filters: withFilters(this.ctx.state().filters, patch) });
  }

  /** The four titled sections, with the bucket and map options beside their titles. */
  private layout(): { sections: HTMLElement[]; controls: OverviewPage["controls"] } {
    // The radio values are exactly the state's values for these keys.
    const pick = (key: "by" | "map" | "shade") => (v: string) =>
      this.go({ [key]: v } as Partial<ViewState>);
    const by = radioGroup("Bucket", "by", ["day", "week", "month"], pick("by"));
    const role = radioGroup("Count countries", "map-role", ["actor", "recipient"], pick("map"));
    const shade = radioGroup("Shade by", "map-shade", ["events", "intensity"], pick("shade"));
    return {
      controls: { by: by.set, role: role.set, shade: shade.set },
      sections: [
        section("timeline", "Timeline", [by.element], this.timeline.element),
        section("network", "Who acts on whom", [], this.network.element),
        section("map", "Where", [role.element, shade.element], this.map.element),
        section("events", "Events", [], this.table.element),
      ],
    };
  }

  async update(state: ViewState, signal: AbortSignal): Promise<void> {
    this.bar.update(state.filters);
    this.controls.by(state.by);
    this.controls.role(state.map);
    this.controls.shade(state.shade);
    for (const s of this.sections) s.setAttribute("aria-busy", "true");
    this.summary.textContent = "Loading…";
    const f = state.filters;
    const [stats, breakdown, page] = await Promise.allSettled([
      api.stats(state.by, "quad", f, signal),
      api.breakdown(f, signal),
      api.events(f, state.sort, undefined, 100, signal),
    ]);
    if (signal.aborted) return;
    const total = this.showStats(stats, state);
    this.showBreakdown(breakdown, state);
    this.showEvents(page, state, signal, total);
    for (const s of this.sections) s.setAttribute("aria-busy", "false");
  }

  private showStats(r: PromiseSettledResult<StatsReply>, state: ViewState): number | undefined {
    if (r.status === "rejected") {
      this.ctx.alert(r.reason, "the timeline");
      this.summary.textContent = "";
      return undefined;
    }
    const model = timelineModel(r.value.rows, state.by);
    this.timeline.update(model, state.by);
    const undated =
      model.undated > 0 ? ` (${formatCount(model.undated)} undated, not on the timeline)` : "";
    this.summary.textContent = `${formatCount(model.total)} matching events${undated}.`;
    this.showEmpty(model.total, state);
    return model.total;
  }

  private showEmpty(total: number, state: ViewState): void {
    const none = total === 0;
    this.empty.hidden = !none;
    this.parts.hidden = none;
    if (!none) return;
    const filtered = filterCount(state.filters) > 0;
    replaceChildren(
      this.empty,
      filtered
        ? [
            h("h2", {}, "No events match these filters."),
            h(
              "button",
              { type: "button", onclick: () => this.ctx.navigate({ ...state, filters: {} }) },
              "Clear all filters",
            ),
          ]
        : [
            h("h2", {}, "No events yet"),
            h(
              "p",
              {},
              "No events yet: run ",
              h("code", {}, "dyad ingest examples/"),
              " (or post articles to ",
              h("code", {}, "/api/articles"),
              "), then reload this page.",
            ),
          ],
    );
  }

  private showBreakdown(r: PromiseSettledResult<Breakdown>, state: ViewState): void {
    if (r.status === "rejected") return this.ctx.alert(r.reason, "the network and the map");
    const b = r.value;
    this.network.update(b);
    const counts = state.map === "actor" ? b.actors : b.recipients;
    this.map.update(
      { counts, role: state.map, shade: state.shade, exact: b.codes_exact, sampled: b.sampled },
      this.ctx.nameOf,
    );
  }

  private showEvents(
    r: PromiseSettledResult<EventPage>,
    state: ViewState,
    signal: AbortSignal,
    total: number | undefined,
  ): void {
    if (r.status === "rejected") return this.ctx.alert(r.reason, "the events");
    this.table.reset(state.filters, state.sort, r.value, signal);
    if (total !== undefined) this.table.setTotal(total);
  }
}
