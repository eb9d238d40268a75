/** Small shared building blocks of the pages: titled sections and radio groups. */
import { h, type Child } from "../core/dom.js";

/** A titled page section with optional controls beside the title. */
export function section(
  id: string,
  title: string,
  controls: readonly HTMLElement[],
  ...body: Child[]
): HTMLElement {
  return h(
    "section",
    { class: `panel panel-${id}`, "aria-labelledby": `${id}-title` },
    h("div", { class: "panel-head" }, h("h2", { id: `${id}-title` }, title), controls),
    body,
  );
}

/** A labelled radio group; `set` checks a value without reporting it. */
export function radioGroup(
  label: string,
  name: string,
  values: readonly string[],
  onPick: (value: string) => void,
): { element: HTMLElement; set: (value: string) => void } {
  const inputs = values.map((v) =>
    h("input", { type: "radio", name, value: v, onchange: () => onPick(v) }),
  );
  const element = h(
    "fieldset",
    { class: "radio-group" },
    h("legend", {}, label),
    inputs.map((input, i) => h("label", {}, input, values[i]!)),
  );
  return {
    element,
    set: (value) => {
      for (const input of inputs) input.checked = input.value === value;
    },
  };
}
