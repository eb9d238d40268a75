/**
 * Rows of the acc-sense pass (data/events/triggers.tsv, cues.tsv, actor-rewrites.tsv): words read in
 * the wrong sense stay silent, and the phrase naming the main event beats a weaker verb next to it.
 */
import { describe, expect, it } from "vitest";
import { code, show } from "./test-code.js";

describe("the main-event phrase wins", () => {
  it.each([
    ["Police conducted a raid on the offices of an opposition weekly on Tuesday.", "COERCE", "171"],
    ["Japan sent a team of medical experts to help Turkey on Monday.", "AID", "070"],
    [
      "The cabinet approved a measure to ease restrictions on charities on Monday.",
      "CONCEDE",
      "081",
    ],
    [
      "The president signed a law restricting foreign-funded charities on Friday.",
      "COERCE",
      "1721",
    ],
    [
      "Britain attributed the cyberattack to Russian military intelligence on Thursday.",
      "ACCUSE",
      "112",
    ],
    ["The Security Council endorsed an arms embargo on Libya on Friday.", "SANCTION", "163"],
    ["Soldiers set up roadblocks around the town of Gulu on Monday.", "COERCE", "172"],
  ])("%s -> %s %s", (text, type, cameo) => {
    const events = code(text);
    expect(
      events.some((e) => e.event === type && e.cameo === cameo),
      events.map(show).join(" | "),
    ).toBe(true);
  });
});

describe("words in another sense code nothing of that type", () => {
  it.each([
    ["The case was left to the prosecutor's office for further inquiries, police said.", "RETREAT"],
    ["Police evacuated the area around the embassy after a bomb scare on Tuesday.", "SANCTION"],
    ["Police evacuated the area around the embassy after a bomb scare on Tuesday.", "RETREAT"],
    ["A typhoon tore through Guam, destroying hundreds of homes on Thursday.", "ASSAULT"],
    ["The economy shrank by 3 percent last year under Western sanctions.", "SANCTION"],
    ["Vietnam granted access to its markets for Australian beef on Monday.", "RETREAT"],
    ["Police conducted a raid on the offices of an opposition weekly on Tuesday.", "ASSAULT"],
    ["The cabinet approved a measure to ease restrictions on charities on Monday.", "SANCTION"],
    ["Protesters set up roadblocks on the main highway into Lima on Monday.", "COERCE"],
  ])("%s: no %s", (text, type) => {
    const events = code(text);
    expect(
      events.map((e) => e.event),
      events.map(show).join(" | "),
    ).not.toContain(type);
  });
});
