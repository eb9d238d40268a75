/**
 * Rows added for the golden-example gaps (acc-golden2, data/events/triggers.tsv and cues.tsv): each
 * case is a wire-style sentence written for this test, with the event type, mode and rule it must
 * produce, or the trigger type it must not produce.
 */
import { describe, expect, it } from "vitest";
import type { PloverType } from "../core/types.js";
import { code, show } from "./test-code.js";

describe("new trigger rows", () => {
  const cases: readonly [string, PloverType, string, string][] = [
    [
      "Pyongyang fired two ballistic missiles into the sea on Sunday, Seoul said.",
      "MOBILIZE",
      "weapons",
      "mobilize-missiles-into-sea",
    ],
    [
      "North Korea fired about ten short-range ballistic missiles towards the sea off its coast.",
      "MOBILIZE",
      "weapons",
      "mobilize-missiles-into-sea-long",
    ],
    [
      "A gang in Port-au-Prince released three aid workers it abducted in May.",
      "RETREAT",
      "release",
      "retreat-release-own-captives",
    ],
    [
      "The rebels freed two engineers they kidnapped last month.",
      "RETREAT",
      "release",
      "retreat-release-own-captives",
    ],
    [
      "The army moved its troops back from the border on Monday.",
      "RETREAT",
      "withdraw",
      "retreat-move-troops-back",
    ],
    [
      "Iran's army said its forces were ready to annihilate any aggressor.",
      "THREATEN",
      "violence",
      "threaten-ready-to-destroy",
    ],
    [
      "Rebels fired mortars at army positions near the town on Tuesday.",
      "ASSAULT",
      "heavy-weapons",
      "assault-fire-heavy-at",
    ],
  ];
  it.each(cases)("%s -> %s %s", (text, type, mode, rule) => {
    const events = code(text);
    const e = events.find((x) => x.event === type);
    expect(e?.mode, events.map(show).join(" | ")).toEqual([mode]);
    expect(e?.rule.split("+")[0]).toBe(rule);
  });

  it("'moved troops into positions' is a deployment, not a withdrawal", () => {
    const events = code("Azerbaijan has moved extra troops into positions along the border.");
    expect(
      events.map((e) => e.event),
      events.map(show).join(" | "),
    ).toContain("MOBILIZE");
    expect(events.some((e) => e.event === "RETREAT")).toBe(false);
  });

  it("scrapping a planned tax rise is a policy reversal (CONCEDE)", () => {
    const events = code(
      "The finance minister said the government would scrap a planned rise in fuel duty.",
    );
    expect(events.find((e) => e.event === "CONCEDE")?.rule, events.map(show).join(" | ")).toMatch(
      /^concede-policy-reversal/,
    );
  });

  it("'withdrew amid increased fighting' is no policy reversal (the verb 'increased' is no object)", () => {
    const events = code("The charity withdrew from the province amid increased fighting.");
    expect(
      events.some((e) => e.event === "CONCEDE"),
      events.map(show).join(" | "),
    ).toBe(false);
  });
});

describe("new nonevent and modality cues", () => {
  const absent: readonly [string, PloverType][] = [
    ["The flotilla includes two frigates and a patrol aircraft.", "MOBILIZE"],
    ["The resolution, drafted by Britain, passed with 12 votes.", "MOBILIZE"],
    ["Diplomats drafted a resolution on the ceasefire overnight.", "MOBILIZE"],
    ["Relief teams reached the valley hit by the storm, which killed 30 people.", "ASSAULT"],
    ["Aid arrived after the quake, which killed 80 people and destroyed 2,000 homes.", "ASSAULT"],
  ];
  it.each(absent)("%s: no %s", (text, type) => {
    const events = code(text);
    expect(events.filter((e) => e.event === type).map(show)).toEqual([]);
  });

  it("'said later in a statement' does not make the reported act future (future-later)", () => {
    const events = code(
      "Chile said later in a statement that it was recalling its ambassador from Caracas.",
    );
    const e = events.find((x) => x.event === "SANCTION");
    expect(e?.modality, events.map(show).join(" | ")).toBe("asserted");
  });

  it("'efforts to revive talks' asserts no talks (hypothetical-attempt)", () => {
    const events = code("Norwegian efforts to revive talks between the two sides ended on Friday.");
    const e = events.find((x) => x.event === "CONSULT");
    expect(e?.modality, events.map(show).join(" | ")).toBe("hypothetical");
  });

  it("a threat's complement may sit behind a long subject clause (embed-threaten-complement, max_gap 16)", () => {
    const events = code(
      'The interior minister warned that anyone caught trying to "divide the country" in the provinces would be arrested.',
    );
    expect(events.find((e) => e.event === "THREATEN")?.mode, events.map(show).join(" | ")).toEqual([
      "arrest",
    ]);
    expect(events.some((e) => e.event === "COERCE" && e.modality === "asserted")).toBe(false);
  });
});
