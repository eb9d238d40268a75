import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dataPath } from "../core/data-path.js";
import { DataFileError } from "../core/errors.js";
import { readTsv } from "../core/read-tsv.js";
import { ontology } from "../core/ontology.js";
import {
  countryPatterns,
  organisationPatterns,
  sectorPatterns,
  splitList,
} from "./builtin-tables.js";
import { loadKnowledgeBase } from "./knowledge-base.js";

const kb = loadKnowledgeBase();

function lookup(
  text: string,
  base = kb,
): { code: string; sector: readonly string[]; kind: string } | undefined {
  const ends = new Uint8Array(text.length + 1);
  ends[text.length] = 1;
  const e = base.phrases.longest(text, 0, ends)?.value;
  return e ? { code: e.code, sector: e.sector, kind: e.kind } : undefined;
}

const scratch = mkdtempSync(join(tmpdir(), "dyad-actors-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let files = 0;

function tmpFile(name: string, body: string): string {
  const file = join(scratch, `${files++}-${name}`);
  writeFileSync(file, body);
  return file;
}

describe("built-in tables", () => {
  it.each([
    ["U.S.", "USA"],
    ["America", "USA"],
    ["Britain", "GBR"],
    ["UK", "GBR"],
    ["Russia", "RUS"],
    ["South Korea", "KOR"],
    ["North Korea", "PRK"],
    ["Iran", "IRN"],
    ["Syria", "SYR"],
    ["Netherlands", "NLD"],
    // city-states: the capital row is dropped, the country name must stay
    ["Singapore", "SGP"],
    ["Luxembourg", "LUX"],
    ["Djibouti", "DJI"],
    ["Monaco", "MCO"],
    ["Ivory Coast", "CIV"],
    ["DR Congo", "COD"],
    ["Palestine", "PSE"],
    ["Kosovo", "KOS"],
    ["Taiwan", "TWN"],
    ["Hong Kong", "HKG"],
    ["Holy See", "VAT"],
    ["Antarctica", "ATA"],
    ["Puerto Rico", "USA"],
    ["Macau", "CHN"],
    ["Chinese", "CHN"],
    ["Omani", "OMN"],
    ["Americans", "USA"],
    ["Palestinians", "PSE"],
    ["Israeli", "ISR"],
    ["British", "GBR"],
    ["Beijing", "CHN"],
    ["Kremlin", "RUS"],
    ["Downing Street", "GBR"],
  ])("%s -> %s", (text, code) => {
    expect(lookup(text)?.code).toBe(code);
  });

  it.each([
    ["Pentagon", "MIL"],
    ["White House", "GOV"],
    ["Moscow", "GOV"],
    ["Knesset", "LEG"],
  ])("metonym %s carries sector %s", (text, sector) => {
    expect(lookup(text)?.sector).toContain(sector);
  });

  it.each([
    ["Abkhazia", "GEO"],
    ["Transnistria", "MDA"],
    ["Western Sahara", "MAR"],
    ["Somaliland", "SOM"],
  ])("partially recognised %s is %s + PRE", (text, code) => {
    expect(lookup(text)).toMatchObject({ code, sector: ["PRE"] });
  });

  it.each([
    ["UN Security Council", "UNO"],
    ["UNHCR", "UNO"],
    ["European Commission", "EUR"],
    ["NATO", "IGO"],
    ["ICRC", "NGO"],
    ["Hamas", "PSE"],
    ["Hezbollah", "LBN"],
    ["ISIS", "IMG"],
    ["al-Qaeda", "IMG"],
    ["Houthis", "YEM"],
    ["Boko Haram", "NGA"],
  ])("organisation %s -> %s", (text, code) => {
    expect(lookup(text)?.code).toBe(code);
  });

  it("uses only PLOVER sector codes", () => {
    const known = ontology().sectors;
    const all = [...countryPatterns(), ...organisationPatterns(), ...sectorPatterns()].flatMap(
      (p) => p.entry.sector,
    );
    expect(all.filter((s) => !known.has(s))).toEqual([]);
  });

  it("gives every country row a 3-letter code and unique ids across tables", () => {
    const ids = new Set<string>();
    for (const file of [
      "countries.tsv",
      "organisations.tsv",
      "sectors.tsv",
      "honorifics.tsv",
      "pronouns.tsv",
      "function-words.tsv",
      "blockers.tsv",
    ]) {
      for (const { cells } of readTsv(dataPath("actors", file), ["id"])) {
        const id = cells.id ?? "";
        expect(id, file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(ids.has(id), `${file}: duplicate id ${id}`).toBe(false);
        ids.add(id);
      }
    }
    for (const { cells } of readTsv(dataPath("actors", "countries.tsv"), ["code"]))
      expect(cells.code).toMatch(/^[A-Z]{3}$/);
  });

  it("lists several names and a demonym for most states", () => {
    const rows = readTsv(dataPath("actors", "countries.tsv"), ["code", "demonyms"]).filter(
      (r) => r.cells.note === "",
    );
    const withDemonym = rows.filter((r) => splitList(r.cells.demonyms).length > 0);
    expect(withDemonym.length / rows.length).toBeGreaterThan(0.95);
  });
});

describe("user dictionaries", () => {
  it("adds TSV rows that override built-in patterns", () => {
    const file = tmpFile(
      "mine.tsv",
      "pattern\tcode\tsector\toffice\ttype\n# my field\nJane Roe;Roe\tUSA\tLEG\tSenator\tperson\nGaza\tPSE\tGOV\t\torganisation\n",
    );
    const mine = loadKnowledgeBase({ userFiles: [file] });
    expect(lookup("Jane Roe", mine)).toMatchObject({ code: "USA", sector: ["LEG"], kind: "user" });
    expect(lookup("Gaza", mine)).toMatchObject({ sector: ["GOV"], kind: "user" });
    expect(lookup("Gaza")?.kind).toBe("country");
  });

  it("accepts JSON arrays", () => {
    const file = tmpFile(
      "mine.json",
      JSON.stringify([
        { pattern: ["Acme Corp", "Acme"], code: "MNC", sector: "BUS", type: "organisation" },
      ]),
    );
    expect(lookup("Acme", loadKnowledgeBase({ userFiles: [file] }))).toMatchObject({
      code: "MNC",
      sector: ["BUS"],
    });
  });

  it.each([
    ["bad code", "pattern\tcode\nFoo\tusa\n", /bad\.tsv:2: code "usa"/],
    [
      "bad sector",
      "pattern\tcode\tsector\nFoo\tUSA\tgovernment\n",
      /bad\.tsv:2: sector "government"/,
    ],
    ["bad type", "pattern\tcode\ttype\nFoo\tUSA\tthing\n", /bad\.tsv:2: type "thing"/],
    ["missing code column", "pattern\nFoo\n", /bad\.tsv:1: missing columns: code/],
    ["too many cells", "pattern\tcode\nFoo\tUSA\textra\n", /bad\.tsv:2:/],
  ])("rejects a file with %s, naming file:line", (_, body, message) => {
    const file = tmpFile("bad.tsv", body);
    expect(() => loadKnowledgeBase({ userFiles: [file] })).toThrow(DataFileError);
    expect(() => loadKnowledgeBase({ userFiles: [file] })).toThrow(message);
  });

  it("rejects a missing file and invalid JSON", () => {
    expect(() => loadKnowledgeBase({ userFiles: ["/nonexistent/actors.tsv"] })).toThrow(
      DataFileError,
    );
    expect(() => loadKnowledgeBase({ userFiles: [tmpFile("x.json", "{")] })).toThrow(DataFileError);
  });
});
