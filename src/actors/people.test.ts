import { describe, expect, it } from "vitest";
import { DataFileError } from "../core/errors.js";
import type { Mention } from "../core/types.js";
import type { ActorEntry, PersonTerm } from "./kb-types.js";
import { loadKnowledgeBase } from "./knowledge-base.js";
import { parseTerms, peoplePatterns, personAt, personSectors } from "./people.js";
import { resolveActors } from "./resolve-actors.js";
import { testDoc } from "./test-doc.js";

const entry = (cell: string): ActorEntry => ({
  id: "x",
  kind: "person",
  form: "person",
  code: "USA",
  sector: ["GOV"],
  name: "X",
  office: "President",
  officeTitle: false,
  plural: false,
  terms: parseTerms(cell, "test.tsv", 1),
});

describe("personSectors", () => {
  it.each<[string, string, string | undefined, readonly string[]]>([
    ["in office", "2009-2017", "2012-05-01", ["GOV"]],
    ["after the last term: former official", "2009-2017", "2019-01-01", ["ELI"]],
    ["between two terms", "2009-2017;2021-2025", "2019-06-01", ["ELI"]],
    ["before taking office keeps the listed sector", "2009-2017", "2001-01-01", ["GOV"]],
    ["open term", "2013-", "2030-01-01", ["GOV"]],
    ["undated document", "2009-2017", undefined, ["GOV"]],
    ["month precision: out the month after the term", "2009.01-2017.03", "2017-04-02", ["ELI"]],
    ["month precision: in the last month", "2009.01-2017.03", "2017-03-30", ["GOV"]],
  ])("%s", (_, terms, date, want) => {
    expect(personSectors(entry(terms), date)).toEqual(want);
  });
});

describe("personAt: per-term posts", () => {
  const career = entry(
    "1990-1995=ESP GOV Foreign Minister;1995.12-1999.10=IGO MIL NATO Secretary-General;1999.10-2009",
  );
  it.each<[string, string | undefined, string, readonly string[], string | undefined]>([
    ["first post", "1993-02-01", "ESP", ["GOV"], "Foreign Minister"],
    ["handover month goes to the new post", "1995-12-10", "IGO", ["MIL"], "NATO Secretary-General"],
    ["term without its own post takes the row's", "2004-06-01", "USA", ["GOV"], "President"],
    ["after every term: former holder of the last post", "2012-01-01", "USA", ["ELI"], "President"],
    ["before every term: the first post", "1985-01-01", "ESP", ["GOV"], "Foreign Minister"],
    ["undated: the row's main post", undefined, "USA", ["GOV"], "President"],
  ])("%s", (_, date, code, sector, office) => {
    const at = personAt(career, date);
    expect([at.code, at.sector, at.office]).toEqual([code, sector, office]);
  });
  it("former holder of a foreign post keeps that post's code", () => {
    const at = personAt(entry("1985-1990=RUS GOV Foreign Minister;1992-2003"), "1991-03-01");
    expect([at.code, at.sector]).toEqual(["RUS", ["ELI"]]);
  });
  it("leaves other entries alone", () => {
    const org: ActorEntry = { ...entry("2000-"), kind: "organisation" };
    expect(personAt(org, "2001-01-01")).toBe(org);
  });
});

describe("parseTerms", () => {
  it("reads a term's own post", () => {
    expect(parseTerms("2004.11-2014.10=EUR GOV+ELI Commission President", "f", 1)).toEqual<
      PersonTerm[]
    >([
      {
        from: 2004 * 12 + 10,
        to: 2014 * 12 + 9,
        code: "EUR",
        sector: ["GOV", "ELI"],
        office: "Commission President",
      },
    ]);
  });
  it.each([
    ["no year", "-2004"],
    ["ends before it starts", "2004-2001"],
    ["month 13", "2004.13-2006"],
    ["code without sector", "2004-2006=EUR"],
    ["lower-case code", "2004-2006=eur GOV"],
  ])("rejects %s with DataFileError", (_, cell) => {
    expect(() => parseTerms(cell, "people.tsv", 7)).toThrow(DataFileError);
  });
});

describe("people.tsv", () => {
  const patterns = peoplePatterns();
  it("gives every row a code, a sector and at least one term, and every term post a code", () => {
    for (const { entry } of patterns) {
      expect(entry.code).toMatch(/^[A-Z]{3}$/);
      expect(entry.sector.length).toBeGreaterThan(0);
      expect(entry.terms?.length ?? 0).toBeGreaterThan(0);
      for (const t of entry.terms ?? []) if (t.code) expect(t.code).toMatch(/^[A-Z]{3}$/);
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

describe("people with posts in different states or bodies (resolveActors)", () => {
  const kb = loadKnowledgeBase();
  const person = (text: string, date: string, name: string): Mention | undefined =>
    resolveActors(testDoc(text, date), kb).find((m) => m.span.text === name);
  it.each<[string, string, string, string, readonly string[]]>([
    [
      "Shevardnadze met Baker in Moscow to discuss arms control.",
      "1989-05-10",
      "Shevardnadze",
      "RUS",
      ["GOV"],
    ],
    [
      "Shevardnadze appealed for calm in Tbilisi on Sunday.",
      "1998-02-15",
      "Shevardnadze",
      "GEO",
      ["GOV"],
    ],
    [
      "Ban Ki-moon arrived in Beijing for talks on the nuclear issue.",
      "2005-03-20",
      "Ban Ki-moon",
      "KOR",
      ["GOV"],
    ],
    [
      "Ban Ki-moon urged both sides to stop the fighting.",
      "2012-08-01",
      "Ban Ki-moon",
      "UNO",
      ["GOV"],
    ],
    ["Draghi said the bank would do whatever it takes.", "2012-07-26", "Draghi", "EUR", ["BUS"]],
    [
      "Draghi won a confidence vote in the Senate on Wednesday.",
      "2021-02-17",
      "Draghi",
      "ITA",
      ["GOV"],
    ],
    ["Juncker told reporters the budget was balanced.", "2005-06-01", "Juncker", "LUX", ["GOV"]],
    ["Juncker warned London against a hard exit.", "2017-04-01", "Juncker", "EUR", ["GOV"]],
    [
      "Waldheim visited Tehran to seek the release of the hostages.",
      "1980-01-02",
      "Waldheim",
      "UNO",
      ["GOV"],
    ],
    ["Waldheim received the ambassador in Vienna.", "1990-03-01", "Waldheim", "AUT", ["GOV"]],
  ])("%s (%s)", (text, date, name, code, sector) => {
    const m = person(text, date, name);
    expect(m, `no mention ${name}`).toBeDefined();
    expect([m?.entity.code, m?.entity.sector]).toEqual([code, sector]);
  });
});
