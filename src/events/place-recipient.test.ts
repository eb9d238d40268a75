import { describe, expect, it } from "vitest";
import { DataFileError } from "../core/errors.js";
import { parsePlaceRecipients, placeRecipientRules } from "./place-recipient.js";

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
});
