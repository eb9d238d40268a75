/**
 * Validates the event-coding tables in data/events (triggers, cues, contexts) against the
 * PLOVER 2.0 / CAMEO ontology files and the pattern syntax of data/events/README.md.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataPath } from "../core/data-path.js";
import { parseTsv, type TsvRow } from "../core/read-tsv.js";
import { compilePattern } from "./token-pattern.js";

interface PloverJson {
  readonly event_types: readonly {
    readonly type: string;
    readonly modes: readonly { readonly mode: string }[];
  }[];
  readonly contexts: readonly { readonly context: string }[];
  readonly coding_rules: readonly { readonly id: string }[];
}

const plover = JSON.parse(readFileSync(dataPath("ontology", "plover.json"), "utf8")) as PloverJson;
const modesByType = new Map(
  plover.event_types.map((t) => [t.type, new Set(t.modes.map((m) => m.mode))]),
);
const contexts = new Set(plover.contexts.map((c) => c.context));
const ruleIds = new Set(plover.coding_rules.map((r) => r.id));
const cameoType = new Map(
  parseTsv(readFileSync(dataPath("ontology", "cameo.tsv"), "utf8"), "cameo.tsv").map((r) => [
    r.cells["code"] ?? "",
    r.cells["plover_type"] ?? "",
  ]),
);

const HEADERS = {
  "triggers.tsv": "id\tpattern\ttype\tmode\tcontext\tcameo\trole\tconfidence\tnote",
  "cues.tsv": "id\tkind\tpattern\tnote",
  "contexts.tsv": "id\tpattern\tcontext\tnote",
} as const;
type Table = keyof typeof HEADERS;

const text = (f: Table): string => readFileSync(dataPath("events", f), "utf8");
const rows = (f: Table): TsvRow[] => parseTsv(text(f), f);
const cell = (r: TsvRow, c: string): string => r.cells[c] ?? "";
const triggers = rows("triggers.tsv");
const cues = rows("cues.tsv");
const contextRows = rows("contexts.tsv");

const UPOS = new Set(
  "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split(" "),
);
const CUE_KINDS = new Set([
  "negation",
  "future",
  "hypothetical",
  "historical",
  "speech",
  "topic",
  "nonevent",
  "opaque",
  "obligation",
  "advice",
  "allegation",
]);
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** An override note names a coding-rule id of plover.json or a type section of the manual. */
const OVERRIDE_CITE = /\[([a-z0-9-]+|manual [A-Z]+)\]/g;

/** Problems with a pattern under the README syntax, beyond what the compiler rejects. */
function patternProblems(p: string): string[] {
  const out: string[] = [];
  if (p !== p.trim() || /\s{2,}|\t/.test(p)) out.push("stray whitespace");
  const els = p.split(" ");
  if (els[0] === "..." || els[0] === "_") out.push("starts with a gap or wildcard");
  if (els[els.length - 1] === "...") out.push("ends with a gap");
  els.forEach((el, i) => {
    if (el === "..." || el === "_") {
      if (el === "..." && els[i + 1] === "...") out.push("two gaps in a row");
      return;
    }
    for (const alt of el.split("|")) {
      const m = /^([^/\s]+)(?:\/([A-Z]+))?$/.exec(alt);
      if (!m) out.push(`bad alternative "${alt}"`);
      else if (m[1] !== m[1]?.toLowerCase()) out.push(`not lower-case "${alt}"`);
      else if (m[2] !== undefined && !UPOS.has(m[2])) out.push(`unknown POS "${alt}"`);
    }
  });
  if (typeof compilePattern(p) === "string") out.push(String(compilePattern(p)));
  return out;
}

describe("event tables: headers and ids", () => {
  it.each(Object.keys(HEADERS) as Table[])("%s has the exact header", (f) => {
    const header = text(f)
      .split(/\r?\n/)
      .find((l) => l.trim() !== "" && !l.startsWith("#"));
    expect(header).toBe(HEADERS[f]);
  });

  it("ids are kebab-case and unique across the three tables", () => {
    const ids = [...triggers, ...cues, ...contextRows].map((r) => cell(r, "id"));
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("trigger ids are prefixed by their type", () => {
    const bad = triggers.filter(
      (r) => !cell(r, "id").startsWith(`${cell(r, "type").toLowerCase()}-`),
    );
    expect(bad.map((r) => cell(r, "id"))).toEqual([]);
  });

  it("no two trigger rows share a pattern", () => {
    const pats = triggers.map((r) => cell(r, "pattern"));
    expect(pats.filter((p, i) => pats.indexOf(p) !== i)).toEqual([]);
  });
});

describe("triggers.tsv rows", () => {
  it.each(triggers.map((r) => [cell(r, "id"), r] as const))("%s is well formed", (_id, r) => {
    const type = cell(r, "type");
    const mode = cell(r, "mode");
    const conf = Number(cell(r, "confidence"));
    expect(modesByType.has(type), `type ${type}`).toBe(true);
    if (mode) expect(modesByType.get(type)?.has(mode), `mode ${mode}`).toBe(true);
    for (const c of cell(r, "context").split(";").filter(Boolean))
      expect(contexts.has(c), `context ${c}`).toBe(true);
    expect(cameoType.has(cell(r, "cameo")), `cameo ${cell(r, "cameo")}`).toBe(true);
    expect(["dyadic", "reciprocal", "unary", "transitive", "inverse"]).toContain(cell(r, "role"));
    expect(conf > 0 && conf <= 1, `confidence ${cell(r, "confidence")}`).toBe(true);
    expect(cell(r, "note"), "note").not.toBe("");
    expect(patternProblems(cell(r, "pattern"))).toEqual([]);
  });

  it("a CAMEO code's PLOVER type agrees with the row, or the note cites the 2.0 rule that overrides it", () => {
    const bad = triggers.filter((r) => {
      if (cameoType.get(cell(r, "cameo")) === cell(r, "type")) return false;
      const note = cell(r, "note");
      const cites = [...note.matchAll(OVERRIDE_CITE)].map((m) => m[1] ?? "");
      const cited = cites.some(
        (c) => ruleIds.has(c) || (c.startsWith("manual ") && modesByType.has(c.slice(7))),
      );
      return !(note.includes("overrides CAMEO2PLOVER") && cited);
    });
    expect(bad.map((r) => `${cell(r, "id")} (${cell(r, "cameo")})`)).toEqual([]);
  });

  it("every cited coding rule exists in plover.json", () => {
    const cited = triggers.flatMap((r) =>
      [...cell(r, "note").matchAll(OVERRIDE_CITE)].map((m) => m[1] ?? ""),
    );
    const unknown = cited.filter((c) => !c.startsWith("manual ") && !ruleIds.has(c));
    expect([...new Set(unknown)]).toEqual([]);
  });

  it("covers all 16 PLOVER types and every mode of every type", () => {
    const seen = new Set(triggers.map((r) => `${cell(r, "type")}:${cell(r, "mode")}`));
    const missing: string[] = [];
    for (const [type, modes] of modesByType) {
      if (![...seen].some((s) => s.startsWith(`${type}:`))) missing.push(type);
      for (const m of modes) if (!seen.has(`${type}:${m}`)) missing.push(`${type}:${m}`);
    }
    expect(modesByType.size).toBe(16);
    expect(missing).toEqual([]);
  });
});

describe("cues.tsv and contexts.tsv rows", () => {
  it.each(cues.map((r) => [cell(r, "id"), r] as const))("cue %s is well formed", (_id, r) => {
    expect(CUE_KINDS.has(cell(r, "kind")), `kind ${cell(r, "kind")}`).toBe(true);
    expect(cell(r, "id").startsWith(`${cell(r, "kind")}-`)).toBe(true);
    expect(patternProblems(cell(r, "pattern"))).toEqual([]);
  });

  it("every cue kind has rows", () => {
    const kinds = new Set(cues.map((r) => cell(r, "kind")));
    expect([...CUE_KINDS].filter((k) => !kinds.has(k))).toEqual([]);
  });

  it.each(contextRows.map((r) => [cell(r, "id"), r] as const))(
    "context %s is well formed",
    (_id, r) => {
      expect(contexts.has(cell(r, "context")), `context ${cell(r, "context")}`).toBe(true);
      expect(cell(r, "id").startsWith("context-")).toBe(true);
      expect(patternProblems(cell(r, "pattern"))).toEqual([]);
    },
  );

  it("all 37 PLOVER contexts are reachable from contexts.tsv", () => {
    const used = new Set(contextRows.map((r) => cell(r, "context")));
    expect(contexts.size).toBe(37);
    expect([...contexts].filter((c) => !used.has(c))).toEqual([]);
  });
});
