/**
 * The app shell: reads the view from the URL, shows the page it names, keeps the URL in step
 * (every filter change is a history entry, so back/forward and reload work), cancels the
 * requests of a view that was replaced, and reports failures in an alert region. When a view is
 * fully drawn it sets `data-ready` on <body> and fires `dyad:ready` (tests and the benchmark wait
 * for it).
 */
import { isAbort } from "../core/api-client.js";
import type { Vocabulary } from "../core/api-types.js";
import { h, replaceChildren } from "../core/dom.js";
import { DEFAULT_STATE, parseState, stateToSearch, type ViewState } from "../core/url-state.js";
import type { AppContext, Page } from "./app-context.js";
import { ActorPage } from "./actor-page.js";
import { EventPage } from "./event-page.js";
import { OverviewPage } from "./overview-page.js";

/** The running dashboard. */
export class App {
  private state: ViewState = DEFAULT_STATE;
  private readonly pages = new Map<ViewState["view"], Page>();
  private current: AbortController | undefined;
  private seq = 0;
  private readonly ctx: AppContext;

  constructor(
    private readonly main: HTMLElement,
    private readonly alerts: HTMLElement,
    vocab: Vocabulary,
  ) {
    const names = new Map(vocab.countries.map((c) => [c.code, c.name]));
    this.ctx = {
      vocab,
      state: () => this.state,
      navigate: (next) => this.navigate(next),
      href: (s) => stateToSearch(s) || "?",
      alert: (err, what) => this.alert(err, what),
      nameOf: (code) => names.get(code) ?? "",
    };
    window.addEventListener("popstate", () => this.load());
  }

  /** Shows the view of the current URL. */
  load(): void {
    const { state, problems } = parseState(window.location.search);
    this.state = state;
    this.clearAlerts();
    for (const p of problems) this.message(p);
    void this.render();
  }

  /** Shows another view and records it in the history (unless it is the same URL). */
  navigate(next: ViewState): void {
    const search = stateToSearch(next);
    if (search !== window.location.search)
      window.history.pushState(null, "", search || window.location.pathname);
    const pageChanged = next.view !== this.state.view || next.id !== this.state.id;
    this.state = next;
    this.clearAlerts();
    void this.render();
    if (pageChanged) window.scrollTo(0, 0);
  }

  private page(view: ViewState["view"]): Page {
    let page = this.pages.get(view);
    if (!page) {
      page =
        view === "event"
          ? new EventPage(this.ctx)
          : view === "actor"
            ? new ActorPage(this.ctx)
            : new OverviewPage(this.ctx);
      this.pages.set(view, page);
    }
    return page;
  }

  private async render(): Promise<void> {
    this.current?.abort();
    const ctl = (this.current = new AbortController());
    const seq = ++this.seq;
    document.body.removeAttribute("data-ready");
    const page = this.page(this.state.view);
    if (this.main.firstElementChild !== page.element) replaceChildren(this.main, page.element);
    document.title = titleOf(this.state);
    try {
      await page.update(this.state, ctl.signal);
    } catch (err) {
      if (ctl.signal.aborted && isAbort(err)) return;
      this.alert(err, "this view");
    }
    if (ctl.signal.aborted) return;
    performance.mark("dyad:ready", { detail: { seq } });
    document.body.setAttribute("data-ready", String(seq));
    document.dispatchEvent(new CustomEvent("dyad:ready", { detail: { seq } }));
  }

  /** Shows an error; aborted requests are not errors (a newer view replaced them). */
  private alert(err: unknown, what: string): void {
    if (isAbort(err)) return;
    const msg = err instanceof Error ? err.message : String(err);
    this.message(`Could not load ${what}: ${msg}`);
    // Also in the console, with the stack, for whoever debugs it.
    console.error(err);
  }

  private message(text: string): void {
    const item = h(
      "div",
      { class: "alert" },
      h("p", {}, text),
      h(
        "button",
        {
          type: "button",
          class: "alert-close",
          "aria-label": "Dismiss",
          onclick: () => item.remove(),
        },
        "×",
      ),
    );
    this.alerts.appendChild(item);
  }

  private clearAlerts(): void {
    this.alerts.replaceChildren();
  }
}

function titleOf(s: ViewState): string {
  if (s.view === "event") return "Event · dyad";
  if (s.view === "actor") return `${s.code ?? ""} · dyad`;
  return "Events · dyad";
}
