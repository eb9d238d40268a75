import { describe, expect, it } from "vitest";
import type { ActorEntry } from "./kb-types.js";
import { peoplePatterns, personSectors } from "./people.js";

const entry = (terms: readonly (readonly [number, number])[]): ActorEntry => ({
  id: "x",
  kind: "person",
  form: "person",
  code: "USA",
  sector: ["GOV"],
  name: "X",
  officeTitle: false,
  plural: false,
  terms,
});

describe("personSectors", () => {
  it.each<[string, readonly (readonly [number, number])[], string | undefined, readonly string[]]>([
    ["in office", [[2009, 2017]], "2012-05-01", ["GOV"]],
    ["after the last term: former official", [[2009, 2017]], "2019-01-01", ["ELI"]],
    [
      "between two terms",
      [
        [2009, 2017],
        [2021, 2025],
      ],
      "2019-06-01",
      ["ELI"],
    ],
    ["before taking office keeps the listed sector", [[2009, 2017]], "2001-01-01", ["GOV"]],
    ["open term", [[2013, Number.POSITIVE_INFINITY]], "2030-01-01", ["GOV"]],
    ["undated document", [[2009, 2017]], undefined, ["GOV"]],
  ])("%s", (_, terms, date, want) => {
    expect(personSectors(entry(terms), date)).toEqual(want);
  });
});

describe("people.tsv", () => {
  const patterns = peoplePatterns();
  it("gives every row a code, a sector and at least one term", () => {
    for (const { entry } of patterns) {
      expect(entry.code).toMatch(/^[A-Z]{3}$/);
      expect(entry.sector.length).toBeGreaterThan(0);
      expect(entry.terms?.length ?? 0).toBeGreaterThan(0);
    }
  });
  it("never maps one pattern to two people", () => {
    const seen = new Map<string, string>();
    for (const { pattern, entry } of patterns) {
      const before = seen.get(pattern.toLowerCase());
      expect(
        before === undefined || before === entry.id,
        `${pattern}: ${before} and ${entry.id}`,
      ).toBe(true);
      seen.set(pattern.toLowerCase(), entry.id);
    }
  });
});
