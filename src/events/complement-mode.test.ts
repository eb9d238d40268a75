/**
 * complement-mode (data/events/complement-modes.tsv): a request, threat or refusal with no mode of
 * its own takes the mode of the act it names, from the complement trigger the embedding rules drop
 * or, for a request, from the verb after its `to`.
 */
import { describe, expect, it } from "vitest";
import { DataFileError } from "../core/errors.js";
import type { PloverType } from "../core/types.js";
import {
  complementModeFor,
  defaultComplementModes,
  parseComplementModes,
  withComplementMode,
} from "./complement-mode.js";
import type { TriggerRule } from "./lexicon.js";
import { code, show } from "./test-code.js";
import { compilePattern } from "./token-pattern.js";

const PATTERN = compilePattern("urge");

function rule(id: string, type: PloverType, cameo: string, mode = ""): TriggerRule {
  if (typeof PATTERN === "string") throw new Error(PATTERN);
  return { id, pattern: PATTERN, type, mode, context: [], cameo, role: "dyadic", confidence: 0.5 };
}

describe("complement modes in sentences", () => {
  const cases: readonly (readonly [text: string, type: PloverType, mode: string, row: string])[] = [
    [
      "The United Nations urged the junta in Bamako to hold elections by the end of the year.",
      "REQUEST",
      "change",
      "mode-request-policy-verb",
    ],
    [
      "Ukraine called on Germany to speed up deliveries of tanks.",
      "REQUEST",
      "assist",
      "mode-request-assist-verb",
    ],
    [
      "Turkey called on the two rivals to hold talks in Ankara.",
      "REQUEST",
      "meet",
      "mode-request-meet",
    ],
    [
      "China warned Japan that it would attack any ship entering the zone.",
      "THREATEN",
      "violence",
      "mode-threaten-force",
    ],
    [
      "The rebels threatened to take the town of Kindu if the army did not withdraw.",
      "THREATEN",
      "territory",
      "mode-threaten-take-territory",
    ],
    ["Iran refused to release the detained tanker crew.", "REJECT", "yield", "mode-reject-release"],
  ];
  it.each(cases)("%s", (text, type, mode, row) => {
    const events = code(text);
    const e = events.find((x) => x.event === type && x.rule.split("+").includes(row));
    expect(e, events.map(show).join(" | ")).toBeDefined();
    expect(e?.mode).toEqual([mode]);
  });

  it("leaves a request whose act is neither a trigger nor a listed verb without a mode", () => {
    const events = code("Brazil urged Paraguay to think again.");
    expect(events.filter((e) => e.event === "REQUEST").map((e) => e.mode)).toEqual([[]]);
  });
});

describe("withComplementMode", () => {
  it("gives every CAMEO row its mode and code; an appeal keeps the 02 family", () => {
    for (const row of defaultComplementModes().filter((r) => r.cameoPrefix !== "")) {
      const generic = { REQUEST: "100", THREATEN: "130", REJECT: "120" }[row.governor as string];
      const g = rule("g", row.governor, generic ?? "100");
      const got = withComplementMode(g, rule("act", "RETREAT", `${row.cameoPrefix}9`));
      expect(got.id, row.id).toBe(`g+${row.id}`);
      expect([got.mode, got.cameo], row.id).toEqual([row.mode, row.cameo || g.cameo]);
    }
    const appeal = withComplementMode(rule("g", "REQUEST", "020"), rule("a", "RETREAT", "0841"));
    expect(appeal.cameo).toBe("0253");
  });

  it("keeps a governor that has a mode or a specific code", () => {
    const act = rule("a", "ASSAULT", "190");
    const withMode = rule("g", "THREATEN", "130", "relations");
    expect(withComplementMode(withMode, act)).toBe(withMode);
    const specific = rule("g", "THREATEN", "1313");
    expect(withComplementMode(specific, act)).toBe(specific);
  });

  it("prefers a row naming the complement's rule id, then the longest CAMEO prefix", () => {
    const rows = defaultComplementModes();
    const take = rule("assault-take-territory", "ASSAULT", "190");
    expect(complementModeFor(rows, "THREATEN", take)?.id).toBe("mode-threaten-take-territory");
    expect(complementModeFor(rows, "THREATEN", rule("x", "SANCTION", "1631"))?.id).toBe(
      "mode-threaten-sanction",
    );
  });

  it("rejects a malformed row", () => {
    const head = "id\tgovernor\tcomplement\tmode\tcameo\n";
    expect(() => parseComplementModes(`${head}x\tFOO\t17\tarrest\t137\n`)).toThrow(DataFileError);
    expect(() => parseComplementModes(`${head}x\tTHREATEN\tBad Cell\tarrest\t137\n`)).toThrow(
      DataFileError,
    );
    expect(() => parseComplementModes(`${head}x\tTHREATEN\t17\t\t137\n`)).toThrow(DataFileError);
  });
});
