import { describe, expect, it } from "vitest";
import { DataFileError } from "../core/errors.js";
import { parsePlaceRecipients, placeRecipientRules } from "./place-recipient.js";
import { code, mismatches, type Case } from "./test-code.js";

describe("place-recipients.tsv", () => {
  it("parses every shipped row with a PLOVER type and a kebab-case id", () => {
    const rows = placeRecipientRules();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("refuses an unknown event type with the file and line", () => {
    const text = "id\ttype\tsector\tnote\nx-rule\tPICNIC\tGOV\tno such type\n";
    expect(() => parsePlaceRecipients(text, "t.tsv")).toThrow(DataFileError);
    expect(() => parsePlaceRecipients(text, "t.tsv")).toThrow(/t\.tsv.*2/);
  });

  it("refuses an unknown site and reads a missing site as 'event'", () => {
    const bad = "id\ttype\tsector\tsite\nx-rule\tASSAULT\t\tsky\n";
    expect(() => parsePlaceRecipients(bad, "t.tsv")).toThrow(DataFileError);
    const old = "id\ttype\tsector\nx-rule\tPROTEST\tGOV\n";
    expect(parsePlaceRecipients(old, "t.tsv")[0]?.site).toBe("event");
  });
});

describe("object places: a city the verb acts on stands for its country", () => {
  const cases: Case[] = [
    [
      "a city after 'the port city of'",
      "Russia attacked the port city of Odesa with drones on Tuesday.",
      {
        type: "ASSAULT",
        actors: ["RUS"],
        recipients: ["UKR"],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      "a bare city name as the object",
      "Russian forces shelled Kharkiv overnight, officials said.",
      {
        type: "ASSAULT",
        actors: ["RUS"],
        recipients: ["UKR"],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      "a city in the attacker's own country is no recipient",
      "Ukrainian troops shelled Donetsk on Monday.",
      {
        type: "ASSAULT",
        actors: ["UKR"],
        recipients: [],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      "'the city' with no name is no place",
      "Russian troops attacked the city on Monday.",
      {
        type: "ASSAULT",
        actors: ["RUS"],
        recipients: [],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
    [
      "a city after 'in' is where, not whom: no object place",
      "Russian troops attacked a convoy in Kharkiv on Monday.",
      {
        type: "ASSAULT",
        actors: ["RUS"],
        recipients: [],
        modality: "asserted",
        rule: "subject-left",
      },
    ],
  ];
  it.each(cases)("%s", (_why, text, want) => {
    expect(mismatches(code(text), want)).toEqual([]);
  });
});
