import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDateline } from "./dateline.js";

type Want =
  { span: string; place: string; agency?: string; date?: string; dateText?: string } | undefined;

describe("parseDateline", () => {
  it.each<[string, string, string | undefined, Want]>([
    [
      "CITY, Mon. D (Agency) --",
      "BEIJING, Nov. 1 (Xinhua) -- Chinese officials",
      "2023-11-02",
      {
        span: "BEIJING, Nov. 1 (Xinhua) --",
        place: "BEIJING",
        agency: "Xinhua",
        date: "2023-11-01",
        dateText: "Nov. 1",
      },
    ],
    [
      "CITY (Agency) -",
      "WASHINGTON (Reuters) - The Treasury",
      "2023-11-02",
      { span: "WASHINGTON (Reuters) -", place: "WASHINGTON", agency: "Reuters" },
    ],
    [
      "two-word city with region",
      "GAZA CITY, Palestinian Territories (AFP) — Strikes",
      "2023-11-02",
      { span: "GAZA CITY, Palestinian Territories (AFP) —", place: "GAZA CITY", agency: "AFP" },
    ],
    [
      "region and Month D",
      "KYIV, Ukraine, March 3 (AP) — Drones",
      "2023-03-04",
      {
        span: "KYIV, Ukraine, March 3 (AP) —",
        place: "KYIV",
        agency: "AP",
        date: "2023-03-03",
        dateText: "March 3",
      },
    ],
    [
      "D Month YYYY with /Agency/",
      "LONDON, 12 May 2023 /PRNewswire/ -- Acme",
      "2024-01-01",
      {
        span: "LONDON, 12 May 2023 /PRNewswire/ --",
        place: "LONDON",
        agency: "PRNewswire",
        date: "2023-05-12",
        dateText: "12 May 2023",
      },
    ],
    [
      "Month D, YYYY",
      "NEW YORK, Oct. 31, 2023 /PRNewswire/ -- X",
      undefined,
      {
        span: "NEW YORK, Oct. 31, 2023 /PRNewswire/ --",
        place: "NEW YORK",
        agency: "PRNewswire",
        date: "2023-10-31",
        dateText: "Oct. 31, 2023",
      },
    ],
    [
      "TASS style",
      "MOSCOW, November 1. /TASS/. Russia said",
      "2023-11-02",
      {
        span: "MOSCOW, November 1. /TASS/.",
        place: "MOSCOW",
        agency: "TASS",
        date: "2023-11-01",
        dateText: "November 1",
      },
    ],
    [
      "upper-case city and dash only",
      "JERUSALEM — Israel said",
      undefined,
      { span: "JERUSALEM —", place: "JERUSALEM" },
    ],
    [
      "title-case city with agency and date",
      "Beijing, Nov. 1 (Xinhua) -- x",
      "2023-11-02",
      {
        span: "Beijing, Nov. 1 (Xinhua) --",
        place: "Beijing",
        agency: "Xinhua",
        date: "2023-11-01",
        dateText: "Nov. 1",
      },
    ],
    [
      "St. with dot",
      "ST. PETERSBURG, Russia, Dec. 31 (Reuters) - x",
      "2024-01-01",
      {
        span: "ST. PETERSBURG, Russia, Dec. 31 (Reuters) -",
        place: "ST. PETERSBURG",
        agency: "Reuters",
        date: "2023-12-31",
        dateText: "Dec. 31",
      },
    ],
    [
      "leading whitespace",
      "\n  PARIS (AFP) - x",
      undefined,
      { span: "PARIS (AFP) -", place: "PARIS", agency: "AFP" },
    ],
    [
      "no year, no publication date: no date",
      "PARIS, Jan. 1 (AFP) - x",
      undefined,
      { span: "PARIS, Jan. 1 (AFP) -", place: "PARIS", agency: "AFP" },
    ],
    [
      "impossible date: no date",
      "WASHINGTON, Feb. 30 (AP) — x",
      "2023-03-01",
      { span: "WASHINGTON, Feb. 30 (AP) —", place: "WASHINGTON", agency: "AP" },
    ],
    [
      "plain sentence",
      "Chinese Foreign Minister Wang Yi said on Wednesday",
      "2023-11-02",
      undefined,
    ],
    [
      "title-case parenthesis is no dateline",
      "The President (Biden) said",
      "2023-11-02",
      undefined,
    ],
    ["not at the start", "Officials said BEIJING, Nov. 1 (Xinhua) -- x", "2023-11-02", undefined],
    ["not a month", "LONDON, Foo 3 (AP) - x", "2023-11-02", undefined],
  ])("%s", (_name, text, pub, want) => {
    const dl = parseDateline(text, pub);
    if (!want) return expect(dl).toBeUndefined();
    expect(dl?.span.text).toBe(want.span);
    expect(dl?.place.text).toBe(want.place);
    expect(dl?.agency).toBe(want.agency);
    expect(dl?.date?.value).toBe(want.date);
    expect(dl?.date?.span.text).toBe(want.dateText);
  });

  it.each([
    ["same day", "Nov. 1", "2023-11-01", "2023-11-01"],
    ["day before publication", "Nov. 1", "2023-11-02", "2023-11-01"],
    ["one day after publication (time zones)", "Nov. 3", "2023-11-02", "2023-11-03"],
    ["two days after publication: last year", "Nov. 4", "2023-11-02", "2022-11-04"],
    ["year boundary", "Dec. 31", "2024-01-01", "2023-12-31"],
    ["year boundary forward", "Jan. 1", "2023-12-31", "2024-01-01"],
    ["leap day looks back to a leap year", "Feb. 29", "2023-03-01", "2020-02-29"],
  ])("dates a year-less dateline: %s", (_name, date, pub, want) => {
    expect(parseDateline(`CAIRO, ${date} (Reuters) - x`, pub)?.date?.value).toBe(want);
  });

  it("keeps spans inside the text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const dl = parseDateline(text, "2023-11-02");
        for (const s of dl ? [dl.span, dl.place, ...(dl.date ? [dl.date.span] : [])] : []) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
