import { describe, expect, it } from "vitest";
import { readmeScheme, scoreSuite, suiteFor } from "./eval-suites.js";
import { gold, predsOf } from "./test-events.js";

describe("readmeScheme", () => {
  it.each([
    ["- **Gold events**: 52 in total. Schemes here: CAMEO (52).", "CAMEO"],
    ["Schemes here: PLOVER (264), CAMEO (3).", "PLOVER,CAMEO"],
    ["Schemes here: CASE2021-T2 (717).", "CASE2021-T2"],
    ["unlabelled.\n- **No gold labels**: use it for speed", "none"],
    ["nothing useful", "unknown"],
  ])("%j -> %s", (readme, scheme) => {
    expect(readmeScheme(readme)).toBe(scheme);
  });
});

describe("suiteFor", () => {
  it.each([
    ["petr-unittest", "CAMEO", "triples-full", "dictionaries/up2"],
    ["tabari-validation", "TABARI-VALIDATE", "triples-full", "dictionaries"],
    ["petr2-gsr", "CAMEO", "triples-country", undefined],
    ["up-spanish", "CAMEO", "non-english", undefined],
    ["some-new-set", "PENTACLASS", "penta", undefined],
    ["some-new-set", "PLOVER,CAMEO", "plover-pool", undefined],
    ["some-new-set", "none", "unlabelled", undefined],
    ["some-new-set", "ACLED", "unknown", undefined],
  ])("%s (%s) -> %s", (name, scheme, kind, dictionaries) => {
    const spec = suiteFor(name, scheme);
    expect(spec.kind).toBe(kind);
    expect(spec.dictionaries).toBe(dictionaries);
  });
});

describe("scoreSuite", () => {
  const cases = [gold("a", [{ code: "AGREE", source: "USA" }], { dataset: "plover-gsr" })];
  const preds = predsOf([["a", [{ event: "AGREE", actor: ["USA"] }]]]);

  it("adds type_and_actor_recall only when plover-gsr is pooled", () => {
    const names = (n: readonly string[]) =>
      scoreSuite("plover-pool", cases, preds, n).headline.map(([m]) => m);
    expect(names(["plover-gsr", "ngec-synthetic"])).toContain("type_and_actor_recall");
    expect(names(["ngec-synthetic"])).not.toContain("type_and_actor_recall");
  });

  it("refuses kinds that have no scorer", () => {
    expect(() => scoreSuite("unlabelled", cases, preds, [])).toThrow(/no scorer/);
  });
});
