/**
 * The filter bar: every filter of the URL as a form control, applied on change (text fields on
 * Enter or when leaving them), plus removable chips naming the active filters. The controls are
 * built once and only their values follow the state, so focus stays where the user is.
 */
import type { Vocabulary } from "../core/api-types.js";
import { h, replaceChildren } from "../core/dom.js";
import { QUAD_LABELS } from "../core/format.js";
import { MODALITIES, type Filters } from "../core/url-state.js";
import { ActorSearch } from "./actor-search.js";
import {
  checkbox,
  chipsOf,
  closeDropdownsOutside,
  modesOf,
  selectField,
  textField,
  type FilterPatch,
} from "./filter-controls.js";

export type { FilterPatch } from "./filter-controls.js";

type ListName = "type" | "quad" | "modality";

/** The filter form. */
export class FilterBar {
  readonly element: HTMLElement;
  private readonly inputs: Record<"from" | "to" | "text", HTMLInputElement>;
  private readonly selects: Record<"mode" | "context", HTMLSelectElement>;
  private readonly boxes: Record<ListName, HTMLInputElement[]>;
  private readonly actors: Record<"actor" | "recipient", ActorSearch>;
  private readonly confidence: HTMLInputElement;
  private readonly confidenceOut = h("output", {}, "0.00");
  private readonly typeSummary = h("summary", {}, "Types");
  private readonly chips = h("ul", { class: "chips", "aria-label": "Active filters" });

  constructor(
    private readonly vocab: Vocabulary,
    private readonly onChange: (patch: FilterPatch | "clear") => void,
    onError: (err: unknown) => void,
  ) {
    const placeholder = { placeholder: "words in the sentence", maxlength: 200 };
    this.inputs = {
      from: textField("from", "date", {}, onChange),
      to: textField("to", "date", {}, onChange),
      text: textField("text", "search", placeholder, onChange),
    };
    this.actors = this.actorSearches(onError);
    const contexts = vocab.contexts.map((c) => c.name);
    this.selects = {
      mode: selectField("mode", modesOf(vocab), onChange),
      context: selectField("context", contexts, onChange),
    };
    this.boxes = this.checkboxes();
    this.confidence = h("input", {
      type: "range",
      ...{ min: 0, max: 1, step: 0.05, value: 0, name: "min_confidence" },
      onchange: () => this.conf(),
      oninput: () => this.showConf(),
    });
    const form = { class: "filters", role: "search", "aria-label": "Filter events" };
    const rows = [this.firstRow(), this.secondRow(), this.chips];
    this.element = h("form", { ...form, onsubmit: (e) => e.preventDefault() }, rows);
    closeDropdownsOutside(this.element);
  }

  private actorSearches(
    onError: (err: unknown) => void,
  ): Record<"actor" | "recipient", ActorSearch> {
    const names = new Map(this.vocab.countries.map((c) => [c.code, c.name]));
    const search = (label: string, role: "actor" | "recipient"): ActorSearch =>
      new ActorSearch(
        label,
        (c) => this.onChange({ [role]: c.code, [`${role}_name`]: c.name }),
        onError,
        (code) => names.get(code),
      );
    return { actor: search("Actor", "actor"), recipient: search("Recipient", "recipient") };
  }

  private checkboxes(): Record<ListName, HTMLInputElement[]> {
    const list = (name: ListName) => () => this.list(name);
    const quad = (q: number): string => `${q} ${QUAD_LABELS[q]}`;
    return {
      type: this.vocab.types.map((t) =>
        checkbox("type", t.type, t.type, t.description, list("type")),
      ),
      quad: [1, 2, 3, 4].map((q) => checkbox("quad", String(q), quad(q), "", list("quad"))),
      modality: MODALITIES.map((m) => checkbox("modality", m, m, "", list("modality"))),
    };
  }

  private firstRow(): HTMLElement {
    const label = (text: string, control: HTMLElement): HTMLElement =>
      h("label", {}, text, control);
    return h(
      "div",
      { class: "filter-row" },
      label("From", this.inputs.from),
      label("To", this.inputs.to),
      this.actors.actor.element,
      this.actors.recipient.element,
      label("Text", this.inputs.text),
    );
  }

  private secondRow(): HTMLElement {
    const labelled = (input: HTMLInputElement): HTMLElement => input.parentElement!;
    const byQuad = [1, 2, 3, 4].map((q) =>
      h(
        "fieldset",
        {},
        h("legend", {}, QUAD_LABELS[q]),
        this.vocab.types.flatMap((t, i) => (t.quad === q ? [labelled(this.boxes.type[i]!)] : [])),
      ),
    );
    return h(
      "div",
      { class: "filter-row" },
      h(
        "details",
        { class: "multi" },
        this.typeSummary,
        h("div", { class: "multi-body types" }, byQuad),
      ),
      h("fieldset", { class: "inline" }, h("legend", {}, "Quad"), this.boxes.quad.map(labelled)),
      h(
        "details",
        { class: "multi" },
        h("summary", {}, "Modality"),
        h("div", { class: "multi-body" }, this.boxes.modality.map(labelled)),
      ),
      h("label", {}, "Mode", this.selects.mode),
      h("label", {}, "Context", this.selects.context),
      h("label", { class: "range" }, "Min confidence", this.confidence, this.confidenceOut),
      h("button", { type: "button", onclick: () => this.onChange("clear") }, "Clear all"),
    );
  }

  private list(name: ListName): void {
    const values = this.boxes[name].filter((b) => b.checked).map((b) => b.value);
    this.onChange(name === "quad" ? { quad: values.map(Number) } : { [name]: values });
  }

  private conf(): void {
    const v = Number(this.confidence.value);
    this.onChange({ min_confidence: v > 0 ? v : undefined });
  }

  private showConf(): void {
    this.confidenceOut.textContent = Number(this.confidence.value).toFixed(2);
  }

  /** Sets every control from the filters and lists the active ones as chips. */
  update(f: Filters): void {
    for (const name of ["from", "to", "text"] as const) {
      if (document.activeElement !== this.inputs[name]) this.inputs[name].value = f[name] ?? "";
    }
    this.selects.mode.value = f.mode ?? "";
    this.selects.context.value = f.context ?? "";
    const on: Record<ListName, Set<string>> = {
      type: new Set(f.type ?? []),
      quad: new Set((f.quad ?? []).map(String)),
      modality: new Set(f.modality ?? []),
    };
    for (const name of ["type", "quad", "modality"] as const)
      for (const b of this.boxes[name]) b.checked = on[name].has(b.value);
    this.typeSummary.textContent = f.type?.length ? `Types (${f.type.length})` : "Types";
    this.confidence.value = String(f.min_confidence ?? 0);
    this.showConf();
    this.actors.actor.set(f.actor, f.actor_name);
    this.actors.recipient.set(f.recipient, f.recipient_name);
    const chips = chipsOf(f);
    replaceChildren(
      this.chips,
      chips.map(([text, patch]) => this.chip(text, patch)),
    );
    this.chips.hidden = chips.length === 0;
  }

  private chip(text: string, patch: FilterPatch): HTMLElement {
    const remove = h(
      "button",
      {
        type: "button",
        class: "chip-remove",
        "aria-label": `Remove filter ${text}`,
        onclick: () => this.onChange(patch),
      },
      "×",
    );
    return h("li", {}, text, remove);
  }
}
