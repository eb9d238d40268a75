import { describe, expect, it } from "vitest";
import { isPloverType } from "../core/ontology.js";
import type { PloverType } from "../core/types.js";
import { DATE_WINDOW_RULES, windowFor } from "./date-windows.js";

describe("date window table", () => {
  it("has unique kebab-case ids, known types and small non-negative windows", () => {
    expect(new Set(DATE_WINDOW_RULES.map((r) => r.id)).size).toBe(DATE_WINDOW_RULES.length);
    for (const r of DATE_WINDOW_RULES) {
      expect(r.id).toMatch(/^dedup-window-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.type === "*" || isPloverType(r.type)).toBe(true);
      expect(Number.isInteger(r.days) && r.days >= 0 && r.days <= 7).toBe(true);
    }
  });

  it.each<[PloverType, string[], string]>([
    ["ASSAULT", ["firearms"], "dedup-window-default"],
    ["PROTEST", ["demo"], "dedup-window-default"],
    ["CONSULT", ["phone"], "dedup-window-default"],
    ["CONSULT", ["visit"], "dedup-window-consult-visit"],
    ["CONSULT", ["multilateral", "visit"], "dedup-window-consult-visit"],
    ["PROTEST", ["hunger"], "dedup-window-protest-hunger"],
    ["MOBILIZE", ["troops"], "dedup-window-mobilize"],
  ])("%s %j uses %s", (type, modes, id) => {
    expect(windowFor(type, modes).id).toBe(id);
  });
});
