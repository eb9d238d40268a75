/**
 * actor-rewrites.tsv through the pipeline (protesters-violence-is-riot, police-operation-is-coerce,
 * ...) and the table parser.
 */
import { describe, expect, it } from "vitest";
import { DataFileError } from "../core/errors.js";
import type { Mention, Token } from "../core/types.js";
import { actorRewriteFor, actorRewrites, parseActorRewrites } from "./actor-rewrite.js";
import { code, show } from "./test-code.js";

describe("protesters-violence-is-riot", () => {
  it.each([
    ["stones", "Demonstrators threw stones at police in Lima on Sunday."],
    ["fire, lower-case plural", "Angry protesters set fire to cars in Dakar on Monday."],
    ["property, passive", "The Greek consulate was wrecked by Turkish protesters."],
  ])("street violence by demonstrators is PROTEST riot 145 (%s)", (_why, text) => {
    const e = code(text).find((x) => x.rule.includes("protesters-violence-is-riot"));
    expect(e ? `${e.event} ${e.mode.join(",")} ${e.cameo}` : code(text).map(show)).toBe(
      "PROTEST riot 145",
    );
  });

  it.each([
    ["guns stay ASSAULT", "Protesters opened fire on police in Lima on Sunday."],
    ["a mixed actor list stays ASSAULT", "Police and protesters threw stones in Lima."],
    ["police violence stays ASSAULT", "Police threw stones at protesters in Lima on Sunday."],
  ])("%s", (_why, text) => {
    const events = code(text);
    expect(events.map((x) => x.event)).toContain("ASSAULT");
    expect(events.some((x) => x.rule.includes("protesters-violence-is-riot"))).toBe(false);
  });
});

describe("aid-group-withdrawal-is-sanction", () => {
  it.each([
    ["a named NGO (by code)", "Human Rights Watch withdrew its researchers from Burundi."],
    ["a charity (by head)", "The British charity pulled out of the region on Monday."],
  ])("an aid group leaving a country is SANCTION withdraw 1663 (%s)", (_why, text) => {
    const e = code(text).find((x) => x.rule.includes("aid-group-withdrawal-is-sanction"));
    expect(e ? `${e.event} ${e.mode.join(",")} ${e.cameo}` : code(text).map(show)).toBe(
      "SANCTION withdraw 1663",
    );
  });

  it("troops withdrawing stay RETREAT", () => {
    const events = code("Russian troops withdrew from the town on Monday.");
    expect(events.map((x) => x.event)).toContain("RETREAT");
    expect(events.some((x) => x.rule.includes("aid-group-withdrawal-is-sanction"))).toBe(false);
  });
});

describe("police-operation-is-coerce", () => {
  it.each([
    ["launched, head noun", "Police launched an operation in the slums of Karachi on Monday."],
    ["carried out", "Police carried out an operation against drug gangs in Rio on Friday."],
    ["search operation", "Indian police launched a search operation in Srinagar on Sunday."],
    ["COP sector, no police head", "Scotland Yard launched an operation in east London."],
    ["security forces (COP)", "Security forces started an operation in the district on Tuesday."],
  ])("a police operation is COERCE seize 171 (%s)", (_why, text) => {
    const e = code(text).find((x) => x.rule.includes("police-operation-is-coerce"));
    expect(e ? `${e.event} ${e.mode.join(",")} ${e.cameo}` : code(text).map(show)).toBe(
      "COERCE seize 171",
    );
  });

  it.each([
    ["an army operation stays ASSAULT", "The army launched an operation against the rebels."],
    ["a police attack stays ASSAULT", "Police launched an attack on the camp on Monday."],
    ["police killing stays ASSAULT", "Police killed two suspects in Karachi on Monday."],
  ])("%s", (_why, text) => {
    const events = code(text);
    expect(events.map((x) => x.event)).toContain("ASSAULT");
    expect(events.some((x) => x.rule.includes("police-operation-is-coerce"))).toBe(false);
  });
});

describe("when_rules", () => {
  const text =
    "id\twhen_type\twhen_modes\twhen_rules\tactor_heads\tthen_type\tthen_mode\tthen_cameo\n" +
    "op\tASSAULT\tnone\tr-op|r-op2\tpolice\tCOERCE\tseize\t171\n" +
    "any\tASSAULT\tnone\t\tprotester\tPROTEST\triot\t145\n";
  const table = parseActorRewrites(text, "t.tsv");
  const tokens = [{ lemma: "police" }, { lemma: "protester" }] as unknown as Token[];
  const police = [{ head: 0, entity: { code: "", sector: [] } }] as unknown as Mention[];
  const protesters = [{ head: 1, entity: { code: "", sector: [] } }] as unknown as Mention[];
  const fit = (rule: string | undefined, actors: Mention[]): string | undefined =>
    actorRewriteFor(
      rule === undefined ? { type: "ASSAULT", mode: "" } : { type: "ASSAULT", mode: "", rule },
      actors,
      tokens,
      table,
    )?.id;

  it.each([
    ["a listed rule fits", "r-op2", police, "op"],
    ["another rule does not", "r-attack", police, undefined],
    ["an unknown rule does not", undefined, police, undefined],
    ["an empty cell fits any rule", "r-attack", protesters, "any"],
    ["an empty cell fits an unknown rule", undefined, protesters, "any"],
  ])("%s", (_why, rule, actors, want) => {
    expect(fit(rule, actors)).toBe(want);
  });

  it("parses the cell into a set, empty when blank", () => {
    expect(table.map((r) => [...r.whenRules])).toEqual([["r-op", "r-op2"], []]);
  });
});

describe("parseActorRewrites", () => {
  it("reads the built-in table", () => {
    expect(actorRewrites().map((r) => r.id)).toContain("protesters-violence-is-riot");
  });
  it("throws DataFileError on an unknown type", () => {
    const text =
      "id\twhen_type\twhen_modes\tactor_heads\tthen_type\tthen_mode\tthen_cameo\n" +
      "x\tRIOT\tnone\tprotester\tPROTEST\triot\t145\n";
    expect(() => parseActorRewrites(text, "t.tsv")).toThrow(DataFileError);
  });
  it("throws DataFileError on a row with neither heads nor codes", () => {
    const text =
      "id\twhen_type\twhen_modes\tactor_heads\tactor_codes\tthen_type\tthen_mode\tthen_cameo\n" +
      "x\tRETREAT\tnone\t\t\tSANCTION\twithdraw\t166\n";
    expect(() => parseActorRewrites(text, "t.tsv")).toThrow(DataFileError);
  });
});
