/**
 * Trigger rows read in the sense they name (data/events/triggers.tsv, cues.tsv,
 * actor-rewrites.tsv): 'bring' withdraws or mobilises people only with 'home' or 'into the
 * streets', 'order' expels diplomats only as a verb, a 'Court of Appeal' is no appeal, police raids
 * and roadblocks are COERCE, and the phrase that names the main event beats a weaker verb next to it.
 */
import { describe, expect, it } from "vitest";
import { code, show } from "./test-code.js";

describe("rows that fire on their own sense", () => {
  it.each([
    ["Britain brought home its embassy staff from Kabul on Sunday.", "SANCTION", "166"],
    ["Britain withdrew its embassy staff from Kabul on Sunday.", "SANCTION", "166"],
    ["Poland expelled the Belarusian charge d'affaires on Friday.", "SANCTION", "166"],
    ["Russia ordered the Estonian charge d'affaires to leave Moscow on Friday.", "SANCTION", "166"],
    ["Russia ordered three British diplomats to leave within a week.", "SANCTION", "166"],
    [
      "The opposition brought thousands of supporters onto the streets of Dhaka on Friday.",
      "PROTEST",
      "141",
    ],
    ["Zimbabwe appealed to Western nations to lift sanctions on Friday.", "REQUEST", "0254"],
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
    ["Canberra plans to bring in thousands of Filipino workers, the government said.", "SANCTION"],
    ["Canberra plans to bring in thousands of Filipino workers, the government said.", "THREATEN"],
    ["Canberra plans to bring in thousands of Filipino workers, the government said.", "PROTEST"],
    [
      "A Cairo court issued a detention order on charges of fraud against two activists.",
      "SANCTION",
    ],
    [
      "Kenya's Court of Appeal refused to lift an injunction on the deployment on Friday.",
      "REQUEST",
    ],
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
