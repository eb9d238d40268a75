/**
 * The world map: country shapes from world-atlas (Natural Earth 1:110m, bundled, no tiles from
 * the internet) projected with d3-geo, shaded by events per country or by their mean intensity.
 * Atlas shapes carry ISO numeric ids; the vocabulary maps them onto alpha-3 actor codes. Clicking
 * a country filters to it; a ranked list gives the same to the keyboard.
 */
import { geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json" with { type: "json" };
import type { KeyCount, Vocabulary } from "../core/api-types.js";
import { h, replaceChildren, svg } from "../core/dom.js";
import {
  countColour,
  formatCount,
  nEvents,
  formatIntensity,
  intensityColour,
} from "../core/format.js";
import type { MapRole, MapShade } from "../core/url-state.js";

const W = 960;
const H = 470;

type Country = Feature<Geometry, { name: string }>;

/** What the map shows, and where its numbers come from. */
export interface MapData {
  readonly counts: readonly KeyCount[];
  readonly role: MapRole;
  readonly shade: MapShade;
  /** True when the counts cover every matching event (not a sample). */
  readonly exact: boolean;
  readonly sampled: number;
}

/** The map view. */
export class WorldMap {
  readonly element: HTMLElement;
  private readonly shapes = new Map<
    string,
    { path: SVGPathElement; title: SVGTitleElement; name: string }
  >();
  private readonly ranking: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly legend: HTMLElement;

  constructor(
    vocab: Vocabulary,
    private readonly onCountry: (code: string) => void,
  ) {
    const plot = svg("svg", {
      class: "map-svg",
      viewBox: `0 0 ${W} ${H}`,
      role: "group",
      "aria-label": "World map of events per country; the list below has the same numbers",
    });
    this.buildShapes(plot, vocab);
    this.caption = h("p", { class: "caption" });
    this.legend = h("div", { class: "map-legend" });
    this.ranking = h("ol", { class: "rank-list" });
    this.element = h(
      "div",
      { class: "world-map" },
      plot,
      this.legend,
      this.caption,
      h("h3", {}, "Top countries"),
      this.ranking,
    );
  }

  private buildShapes(plot: SVGSVGElement, vocab: Vocabulary): void {
    const topo = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = feature(topo, topo.objects.countries) as FeatureCollection<
      Geometry,
      { name: string }
    >;
    const path = geoPath(geoNaturalEarth1().fitSize([W, H], fc));
    const byNumeric = new Map(
      vocab.countries.flatMap((c) => (c.ccn3 ? [[c.ccn3, c.code] as const] : [])),
    );
    // A few shapes (Kosovo, N. Cyprus, Somaliland) have no ISO numeric id: match those by name.
    const byName = new Map(vocab.countries.map((c) => [c.name, c.code] as const));
    for (const f of fc.features as Country[]) {
      const code =
        (f.id === undefined ? undefined : byNumeric.get(String(f.id))) ??
        byName.get(f.properties.name);
      const title = svg("title", {}, f.properties.name);
      const el = svg("path", { class: "country", d: path(f) ?? "", "data-code": code }, title);
      if (code !== undefined) {
        el.addEventListener("click", () => this.onCountry(code));
        this.shapes.set(code, { path: el, title, name: f.properties.name });
      }
      plot.appendChild(el);
    }
  }

  /** Shades the countries and lists the top ones. */
  update(data: MapData, nameOf: (code: string) => string): void {
    const byCode = new Map(data.counts.map((c) => [c.key, c]));
    const max = Math.max(1, ...data.counts.map((c) => c.events));
    const role = data.role === "actor" ? "as actor" : "as recipient";
    for (const [code, s] of this.shapes) {
      const c = byCode.get(code);
      const fill = !c
        ? countColour(0, max)
        : data.shade === "events"
          ? countColour(c.events, max)
          : intensityColour(c.intensity / c.events);
      s.path.setAttribute("fill", fill);
      s.path.classList.toggle("has-events", c !== undefined);
      s.title.textContent = c
        ? `${s.name} (${code}): ${nEvents(c.events)} ${role}, mean intensity ${formatIntensity(c.intensity / c.events)}. Click to filter.`
        : `${s.name} (${code}): no events ${role}`;
    }
    this.caption.textContent = data.exact
      ? `Events per country ${role}, all matching events.`
      : `Events per country ${role}, over the ${formatCount(data.sampled)} most recent matching events.`;
    replaceChildren(this.legend, legendOf(data.shade, max));
    const top = data.counts.slice(0, 10);
    replaceChildren(
      this.ranking,
      top.map((c) =>
        h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "link-button", onclick: () => this.onCountry(c.key) },
            `${c.key} ${nameOf(c.key)}`,
          ),
          ` ${nEvents(c.events)}, mean intensity ${formatIntensity(c.intensity / c.events)}`,
        ),
      ),
    );
  }
}

function legendOf(shade: MapShade, max: number): HTMLElement {
  const steps =
    shade === "events"
      ? [...new Set([0, 0.25, 0.5, 0.75, 1].map((t) => Math.round(max ** t)))]
      : [-6, -3, 0, 3, 6];
  const swatches = steps.map((v, i) =>
    svg(
      "g",
      {},
      svg("rect", {
        x: i * 56,
        y: 0,
        width: 56,
        height: 12,
        fill: shade === "events" ? countColour(i === 0 ? 1 : v, max) : intensityColour(v),
      }),
      svg(
        "text",
        { x: i * 56 + 28, y: 26, "text-anchor": "middle", class: "tick" },
        shade === "events" ? formatCount(v) : formatIntensity(v),
      ),
    ),
  );
  return h(
    "div",
    {},
    svg("svg", { viewBox: "0 0 280 30", width: 280, height: 30, "aria-hidden": "true" }, swatches),
    h(
      "span",
      { class: "visually-hidden" },
      shade === "events"
        ? "darker: more events (log scale)"
        : "blue: cooperation, orange: conflict",
    ),
  );
}
