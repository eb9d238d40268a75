/**
 * Trigger rows narrowed to the sense they name (data/events/triggers.tsv, cues.tsv): 'bring' withdraws
 * or mobilises people only with 'home' or 'into the streets', 'order' expels diplomats only as a verb,
 * and a 'Court of Appeal' is no appeal.
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
  ])("%s -> %s %s", (text, type, cameo) => {
    const events = code(text);
    expect(
      events.some((e) => e.event === type && e.cameo === cameo),
      events.map(show).join(" | "),
    ).toBe(true);
  });
});

describe("rows that stay silent on another sense", () => {
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
  ])("%s: no %s", (text, type) => {
    const events = code(text);
    expect(
      events.map((e) => e.event),
      events.map(show).join(" | "),
    ).not.toContain(type);
  });
});
