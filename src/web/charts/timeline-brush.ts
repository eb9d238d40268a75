/**
 * Selecting a period on the timeline. Mouse: drag across buckets, or click one. Keyboard (the
 * SVG is focusable): Left/Right move a one-bucket cursor, Shift+Left/Right widen it, Home/End
 * jump, Enter or Space filters to the selection, Escape clears the date filter. A live region
 * reads the selection out.
 */
import { svg } from "../core/dom.js";
import { QUAD_LABELS, formatCount, nEvents, formatIntensity } from "../core/format.js";
import type { Bucket } from "../core/url-state.js";
import { bucketRange, type TimelineBucket, type TimelineModel } from "./timeline-model.js";

/** The drawn chart's scales and frame, shared by drawing and brushing. */
export interface Geometry {
  readonly model: TimelineModel;
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** Time (UTC ms) to x, and back. */
  readonly x: (t: number) => number;
  readonly t: (x: number) => number;
  readonly y: (count: number) => number;
  readonly yi: (intensity: number) => number;
  readonly countTicks: readonly number[];
  readonly intensityTicks: readonly number[];
}

type Select = (range: { from: string; to: string } | undefined) => void;

/** Pointer and keyboard selection over one timeline SVG. */
export class TimelineBrush {
  private geo: Geometry | undefined;
  private by: Bucket = "month";
  private anchor = -1;
  private focus = -1;
  private dragFrom: number | undefined;
  private readonly band: SVGRectElement;

  constructor(
    private readonly plot: SVGSVGElement,
    private readonly live: HTMLElement,
    private readonly tip: HTMLElement,
    private readonly onSelect: Select,
  ) {
    this.band = svg("rect", { class: "brush", visibility: "hidden" });
    plot.addEventListener("pointerdown", (e) => this.down(e));
    plot.addEventListener("pointermove", (e) => this.move(e));
    plot.addEventListener("pointerup", (e) => this.up(e));
    plot.addEventListener("pointerleave", () => {
      this.tip.hidden = true;
    });
    plot.addEventListener("keydown", (e) => this.key(e));
    plot.addEventListener("focus", () => {
      if (this.anchor < 0 && this.count() > 0) this.setCursor(this.count() - 1, this.count() - 1);
    });
  }

  /** Re-attaches to a freshly drawn chart; the keyboard cursor starts over. */
  reset(geo: Geometry, by: Bucket): void {
    this.geo = geo;
    this.by = by;
    this.anchor = this.focus = -1;
    this.dragFrom = undefined;
    this.band.setAttribute("visibility", "hidden");
    this.band.setAttribute("y", String(geo.top));
    this.band.setAttribute("height", String(geo.bottom - geo.top));
    this.plot.appendChild(this.band);
  }

  private count(): number {
    return this.geo?.model.buckets.length ?? 0;
  }

  /** Index of the bucket at (or nearest to) an x position in SVG units. */
  private indexAt(x: number): number {
    const g = this.geo;
    if (!g || this.count() === 0) return -1;
    const t = g.t(x);
    const b = g.model.buckets;
    let lo = 0;
    let hi = b.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[mid]!.end <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private svgX(e: PointerEvent): number {
    const r = this.plot.getBoundingClientRect();
    return ((e.clientX - r.left) / Math.max(1, r.width)) * (this.geo?.width ?? r.width);
  }

  private down(e: PointerEvent): void {
    if (e.button !== 0 || this.count() === 0) return;
    this.dragFrom = this.svgX(e);
    this.plot.setPointerCapture(e.pointerId);
  }

  private move(e: PointerEvent): void {
    const x = this.svgX(e);
    const i = this.indexAt(x);
    if (this.dragFrom === undefined) {
      this.showTip(i, e);
      return;
    }
    this.tip.hidden = true;
    this.setCursor(this.indexAt(this.dragFrom), i);
  }

  private up(e: PointerEvent): void {
    if (this.dragFrom === undefined) return;
    const a = this.indexAt(this.dragFrom);
    const b = this.indexAt(this.svgX(e));
    this.dragFrom = undefined;
    if (this.plot.hasPointerCapture(e.pointerId)) this.plot.releasePointerCapture(e.pointerId);
    if (a >= 0 && b >= 0) this.apply(Math.min(a, b), Math.max(a, b));
  }

  private key(e: KeyboardEvent): void {
    const n = this.count();
    if (n === 0) return;
    const at = this.focus < 0 ? n - 1 : this.focus;
    const moves: Readonly<Record<string, number>> = {
      ArrowLeft: Math.max(0, at - 1),
      ArrowRight: Math.min(n - 1, at + 1),
      Home: 0,
      End: n - 1,
    };
    const to = moves[e.key];
    if (to !== undefined) this.setCursor(e.shiftKey && this.anchor >= 0 ? this.anchor : to, to);
    else if (e.key === "Enter" || e.key === " ") {
      if (this.anchor >= 0)
        this.apply(Math.min(this.anchor, this.focus), Math.max(this.anchor, this.focus));
    } else if (e.key === "Escape") this.onSelect(undefined);
    else return;
    e.preventDefault();
  }

  private setCursor(anchor: number, focus: number): void {
    const g = this.geo;
    if (!g || anchor < 0 || focus < 0) return;
    this.anchor = anchor;
    this.focus = focus;
    const [a, b] = [Math.min(anchor, focus), Math.max(anchor, focus)];
    const buckets = g.model.buckets;
    const x0 = g.x(buckets[a]!.start);
    this.band.setAttribute("x", x0.toFixed(1));
    this.band.setAttribute("width", Math.max(2, g.x(buckets[b]!.end) - x0).toFixed(1));
    this.band.setAttribute("visibility", "visible");
    const events = buckets.slice(a, b + 1).reduce((t, x) => t + x.total, 0);
    const name = a === b ? buckets[a]!.key : `${buckets[a]!.key} to ${buckets[b]!.key}`;
    this.live.textContent = `${name} selected: ${nEvents(events)}. Enter filters to these dates.`;
  }

  private apply(a: number, b: number): void {
    const buckets = this.geo?.model.buckets;
    if (!buckets?.[a] || !buckets[b]) return;
    this.onSelect(bucketRange(buckets[a].key, buckets[b].key, this.by));
  }

  private showTip(i: number, e: PointerEvent): void {
    const b = this.geo?.model.buckets[i];
    if (!b) return;
    this.tip.textContent = bucketText(b);
    this.tip.hidden = false;
    const box = this.plot.getBoundingClientRect();
    this.tip.style.left = `${Math.min(e.clientX - box.left + 12, box.width - 260)}px`;
    this.tip.style.top = `${e.clientY - box.top + 12}px`;
  }
}

/** A bucket's tooltip text. */
export function bucketText(b: TimelineBucket): string {
  const parts = b.quads.map((n, q) => `${QUAD_LABELS[q + 1]} ${formatCount(n)}`);
  return `${b.key}: ${nEvents(b.total)} (${parts.join(", ")}); intensity ${formatIntensity(b.intensity)}`;
}
