/**
 * The form controls of the filter bar and the wording of its chips: small factories, so the bar
 * itself only wires them to the state.
 */
import type { Vocabulary } from "../core/api-types.js";
import { h } from "../core/dom.js";
import type { Filters } from "../core/url-state.js";

/** Replaces some filters; `undefined` removes one. */
export type FilterPatch = { readonly [K in keyof Filters]?: Filters[K] | undefined };

/** A text-like input reporting its trimmed value on change (Enter or leaving it). */
export function textField(
  name: "from" | "to" | "text",
  type: string,
  extra: Readonly<Record<string, string | number>>,
  onChange: (patch: FilterPatch) => void,
): HTMLInputElement {
  return h("input", {
    name,
    type,
    ...extra,
    onchange: (e) => {
      const v = (e.target as HTMLInputElement).value.trim();
      onChange({ [name]: v === "" ? undefined : v });
    },
  });
}

/** A select with "any" first. */
export function selectField(
  name: "mode" | "context",
  values: readonly string[],
  onChange: (patch: FilterPatch) => void,
): HTMLSelectElement {
  return h(
    "select",
    {
      name,
      onchange: (e) => onChange({ [name]: (e.target as HTMLSelectElement).value || undefined }),
    },
    h("option", { value: "" }, "any"),
    values.map((v) => h("option", { value: v }, v)),
  );
}

/** A checkbox inside its label (reach the label with `parentElement`). */
export function checkbox(
  name: string,
  value: string,
  text: string,
  title: string,
  onChange: () => void,
): HTMLInputElement {
  const input = h("input", { type: "checkbox", name, value, onchange: onChange });
  const cls = name === "quad" ? `check quad-chip quad-${value}` : "check";
  h("label", { class: cls, title: title || undefined }, input, text);
  return input;
}

/** The chips of the active filters: their text and the patch that removes each. */
export function chipsOf(f: Filters): [string, FilterPatch][] {
  const out: [string, FilterPatch][] = [];
  if (f.from || f.to)
    out.push([`Dates: ${f.from ?? "…"} to ${f.to ?? "…"}`, { from: undefined, to: undefined }]);
  for (const role of ["actor", "recipient"] as const) {
    const who = [f[role], f[`${role}_name`]].filter(Boolean).join(" · ");
    const label = role === "actor" ? "Actor" : "Recipient";
    if (who) out.push([`${label}: ${who}`, { [role]: undefined, [`${role}_name`]: undefined }]);
  }
  if (f.type?.length) out.push([`Types: ${f.type.join(", ")}`, { type: undefined }]);
  if (f.quad?.length) out.push([`Quad: ${f.quad.join(", ")}`, { quad: undefined }]);
  if (f.modality?.length) out.push([`Modality: ${f.modality.join(", ")}`, { modality: undefined }]);
  if (f.mode) out.push([`Mode: ${f.mode}`, { mode: undefined }]);
  if (f.context) out.push([`Context: ${f.context}`, { context: undefined }]);
  if (f.min_confidence !== undefined)
    out.push([`Confidence ≥ ${f.min_confidence}`, { min_confidence: undefined }]);
  if (f.text) out.push([`Text: “${f.text}”`, { text: undefined }]);
  return out;
}

/** Every mode of any type, once, sorted. */
export function modesOf(vocab: Vocabulary): string[] {
  return [...new Set(vocab.types.flatMap((t) => t.modes.map((m) => m.name)))].sort();
}

/** Open type/modality lists close on Escape and on a click elsewhere, like a menu. */
export function closeDropdownsOutside(root: HTMLElement): void {
  const close = (except?: EventTarget | null): void => {
    for (const d of root.querySelectorAll<HTMLDetailsElement>("details.multi[open]"))
      if (!(except instanceof Node && d.contains(except))) d.open = false;
  };
  document.addEventListener("click", (e) => close(e.target));
  root.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    const open = root.querySelector<HTMLDetailsElement>("details.multi[open]");
    if (!open) return;
    open.open = false;
    open.querySelector("summary")?.focus();
  });
}
