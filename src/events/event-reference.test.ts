import { describe, expect, it } from "vitest";
import { code } from "./test-code.js";

const codes = (xs: readonly { code: string }[]): string[] => xs.map((x) => x.code);

describe("event-reference: a reaction to a named event is aimed at that event's actor", () => {
  it("'condemned the strike' takes the strike's actor as recipient", () => {
    const events = code(
      "A U.S. drone strike killed a militia commander in Baghdad on Thursday. The Iraqi government condemned the strike.",
    );
    const accuse = events.find((e) => e.event === "ACCUSE");
    expect(accuse?.rule).toContain("event-reference");
    expect(codes(accuse?.recipient ?? [])).toEqual(["USA"]);
  });

  it("a reaction that names its target keeps it", () => {
    const accuse = code("Russian drones hit Odesa. Ukraine condemned Russia for the attack.").find(
      (e) => e.event === "ACCUSE",
    );
    expect(codes(accuse?.recipient ?? [])).toEqual(["RUS"]);
    expect(accuse?.rule).not.toContain("event-reference");
  });

  it("no referent, no recipient: 'condemned the decision' names no event", () => {
    const accuse = code("The Iraqi government condemned the decision.").find(
      (e) => e.event === "ACCUSE",
    );
    expect(accuse?.recipient).toEqual([]);
  });

  it("skips the reactor's own acts and reads a noun inside the trigger ('condemned the attack')", () => {
    const accuse = code(
      "Russian forces shelled Kharkiv on Monday. Ukrainian troops attacked Russian positions near Belgorod in response. The Ukrainian foreign minister condemned the attack.",
    ).find((e) => e.event === "ACCUSE");
    expect(accuse?.rule).toContain("event-reference");
    expect(codes(accuse?.recipient ?? [])).toEqual(["RUS"]);
  });
});
