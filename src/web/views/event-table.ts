/**
 * The event table: sortable by date or reports (the API's sorts), loaded a page at a time with
 * the API's cursor as the user scrolls, and virtualised: only the rows in view (plus a margin)
 * are in the DOM, so a result of a million events scrolls as lightly as one of fifty.
 */
import { api, isAbort } from "../core/api-client.js";
import type { ApiEvent } from "../core/api-types.js";
import { h, replaceChildren } from "../core/dom.js";
import { QUAD_LABELS, formatCount, partiesText } from "../core/format.js";
import type { Filters, Sort } from "../core/url-state.js";

const ROW_HEIGHT = 40;
const OVERSCAN = 8;
const PAGE = 100;

/** What the table needs from the page around it. */
export interface TableContext {
  readonly onSort: (sort: Sort) => void;
  readonly eventHref: (id: string) => string;
  readonly openEvent: (id: string) => void;
  readonly onError: (err: unknown) => void;
}

const COLUMNS = [
  ["Date", "date"],
  ["Type", "type"],
  ["Actor", "actor"],
  ["Recipient", "recipient"],
  ["Mode", "mode"],
  ["Modality", "modality"],
  ["Confidence", "confidence"],
  ["Reports", "reports"],
] as const;

/** The virtualised, paginated event table. */
export class EventTable {
  readonly element: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly body: HTMLTableSectionElement;
  private readonly head: HTMLTableRowElement;
  private readonly caption: HTMLElement;
  private rows: ApiEvent[] = [];
  private next: string | undefined;
  private loading = false;
  private filters: Filters = {};
  private sort: Sort = "date-desc";
  private total: number | undefined;
  private signal: AbortSignal | undefined;
  private drawn = "";

  constructor(private readonly ctx: TableContext) {
    this.caption = h("p", { class: "caption", "aria-live": "polite" });
    this.head = h("tr", {});
    this.body = h("tbody", {});
    const table = h(
      "table",
      { class: "events", "aria-label": "Matching events" },
      h("thead", {}, this.head),
      this.body,
    );
    this.scroller = h("div", { class: "table-scroll", onscroll: () => this.draw() }, table);
    this.element = h("div", { class: "event-table" }, this.caption, this.scroller);
  }

  /** Shows the first page of a new query. */
  reset(
    filters: Filters,
    sort: Sort,
    first: { events: readonly ApiEvent[]; next?: string },
    signal: AbortSignal,
  ): void {
    this.filters = filters;
    this.sort = sort;
    this.signal = signal;
    this.rows = [...first.events];
    this.next = first.next;
    this.total = undefined;
    this.scroller.scrollTop = 0;
    this.drawHead();
    this.drawn = "";
    this.draw();
  }

  /** The number of matching events (from the timeline's stats), for the caption and row count. */
  setTotal(total: number): void {
    this.total = total;
    this.drawCaption();
  }

  private drawHead(): void {
    const sortButton = (label: string, col: string): HTMLElement | string => {
      if (col === "date") {
        const next: Sort = this.sort === "date-desc" ? "date-asc" : "date-desc";
        return h(
          "button",
          { type: "button", class: "sort", onclick: () => this.ctx.onSort(next) },
          label,
          this.sort.startsWith("date") ? (this.sort === "date-desc" ? " ▼" : " ▲") : "",
        );
      }
      if (col === "reports")
        return h(
          "button",
          { type: "button", class: "sort", onclick: () => this.ctx.onSort("mentions-desc") },
          label,
          this.sort === "mentions-desc" ? " ▼" : "",
        );
      return label;
    };
    const ariaSort = (col: string): string | undefined =>
      col === "date" && this.sort.startsWith("date")
        ? this.sort === "date-desc"
          ? "descending"
          : "ascending"
        : col === "reports" && this.sort === "mentions-desc"
          ? "descending"
          : undefined;
    replaceChildren(
      this.head,
      COLUMNS.map(([label, col]) =>
        h(
          "th",
          { scope: "col", class: `col-${col}`, "aria-sort": ariaSort(col) },
          sortButton(label, col),
        ),
      ),
    );
  }

  private drawCaption(): void {
    const shown = formatCount(this.rows.length);
    const all = this.total === undefined ? "" : ` of ${formatCount(this.total)}`;
    this.caption.textContent =
      this.rows.length === 0
        ? "No matching events."
        : `${shown}${all} events loaded${this.next ? "; scroll for more" : ""}.`;
  }

  /** Renders the rows in view, and asks for the next page near the end. */
  private draw(): void {
    const view = this.scroller.clientHeight || 480;
    const first = Math.max(0, Math.floor(this.scroller.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(
      this.rows.length,
      Math.ceil((this.scroller.scrollTop + view) / ROW_HEIGHT) + OVERSCAN,
    );
    const key = `${first}:${last}:${this.rows.length}`;
    if (key !== this.drawn) {
      this.drawn = key;
      const spacer = (rows: number): HTMLElement => {
        const tr = h(
          "tr",
          { class: "spacer", "aria-hidden": "true" },
          h("td", { colspan: COLUMNS.length }),
        );
        tr.style.height = `${rows * ROW_HEIGHT}px`;
        return tr;
      };
      replaceChildren(
        this.body,
        first > 0 ? spacer(first) : null,
        this.rows.slice(first, last).map((e, i) => this.row(e, first + i)),
        last < this.rows.length ? spacer(this.rows.length - last) : null,
      );
      this.drawCaption();
    }
    if (this.next && !this.loading && last >= this.rows.length - OVERSCAN) void this.more();
  }

  private row(e: ApiEvent, index: number): HTMLElement {
    const open = (ev: Event): void => {
      if ((ev as MouseEvent).ctrlKey || (ev as MouseEvent).metaKey) return;
      ev.preventDefault();
      this.ctx.openEvent(e.id);
    };
    const cells = [
      h("a", { href: this.ctx.eventHref(e.id), onclick: open }, e.date ?? (e.day || "undated")),
      h(
        "span",
        {},
        h("span", { class: `swatch quad-${e.quad_code}`, title: QUAD_LABELS[e.quad_code] }),
        ` ${e.event}`,
      ),
      partiesText(e.actor),
      partiesText(e.recipient),
      e.mode.join(", ") || "—",
      e.modality,
      e.confidence.toFixed(2),
      String(e.mention_count),
    ];
    return h(
      "tr",
      { "aria-rowindex": index + 2, "data-id": e.id },
      cells.map((c, i) => h("td", { class: `col-${COLUMNS[i]![1]}` }, c)),
    );
  }

  private async more(): Promise<void> {
    const signal = this.signal;
    if (!this.next || !signal) return;
    this.loading = true;
    try {
      const page = await api.events(this.filters, this.sort, this.next, PAGE, signal);
      if (signal !== this.signal) return;
      this.rows.push(...page.events);
      this.next = page.next;
    } catch (err) {
      if (!isAbort(err)) this.ctx.onError(err);
      this.next = undefined;
    } finally {
      this.loading = false;
    }
    this.draw();
  }
}
