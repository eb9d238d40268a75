/**
 * An actor picker: a combobox that searches `GET /api/actors` by name and by code as one types
 * and offers "every actor coded XYZ" for code-like input. Arrow keys move through the options,
 * Enter picks (or applies the typed text as a code or name), Escape closes.
 */
import { api, isAbort } from "../core/api-client.js";
import type { ActorRow } from "../core/api-types.js";
import { h, replaceChildren } from "../core/dom.js";

/** A picked actor: a code, and a name when the choice was a named person or body. */
export interface ActorChoice {
  readonly code?: string;
  readonly name?: string;
}

interface Option {
  readonly label: string;
  readonly choice: ActorChoice;
}

const CODE_LIKE = /^[A-Za-z0-9-]{3,30}$/;
let seq = 0;

/** The combobox; `set` shows the current filter, `onPick` reports a choice (empty: cleared). */
export class ActorSearch {
  readonly element: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private options: Option[] = [];
  private active = -1;
  private timer: number | undefined;
  private pending: AbortController | undefined;

  constructor(
    label: string,
    private readonly onPick: (choice: ActorChoice) => void,
    private readonly onError: (err: unknown) => void,
    private readonly countryName: (code: string) => string | undefined,
  ) {
    const id = `actor-search-${++seq}`;
    this.list = h("ul", { id: `${id}-list`, role: "listbox", class: "combo-list", hidden: true });
    this.input = h("input", {
      id,
      type: "text",
      role: "combobox",
      autocomplete: "off",
      spellcheck: "false",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": `${id}-list`,
      placeholder: "name or code",
      oninput: () => this.typed(),
      onkeydown: (e) => this.key(e as KeyboardEvent),
      onblur: () => window.setTimeout(() => this.close(), 150),
    });
    this.element = h(
      "div",
      { class: "combo" },
      h("label", { for: id }, label),
      this.input,
      this.list,
    );
  }

  /** Shows the current filter value in the box. */
  set(code: string | undefined, name: string | undefined): void {
    if (document.activeElement === this.input) return;
    this.input.value = [code, name].filter((x) => x !== undefined).join(" · ");
  }

  private typed(): void {
    window.clearTimeout(this.timer);
    const q = this.input.value.trim();
    if (q.length < 2) return this.close();
    this.timer = window.setTimeout(() => void this.search(q), 200);
  }

  private async search(q: string): Promise<void> {
    this.pending?.abort();
    const ctl = (this.pending = new AbortController());
    try {
      const code = CODE_LIKE.test(q) ? q.toUpperCase() : undefined;
      const [byName, byCode] = await Promise.all([
        api.actors(q, ctl.signal),
        code ? api.actorsByCode(code, ctl.signal) : Promise.resolve([]),
      ]);
      this.show(optionsOf(code, [...byCode, ...byName], this.countryName));
    } catch (err) {
      if (!isAbort(err)) this.onError(err);
    }
  }

  private show(options: Option[]): void {
    this.options = options;
    this.active = -1;
    replaceChildren(
      this.list,
      options.map((o, i) =>
        h(
          "li",
          {
            id: `${this.list.id}-${i}`,
            role: "option",
            "aria-selected": "false",
            onmousedown: (e) => {
              e.preventDefault();
              this.pick(i);
            },
          },
          o.label,
        ),
      ),
    );
    this.list.hidden = options.length === 0;
    this.input.setAttribute("aria-expanded", String(options.length > 0));
  }

  private key(e: KeyboardEvent): void {
    const n = this.options.length;
    if (e.key === "ArrowDown" && n > 0) this.highlight((this.active + 1) % n);
    else if (e.key === "ArrowUp" && n > 0) this.highlight((this.active - 1 + n) % n);
    else if (e.key === "Escape") this.close();
    else if (e.key === "Enter") {
      if (this.active >= 0) this.pick(this.active);
      else this.pickTyped();
    } else return;
    e.preventDefault();
  }

  private highlight(i: number): void {
    this.active = i;
    this.list
      .querySelectorAll("li")
      .forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    this.input.setAttribute("aria-activedescendant", `${this.list.id}-${i}`);
  }

  private pick(i: number): void {
    const o = this.options[i];
    if (!o) return;
    this.close();
    this.input.value = o.label;
    this.onPick(o.choice);
  }

  /** Enter on typed text: a code-like word is a code, anything else a name, nothing clears. */
  private pickTyped(): void {
    window.clearTimeout(this.timer);
    const q = this.input.value.trim();
    this.close();
    if (q === "") this.onPick({});
    else if (/^[A-Za-z]{3}$|^[A-Z0-9-]{3,30}$/.test(q)) this.onPick({ code: q.toUpperCase() });
    else this.onPick({ name: q });
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    this.active = -1;
  }
}

/** Options: "every actor coded X" first, then distinct actor codings. */
function optionsOf(
  code: string | undefined,
  rows: readonly ActorRow[],
  countryName: (code: string) => string | undefined,
): Option[] {
  const out: Option[] = [];
  if (code) out.push({ label: `${code}: every actor coded ${code}`, choice: { code } });
  const seen = new Set<string>();
  for (const r of rows) {
    const c = r.code_full ?? r.code;
    // A country's own name adds nothing to its code; a person's or body's name narrows it.
    const name = r.name !== undefined && r.name !== countryName(r.code) ? r.name : undefined;
    const key = `${c}\t${name ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const label = `${name ?? countryName(r.code) ?? c} (${[c, ...r.sector].join(" ")}), ${r.mentions} mentions`;
    out.push({ label, choice: name ? { code: c, name } : { code: c } });
  }
  return out.slice(0, 12);
}
