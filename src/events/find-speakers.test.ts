import { describe, expect, it } from "vitest";
import { code } from "./test-code.js";

/** The attribution text of every event coded from a sentence. */
function speakers(text: string): string[] {
  return code(text).map((e) => e.evidence.attribution?.text ?? "");
}

describe("findSpeakers: the speaker is the subject of the speech verb", () => {
  const cases: readonly [why: string, text: string, speaker: string][] = [
    [
      "a coordinated verb phrase shares the clause's subject, not the prepositional object before 'but'",
      "Iran expanded its influence in the Middle East, but said it would not attack Israel.",
      "Iran",
    ],
    [
      "'and said': the object of the first verb is no speaker",
      "Russia shelled the port city and said Ukraine had attacked its border posts.",
      "Russia",
    ],
    [
      "an appositive between the speaker and the verb",
      "Sergei Lavrov, the Russian foreign minister, said on Monday that Ukraine had attacked the border.",
      "Sergei Lavrov, the Russian foreign minister",
    ],
    [
      "an inverted subject after a comma",
      "Ukraine attacked the border posts again, said Russian Foreign Minister Sergei Lavrov.",
      "Russian Foreign Minister Sergei Lavrov",
    ],
    [
      "'according to' takes the party after it",
      "Ukraine attacked the border posts, according to the Russian defence ministry.",
      "Russian defence ministry",
    ],
    [
      "a prepositional object hands over to the noun it modifies",
      "The US ambassador to China said Beijing had arrested two American citizens.",
      "US ambassador",
    ],
    [
      "'issued by X': the agent speaks when no mention heads the phrase",
      "A statement issued by the Egyptian foreign ministry said Israel had attacked the convoy.",
      "Egyptian foreign ministry",
    ],
    [
      "', saying': a participle clause shares the sentence's subject",
      "Pakistan accused India of shelling the border, saying New Delhi must halt the attacks.",
      "Pakistan",
    ],
    [
      "', noting' after 'X said' shares that verb's subject",
      "Russia has massed troops on the border, the Ukrainian minister said, noting that Moscow had rejected talks.",
      "Ukrainian minister",
    ],
    [
      "a trailing speaker after the reported clause",
      "Police arrested five protesters in Cairo, the Egyptian interior ministry said.",
      "Egyptian interior ministry",
    ],
  ];
  it.each(cases)("%s", (_why, text, speaker) => {
    const got = speakers(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(got.map(() => speaker));
  });

  it("the subject of the reported clause is no speaker ('said Israel had ...')", () => {
    expect(
      speakers("The talks collapsed after officials said Israel had shelled the town."),
    ).not.toContain("Israel");
  });

  it("'told Reuters': the addressee after the verb is no speaker", () => {
    expect(
      speakers("Protesters burned tyres outside the parliament, a police officer told Reuters."),
    ).not.toContain("Reuters");
  });
});
