/**
 * Property tests of the dateline parser on generated wire datelines (not just random strings):
 * it never throws, every span it returns quotes the text at its offsets and lies inside the
 * dateline, a date is a real day no later than publication + 1 day, and the same text always
 * gives the same result.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDate } from "../ingest/iso-date.js";
import { parseDateline } from "./dateline.js";

const place = fc.constantFrom(
  "BEIJING",
  "GAZA CITY",
  "Kyiv",
  "SAO PAULO",
  "N'DJAMENA",
  "Rio de Janeiro",
  "ST. JOHN'S",
  "",
);
const region = fc.constantFrom("", ", Brazil", ", Palestinian Territories", ", Ukraine");
const date = fc.constantFrom(
  "",
  ", Nov. 1",
  ", March 3, 2023",
  ", 12 May 2023",
  ", Feb. 29",
  ", Sept. 31",
  ", May 99",
);
const agency = fc.constantFrom("", " (Xinhua)", " (Reuters)", " /AFP/", " (AP)", " ()");
const separator = fc.constantFrom("", " --", " -", " —", " –", ":", " ---");
const noise = fc.string({ unit: "grapheme", maxLength: 40 });
const publication = fc.constantFrom(undefined, "2023-11-02", "2024-01-01", "2020-03-01");

const dateline = fc
  .tuple(
    fc.constantFrom("", " ", "\n"),
    place,
    region,
    date,
    agency,
    separator,
    fc.constantFrom(" ", "", "\n"),
    noise,
  )
  .map((parts) => parts.join(""));

describe("parseDateline (generated datelines)", () => {
  it("never throws, and its spans quote the text inside the dateline", () => {
    fc.assert(
      fc.property(dateline, publication, (text, pub) => {
        const dl = parseDateline(text, pub);
        if (dl === undefined) return;
        const spans = [dl.span, dl.place, ...(dl.date ? [dl.date.span] : [])];
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(dl.span.start);
          expect(s.end).toBeLessThanOrEqual(dl.span.end);
        }
        expect(dl.place.text.trim()).not.toBe("");
      }),
      { numRuns: 1000 },
    );
  });

  it("dates are real days, at most one day after publication", () => {
    fc.assert(
      fc.property(dateline, publication, (text, pub) => {
        const value = parseDateline(text, pub)?.date?.value;
        if (value === undefined) return;
        expect(isIsoDate(value)).toBe(true);
        if (pub !== undefined && !/\d{4}/.test(parseDateline(text, pub)?.date?.span.text ?? "")) {
          const limit = new Date(Date.parse(`${pub}T00:00:00Z`) + 86_400_000)
            .toISOString()
            .slice(0, 10);
          expect(value <= limit).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(dateline, publication, (text, pub) => {
        expect(parseDateline(text, pub)).toEqual(parseDateline(text, pub));
      }),
      { numRuns: 300 },
    );
  });
});
