import { describe, expect, it } from "vitest";
import { publicationDate } from "./publication-date.js";

describe("publicationDate", () => {
  it.each([
    // date-iso-8601: the day as written, not converted to UTC
    ["2024-05-14", "2024-05-14"],
    ["2024-05-14T23:30:00-05:00", "2024-05-14"],
    ["2024-05-14 08:00", "2024-05-14"],
    [" 2024-05-14T01:00:00Z", "2024-05-14"],
    // date-rfc-822
    ["Tue, 14 May 2024 21:42:00 GMT", "2024-05-14"],
    ["14 May 2024 21:42:00 +0300", "2024-05-14"],
    ["Wed, 4 Sept 2024 10:00:00 EST", "2024-09-04"],
    ["Mon, 03 Jun 24 14:20:00 +0300", "2024-06-03"],
    ["Fri, 31 Dec 99 23:59:59 GMT", "1999-12-31"],
    // date-month-day-year
    ["May 14, 2024", "2024-05-14"],
    ["Tuesday, May 14, 2024", "2024-05-14"],
    ["Sept. 4 2024", "2024-09-04"],
  ])("%s -> %s", (raw, date) => {
    expect(publicationDate(raw)).toBe(date);
  });

  it.each([
    "2024-02-30",
    "2024-13-01T00:00:00Z",
    "20240514",
    "yesterday",
    "Tue, 31 Feb 2024 10:00:00 GMT",
    "14 Maz 2024",
    "",
    "2024-05-14x",
  ])("%j is not a date", (raw) => {
    expect(publicationDate(raw)).toBeUndefined();
  });
});
