/**
 * The dyad network's data and layout: nodes are entity codes sized by the events they take part
 * in, directed edges run from actor to recipient, and "joint" edges link actors coded together
 * without a recipient (talks between two sides). The layout is a deterministic circle, most active
 * first from the top, clockwise: the same data always draws the same picture.
 */
import type { KeyCount } from "../core/api-types.js";

/** One placed node. */
export interface NetNode {
  readonly code: string;
  /** Events of the sample the code takes part in (either role). */
  readonly activity: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Where its label goes: outside the circle, anchored away from it. */
  readonly labelX: number;
  readonly labelY: number;
  readonly anchor: "start" | "middle" | "end";
}

/** One edge: actor `a` to recipient `b`, or joint actors `a`, `b` (a < b). */
export interface NetEdge {
  readonly a: string;
  readonly b: string;
  readonly kind: "directed" | "joint";
  readonly events: number;
  /** Mean intensity of its events. */
  readonly mean: number;
}

/** Limits and canvas of the layout. */
export interface NetworkOptions {
  readonly maxNodes: number;
  readonly maxEdges: number;
  readonly width: number;
  readonly height: number;
}

/** Nodes and edges of the most active codes. */
export interface NetworkModel {
  readonly nodes: readonly NetNode[];
  readonly edges: readonly NetEdge[];
  /** Codes left out by `maxNodes`. */
  readonly hiddenNodes: number;
}

/** Splits a dyad key `A+B>C` into its actor and recipient codes. */
export function parseDyad(key: string): { actors: string[]; recipients: string[] } {
  const [a = "", r = ""] = key.split(">");
  const codes = (s: string): string[] => s.split("+").filter((c) => c !== "");
  return { actors: codes(a), recipients: codes(r) };
}

/** Builds and lays out the network of a breakdown's dyads. */
export function networkModel(dyads: readonly KeyCount[], opts: NetworkOptions): NetworkModel {
  const activity = new Map<string, number>();
  const edges = new Map<
    string,
    { a: string; b: string; kind: NetEdge["kind"]; events: number; sum: number }
  >();
  const addEdge = (a: string, b: string, kind: NetEdge["kind"], d: KeyCount): void => {
    const id = `${kind}\t${a}\t${b}`;
    const e = edges.get(id) ?? { a, b, kind, events: 0, sum: 0 };
    e.events += d.events;
    e.sum += d.intensity;
    edges.set(id, e);
  };
  for (const d of dyads) {
    const { actors, recipients } = parseDyad(d.key);
    for (const c of new Set([...actors, ...recipients]))
      activity.set(c, (activity.get(c) ?? 0) + d.events);
    if (recipients.length > 0) {
      for (const a of actors) for (const r of recipients) if (a !== r) addEdge(a, r, "directed", d);
    } else {
      for (let i = 0; i < actors.length; i++)
        for (let j = i + 1; j < actors.length; j++) addEdge(actors[i]!, actors[j]!, "joint", d);
    }
  }
  const ranked = [...activity].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const kept = ranked.slice(0, opts.maxNodes);
  const keep = new Set(kept.map(([c]) => c));
  const nodes = layout(kept, opts);
  const chosen = [...edges.values()]
    .filter((e) => keep.has(e.a) && keep.has(e.b))
    .sort((x, y) => y.events - x.events || (`${x.a}${x.b}` < `${y.a}${y.b}` ? -1 : 1))
    .slice(0, opts.maxEdges)
    .map((e) => ({ a: e.a, b: e.b, kind: e.kind, events: e.events, mean: e.sum / e.events }));
  return { nodes, edges: chosen, hiddenNodes: ranked.length - kept.length };
}

function layout(ranked: readonly [string, number][], opts: NetworkOptions): NetNode[] {
  const max = ranked[0]?.[1] ?? 1;
  const cx = opts.width / 2;
  const cy = opts.height / 2;
  // Room outside the circle for the largest node and its label.
  const radius = Math.max(10, Math.min(opts.width, opts.height) / 2 - 58);
  const n = ranked.length;
  return ranked.map(([code, act], i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
    const r = 5 + 16 * Math.sqrt(act / max);
    if (n === 1)
      return {
        code,
        activity: act,
        x: cx,
        y: cy,
        r,
        labelX: cx,
        labelY: cy + r + 13,
        anchor: "middle",
      };
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const out = radius + r + 6;
    return {
      code,
      activity: act,
      x: cx + radius * cos,
      y: cy + radius * sin,
      r,
      labelX: cx + out * cos,
      labelY: cy + out * sin + 4 + 6 * sin,
      anchor: Math.abs(cos) < 0.3 ? "middle" : cos > 0 ? "start" : "end",
    };
  });
}

/**
 * The SVG path of an edge: directed edges bow to their left, so A→B and B→A do not overlap, and
 * stop at the target's rim so an arrowhead marker shows.
 */
export function edgePath(from: NetNode, to: NetNode, kind: NetEdge["kind"]): string {
  const mx = (from.x + to.x) / 2;
  const my = (from.y + to.y) / 2;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const k = kind === "directed" ? 0.18 : 0;
  const cx = mx + dy * k;
  const cy = my - dx * k;
  // The curve ends along control -> target: back off by the target's radius on that line.
  const tx = to.x - cx;
  const ty = to.y - cy;
  const len = Math.hypot(tx, ty) || 1;
  const cut = kind === "directed" ? to.r + 3 : 0;
  const ex = to.x - (tx / len) * cut;
  const ey = to.y - (ty / len) * cut;
  const f = (v: number): string => v.toFixed(1);
  return `M${f(from.x)} ${f(from.y)}Q${f(cx)} ${f(cy)} ${f(ex)} ${f(ey)}`;
}
