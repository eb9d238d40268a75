/**
 * The dyad network drawn in SVG: circles sized by activity on a fixed circle, edges coloured by
 * their events' mean intensity (blue cooperation, orange conflict), joint action dashed. Clicking
 * a node filters to that actor, clicking an arrow to that actor and recipient; nodes are buttons
 * for the keyboard, and a list of the top pairs gives the edges the same reach.
 */
import type { Breakdown } from "../core/api-types.js";
import { h, replaceChildren, svg } from "../core/dom.js";
import { formatCount, nEvents, formatIntensity, intensityColour } from "../core/format.js";
import { edgePath, networkModel, type NetEdge, type NetNode } from "./network-model.js";

const W = 520;
const H = 440;

/** What the network reports when clicked. */
export interface NetworkActions {
  readonly node: (code: string) => void;
  readonly edge: (actor: string, recipient: string) => void;
}

/** The network view. */
export class NetworkChart {
  readonly element: HTMLElement;
  private readonly plot: SVGSVGElement;
  private readonly pairs: HTMLElement;
  private readonly caption: HTMLElement;

  constructor(
    private readonly actions: NetworkActions,
    private readonly nameOf: (code: string) => string,
  ) {
    this.plot = svg("svg", {
      class: "network-svg",
      viewBox: `0 0 ${W} ${H}`,
      role: "group",
      "aria-label": "Dyad network: actors as circles, arrows from actor to recipient",
    });
    this.caption = h("p", { class: "caption" });
    this.pairs = h("ol", { class: "rank-list" });
    this.element = h(
      "div",
      { class: "network" },
      this.plot,
      this.caption,
      h("h3", {}, "Top pairs"),
      this.pairs,
    );
  }

  /** Draws a breakdown's dyads; keeps keyboard focus on the same node when it is still shown. */
  update(b: Breakdown): void {
    const focused = (document.activeElement as Element | null)?.getAttribute("data-code");
    const model = networkModel(b.dyads, { maxNodes: 24, maxEdges: 60, width: W, height: H });
    const at = new Map(model.nodes.map((n) => [n.code, n]));
    const maxEvents = Math.max(1, ...model.edges.map((e) => e.events));
    replaceChildren(
      this.plot,
      arrowMarker(),
      svg(
        "g",
        { class: "edges" },
        model.edges.map((e) => this.edge(e, at, maxEvents)),
      ),
      svg(
        "g",
        { class: "nodes" },
        model.nodes.map((n) => this.node(n)),
      ),
    );
    this.caption.textContent =
      (b.complete
        ? `All ${formatCount(b.sampled)} matching events`
        : `The ${formatCount(b.sampled)} most recent matching events`) +
      (model.hiddenNodes > 0 ? `; ${model.hiddenNodes} less active actors not shown.` : ".");
    this.listPairs(model.edges.filter((e) => e.kind === "directed").slice(0, 8));
    if (focused)
      this.plot.querySelector<SVGGElement>(`g[data-code="${CSS.escape(focused)}"]`)?.focus();
  }

  /** The arrows as a list of buttons: the keyboard's way to filter by a pair. */
  private listPairs(top: readonly NetEdge[]): void {
    replaceChildren(
      this.pairs,
      top.map((e) =>
        h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "link-button", onclick: () => this.actions.edge(e.a, e.b) },
            `${e.a} → ${e.b}`,
          ),
          ` ${nEvents(e.events)}, mean intensity ${formatIntensity(e.mean)}`,
        ),
      ),
    );
  }

  private node(n: NetNode): SVGElement {
    const label = `${n.code} ${this.nameOf(n.code)}: ${nEvents(n.activity)}. Filter to this actor.`;
    const act = (): void => this.actions.node(n.code);
    return svg(
      "g",
      {
        class: "node",
        tabindex: 0,
        role: "button",
        "aria-label": label,
        "data-code": n.code,
        onclick: act,
        onkeydown: (e) => {
          const k = (e as KeyboardEvent).key;
          if (k === "Enter" || k === " ") {
            e.preventDefault();
            act();
          }
        },
      },
      svg("title", {}, label),
      svg("circle", { cx: n.x, cy: n.y, r: n.r }),
      svg(
        "text",
        { x: n.labelX, y: n.labelY, "text-anchor": n.anchor },
        n.code === "---" ? "unknown" : n.code,
      ),
    );
  }

  private edge(e: NetEdge, at: Map<string, NetNode>, maxEvents: number): SVGElement {
    const from = at.get(e.a)!;
    const to = at.get(e.b)!;
    const d = edgePath(from, to, e.kind);
    const what =
      e.kind === "directed"
        ? `${e.a} → ${e.b}: ${nEvents(e.events)}, mean intensity ${formatIntensity(e.mean)}. Click to filter.`
        : `${e.a} and ${e.b} acting together: ${nEvents(e.events)}, mean intensity ${formatIntensity(e.mean)}`;
    const click = e.kind === "directed" ? () => this.actions.edge(e.a, e.b) : undefined;
    return svg(
      "g",
      { class: `edge edge-${e.kind}`, onclick: click },
      svg("title", {}, what),
      svg("path", {
        class: "edge-line",
        d,
        stroke: intensityColour(e.mean),
        "stroke-width": (1 + 6 * Math.sqrt(e.events / maxEvents)).toFixed(1),
        "marker-end": e.kind === "directed" ? "url(#net-arrow)" : undefined,
      }),
      svg("path", { class: "edge-hit", d }),
    );
  }
}

/** The arrowhead of directed edges (drawn in user units, so thick edges keep small heads). */
function arrowMarker(): SVGElement {
  return svg(
    "defs",
    {},
    svg(
      "marker",
      {
        id: "net-arrow",
        viewBox: "0 0 10 10",
        refX: 9,
        refY: 5,
        markerUnits: "userSpaceOnUse",
        markerWidth: 9,
        markerHeight: 9,
        orient: "auto-start-reverse",
      },
      svg("path", { d: "M0 0L10 5L0 10Z", class: "arrow-head" }),
    ),
  );
}
