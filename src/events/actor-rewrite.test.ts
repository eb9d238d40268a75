/**
 * actor-rewrites.tsv through the pipeline (protesters-violence-is-riot) and the table parser.
 */
import { describe, expect, it } from "vitest";
import { DataFileError } from "../core/errors.js";
import { actorRewrites, parseActorRewrites } from "./actor-rewrite.js";
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
