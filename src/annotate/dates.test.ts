import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findDates } from "./dates.js";
import { parseIsoDay } from "./date-math.js";
import { tokenize } from "./tokenize.js";

/** Dates of `text` against `ref` as "span=value/granularity[/past]". */
function datesOf(text: string, ref?: string): string[] {
  const { tokens, sentences } = tokenize(text);
  return findDates(text, tokens, sentences, parseIsoDay(ref)).map(
    (d) => `${d.span.text}=${d.value}/${d.granularity}${d.past ? "/past" : ""}`,
  );
}

// 2023-11-01 is a Wednesday.
const REF = "2023-11-01";

describe("findDates", () => {
  it.each([
    [
      "bare weekday looks back (date-bare-weekday)",
      "They met on Monday.",
      ["on Monday=2023-10-30/day"],
    ],
    [
      "bare weekday on the reference day",
      "They spoke on Wednesday.",
      ["on Wednesday=2023-11-01/day"],
    ],
    [
      "future auxiliary looks forward (date-future-aux)",
      "They will meet in Paris on Friday.",
      ["on Friday=2023-11-03/day"],
    ],
    [
      "future auxiliary in another clause does not",
      "The envoy, who will retire, spoke on Friday.",
      ["on Friday=2023-10-27/day"],
    ],
    ["modified weekday is chrono's", "They met last Friday.", ["last Friday=2023-10-27/day"]],
    ["explicit day", "It was signed on Nov. 1.", ["Nov. 1=2023-11-01/day"]],
    [
      "explicit day with year, past",
      "It was signed on March 3, 2021.",
      ["March 3, 2021=2021-03-03/day/past"],
    ],
    ["vague days -> week", "A few days ago, talks failed.", ["A few days ago=2023-10-23/week"]],
    [
      "vague weeks -> month",
      "A couple of weeks ago, talks failed.",
      ["A couple of weeks ago=2023-10/month"],
    ],
    [
      "vague years -> year",
      "Several years ago, talks failed.",
      ["Several years ago=2016/year/past"],
    ],
    ["exact days ago", "Three days ago, talks failed.", ["Three days ago=2023-10-29/day"]],
    ["this month", "He chairs the council this month.", ["this month=2023-11/month"]],
    ["last month", "He chaired the council last month.", ["last month=2023-10/month"]],
    ["last year, past", "Elections were held last year.", ["last year=2022/year/past"]],
    ["next week", "Talks resume next week.", ["next week=2023-11-06/week"]],
    ["this week", "Talks resumed this week.", ["this week=2023-10-30/week"]],
    ["month without year leans past", "The talks failed in March.", ["March=2023-03/month/past"]],
    [
      "month without year, future auxiliary",
      "Elections will be held in March.",
      ["March=2024-03/month"],
    ],
    ["near month ahead stays ahead", "Elections are due in December.", ["December=2023-12/month"]],
    ["bare year (year-lead)", "The war began in 2014.", ["2014=2014/year/past"]],
    ["mid-year token", "Talks stalled in mid-2019.", ["mid-2019=2019/year/past"]],
    ["number that is no year", "Some 2014 soldiers were deployed.", []],
    [
      "this morning is the reference day",
      "This morning the army said so.",
      ["This morning=2023-11-01/day"],
    ],
    ["anaphoric relative skipped (date-anaphoric)", "Two days later the army withdrew.", []],
    [
      "lower-case month verb skipped (date-lowercase-month)",
      "Protesters march on the capital.",
      [],
    ],
    ["weekday abbreviation skipped (date-weekday-abbrev)", "The Sun newspaper said so.", []],
    [
      "now skipped (date-now)",
      "Talks are now over, officials said this week.",
      ["this week=2023-10-30/week"],
    ],
    ["weekend -> week", "Clashes erupted over the weekend.", ["weekend=2023-10-23/week"]],
    ["no cue, no chrono", "Ministers discussed the conflict.", []],
    ["duration lead skipped (date-duration)", "The siege lasted for three days.", []],
    ["stretch of time skipped (date-duration)", "Prices rose over the past 18 months.", []],
    ["singular stretch skipped (date-stretch)", "Raids rose sharply over the past year.", []],
    ["stretch after during skipped (date-stretch)", "Exports fell during the last month.", []],
    ["bare 'last year' kept", "The two sides met last year.", ["last year=2022/year/past"]],
    [
      "'in the next month' still dates (date-stretch looks back only)",
      "Talks will resume in the next month.",
      ["next month=2023-12/month"],
    ],
    ["year after 'of' is no date (year-lead)", "The council reflects the world of 1945.", []],
    ["below a day skipped (date-subday)", "Troops must leave within 24 hours.", []],
    [
      "slash date without year skipped (date-slash-no-year)",
      "Security changed after 9/11 this year.",
      ["this year=2023/year"],
    ],
    [
      "bare time-of-day word skipped",
      "That night the army withdrew this year.",
      ["this year=2023/year"],
    ],
    [
      "ISO date is read though a bare year is no chrono cue",
      "The deal was signed on 2023-10-20 in Doha.",
      ["2023-10-20=2023-10-20/day"],
    ],
    [
      "unit cue after a determiner, number or span word (unit-cue)",
      "Talks failed last year's summit, two weeks ago and in recent months.",
      ["last year=2022/year/past", "two weeks ago=2023-10-16/week"],
    ],
    [
      "unit cue alone starts no date (unit-cue)",
      "The two sides have fought for years over weeks of talks.",
      [],
    ],
    [
      "trailing dash trimmed",
      "Talks in February - and later - failed.",
      ["February=2023-02/month/past"],
    ],
  ])("%s", (_name, text, want) => expect(datesOf(text, REF)).toEqual(want));

  it.each([
    ["absolute day kept", "It was signed on March 3, 2021.", ["March 3, 2021=2021-03-03/day"]],
    ["bare year kept", "The war began in 2014.", ["2014=2014/year"]],
    ["weekday dropped", "They met on Monday.", []],
    ["relative dropped", "They met last week and this month.", []],
    ["year-less month dropped", "The talks failed in March.", []],
  ])("without a reference date: %s", (_name, text, want) => expect(datesOf(text)).toEqual(want));

  it("skips the dateline span", () => {
    const text = "BEIJING, Nov. 1 (Xinhua) -- They met on Wednesday.";
    const { tokens, sentences } = tokenize(text);
    const found = findDates(text, tokens, sentences, parseIsoDay(REF), {
      start: 0,
      end: 27,
      text: text.slice(0, 27),
    });
    expect(found.map((d) => d.span.text)).toEqual(["on Wednesday"]);
  });

  it("keeps spans inside the text and values well-formed (property)", () => {
    const words = fc.constantFrom(
      "on",
      "Monday",
      "Nov.",
      "1",
      "last",
      "week",
      "in",
      "2019",
      "ago",
      "a",
      "few",
      "days",
      "March",
      "this",
      "month",
      ",",
      ".",
      "will",
      "year",
      "\n\n",
    );
    const text = fc.array(words, { maxLength: 30 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(text, fc.option(fc.constant(REF), { nil: undefined }), (t, ref) => {
        const { tokens, sentences } = tokenize(t);
        for (const d of findDates(t, tokens, sentences, parseIsoDay(ref))) {
          expect(t.slice(d.span.start, d.span.end)).toBe(d.span.text);
          const shape = {
            day: /^\d{4}-\d\d-\d\d$/,
            week: /^\d{4}-\d\d-\d\d$/,
            month: /^\d{4}-\d\d$/,
            year: /^\d{4}$/,
          }[d.granularity];
          expect(d.value).toMatch(shape);
        }
      }),
      { numRuns: 200 },
    );
  });
});
