/**
 * The timeline: events per bucket stacked by quad class (SVG drawn here), with the summed
 * intensity (cooperation minus conflict) as a line on its own axis. Selecting buckets, with the
 * mouse (drag, or click one bucket) or the keyboard (see timeline-brush.ts), sets the date filter.
 */
import { h, replaceChildren, svg } from "../core/dom.js";
import { QUAD_COLOURS, QUAD_LABELS, formatCount } from "../core/format.js";
import type { Bucket } from "../core/url-state.js";
import { TimelineBrush, type Geometry } from "./timeline-brush.js";
import { niceTicks, timeTicks, type TimelineModel } from "./timeline-model.js";

const HEIGHT = 240;
const M = { top: 12, right: 52, bottom: 28, left: 52 };

/** Draws a timeline and reports date selections. */
export class TimelineChart {
  /** The chart's root: the SVG, its legend, hint and live region. */
  readonly element: HTMLElement;
  private readonly plot: SVGSVGElement;
  private readonly brush: TimelineBrush;
  private model: TimelineModel = { buckets: [], undated: 0, total: 0 };
  private by: Bucket = "month";
  private width = 0;

  constructor(label: string, onSelect: (range: { from: string; to: string } | undefined) => void) {
    this.plot = svg("svg", {
      class: "timeline-svg",
      role: "application",
      tabindex: 0,
      "aria-label": `${label}. Use Left and Right arrows to pick a period, Shift to widen it, Enter to filter to it, Escape to clear the dates.`,
      height: HEIGHT,
    });
    const live = h("p", { class: "visually-hidden", "aria-live": "polite" });
    const tip = h("div", { class: "chart-tip", hidden: true });
    this.brush = new TimelineBrush(this.plot, live, tip, onSelect);
    this.element = h(
      "div",
      { class: "timeline" },
      h("div", { class: "chart-box" }, this.plot, tip),
      legend(),
      h(
        "p",
        { class: "hint" },
        "Drag across the chart or click a bar to filter by date; from the keyboard: focus the chart, ←/→ (Shift to widen), Enter.",
      ),
      live,
    );
    new ResizeObserver(() => {
      const w = this.plot.clientWidth;
      if (w > 0 && Math.abs(w - this.width) > 1) this.draw();
    }).observe(this.plot);
  }

  /** Shows a new series. */
  update(model: TimelineModel, by: Bucket): void {
    this.model = model;
    this.by = by;
    this.draw();
  }

  private draw(): void {
    this.width = Math.max(320, this.plot.clientWidth || 960);
    const geo = geometry(this.model, this.width);
    this.plot.setAttribute("viewBox", `0 0 ${this.width} ${HEIGHT}`);
    replaceChildren(this.plot, ...axes(geo), ...bars(geo), intensityLine(geo));
    this.brush.reset(geo, this.by);
  }
}

function geometry(model: TimelineModel, width: number): Geometry {
  const b = model.buckets;
  const t0 = b[0]?.start ?? 0;
  const t1 = b[b.length - 1]?.end ?? 1;
  const countTicks = niceTicks(Math.max(1, ...b.map((x) => x.total)));
  const iMax = Math.max(1, ...b.map((x) => Math.abs(x.intensity)));
  const iTicks = niceTicks(iMax);
  const top = countTicks[countTicks.length - 1]!;
  const iTop = iTicks[iTicks.length - 1]!;
  const x0 = M.left;
  const x1 = width - M.right;
  const y0 = HEIGHT - M.bottom;
  return {
    model,
    width,
    height: HEIGHT,
    left: x0,
    right: x1,
    top: M.top,
    bottom: y0,
    x: (t) => x0 + ((t - t0) / Math.max(1, t1 - t0)) * (x1 - x0),
    t: (x) => t0 + ((x - x0) / (x1 - x0)) * (t1 - t0),
    y: (n) => y0 - (n / top) * (y0 - M.top),
    yi: (v) => (y0 + M.top) / 2 - (v / iTop) * ((y0 - M.top) / 2),
    countTicks,
    intensityTicks: [
      ...iTicks
        .slice(1)
        .map((v) => -v)
        .reverse(),
      ...iTicks,
    ],
  };
}

/** Count axis (left, with grid lines), intensity axis (right, zero dashed) and time axis. */
function axes(g: Geometry): SVGElement[] {
  const out: SVGElement[] = [];
  for (const v of g.countTicks) {
    out.push(svg("line", { class: "grid", x1: g.left, x2: g.right, y1: g.y(v), y2: g.y(v) }));
    out.push(tick(g.left - 6, g.y(v) + 4, "end", formatCount(v)));
  }
  for (const v of g.intensityTicks)
    out.push(tick(g.right + 6, g.yi(v) + 4, "start", v > 0 ? `+${v}` : String(v)));
  out.push(svg("line", { class: "zero", x1: g.left, x2: g.right, y1: g.yi(0), y2: g.yi(0) }));
  return [...out, ...timeAxis(g)];
}

function timeAxis(g: Geometry): SVGElement[] {
  const out: SVGElement[] = [];
  const b = g.model.buckets;
  if (b.length > 0) {
    const count = Math.max(2, Math.floor(g.width / 110));
    for (const { t, label } of timeTicks(b[0]!.start, b[b.length - 1]!.end, count)) {
      out.push(
        svg("line", { class: "axis", x1: g.x(t), x2: g.x(t), y1: g.bottom, y2: g.bottom + 4 }),
      );
      out.push(tick(g.x(t), g.bottom + 16, "middle", label));
    }
  }
  out.push(svg("line", { class: "axis", x1: g.left, x2: g.right, y1: g.bottom, y2: g.bottom }));
  return out;
}

function tick(x: number, y: number, anchor: string, label: string): SVGElement {
  return svg("text", { class: "tick", x, y, "text-anchor": anchor }, label);
}

/** One path per quad class: thousands of bars stay four DOM nodes. */
function bars(g: Geometry): SVGElement[] {
  const d: string[][] = [[], [], [], []];
  for (const b of g.model.buckets) {
    const xa = g.x(b.start);
    const w = Math.max(1, g.x(b.end) - xa - (g.x(b.end) - xa > 4 ? 1 : 0));
    let base = 0;
    b.quads.forEach((n, q) => {
      if (n === 0) return;
      const yTop = g.y(base + n);
      d[q]!.push(
        `M${xa.toFixed(1)} ${yTop.toFixed(1)}h${w.toFixed(1)}V${g.y(base).toFixed(1)}h${(-w).toFixed(1)}Z`,
      );
      base += n;
    });
  }
  return d.map((parts, q) =>
    svg("path", {
      class: `bars quad-${q + 1}`,
      d: parts.join("") || "M0 0",
      fill: QUAD_COLOURS[q + 1],
    }),
  );
}

/** The intensity line; with few buckets each value also gets a dot (one bucket: a dot only). */
function intensityLine(g: Geometry): SVGElement {
  const pts = g.model.buckets.map((b) => [g.x((b.start + b.end) / 2), g.yi(b.intensity)] as const);
  const d = pts.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join("L");
  const dots =
    pts.length <= 60
      ? pts.map(([cx, cy]) => svg("circle", { class: "intensity-dot", cx, cy, r: 3 }))
      : [];
  return svg("g", {}, svg("path", { class: "intensity-line", d: d ? `M${d}` : "M0 0" }), dots);
}

function legend(): HTMLElement {
  return h(
    "ul",
    { class: "legend" },
    [1, 2, 3, 4].map((q) =>
      h("li", {}, h("span", { class: `swatch quad-${q}`, "aria-hidden": "true" }), QUAD_LABELS[q]),
    ),
    h(
      "li",
      {},
      h("span", { class: "swatch swatch-line", "aria-hidden": "true" }),
      "summed intensity, cooperation minus conflict (right axis)",
    ),
  );
}
