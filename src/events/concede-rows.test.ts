/**
 * CONCEDE rows read through the pipeline: declared truces, promised de-escalation and lifted
 * closures are concessions (PLOVER 2.0: a declared ceasefire and a future RETREAT are CONCEDE).
 */
import { describe, expect, it } from "vitest";
import { code, show, type Want } from "./test-code.js";

const want = (rule: string, actors: string[], modality: Want["modality"] = "asserted"): Want => ({
  type: "CONCEDE",
  actors,
  recipients: [],
  modality,
  rule,
});

describe("CONCEDE rows", () => {
  const cases: [string, string, Want][] = [
    [
      "concede-agree-ceasefire: 'agreed to suspend hostilities' declares a truce (CAMEO 0356)",
      "Armenia and Azerbaijan agreed on Sunday to suspend hostilities for three days.",
      want("concede-agree-ceasefire", ["ARM", "AZE"]),
    ],
    [
      "concede-order-halt-curfew: an order to halt curfews eases them, it imposes nothing",
      "Peru's president ordered a halt to the curfews in Lima on Tuesday.",
      want("concede-order-halt-curfew", ["PER"]),
    ],
    [
      "concede-order-halt-curfew: 'announced the lifting of the lockdown'",
      "Kenya announced the lifting of the lockdown in Nairobi.",
      want("concede-order-halt-curfew", ["KEN"]),
    ],
    [
      "concede-reach-truce: 'struck a truce' declares one",
      "Rival militias in Libya struck a truce on Sunday after a week of clashes in the capital.",
      want("concede-reach-truce", ["LBY"]),
    ],
    [
      "concede-reach-truce: 'reached a truce' is CONCEDE, not an AGREE deal",
      "Sudan's army and the paramilitary forces reached a truce late on Friday, mediators said.",
      want("concede-reach-truce", ["SDN", "---"]),
    ],
    [
      "concede-agree-ceasefire: 'agreed to stop shooting'",
      "Rebels in Mali agreed on Tuesday to stop shooting at army patrols near the border.",
      want("concede-agree-ceasefire", ["MLI"]),
    ],
    [
      "concede-agree-ceasefire: 'ready to end military action' states intent to de-escalate",
      "The Ethiopian government is ready to end all military action in the northern region, a spokesman said.",
      want("concede-agree-ceasefire", ["ETH"]),
    ],
    [
      "concede-agree-ceasefire: 'vowed to halt their armed struggle'",
      "Kurdish militants in Turkey vowed on Saturday to halt their armed struggle.",
      want("concede-agree-ceasefire", ["TUR"]),
    ],
    [
      "concede-lift-ban: lifting a closure of schools and shops eases a restriction",
      "Nigerian authorities lifted a two-day closure of markets and schools in Lagos on Wednesday.",
      want("concede-lift-ban", ["NGA"]),
    ],
    [
      "concede-protest-suspended: 'the strike was suspended'",
      "The nationwide teachers' strike in Kenya was suspended on Monday, union officials said.",
      want("concede-protest-suspended", ["---"]),
    ],
    [
      "concede-suspension-of-protest: 'announced a suspension of the protests'",
      "Opposition parties in Togo announced a two-week suspension of the street protests on Friday.",
      want("concede-suspension-of-protest", ["---"]),
    ],
    [
      "concede-suspend-protest: 'stopped protesting'",
      "The Indian government said striking farmers stopped protesting on Saturday.",
      want("concede-suspend-protest", ["---"]),
    ],
  ];
  it.each(cases)("%s", (_why, text, w) => {
    const events = code(text);
    const e = events.find((x) => x.event === w.type && x.rule.split("+").includes(w.rule));
    expect(e, events.map(show).join(" | ")).toBeDefined();
    expect(e!.actor.map((a) => a.code.slice(0, 3))).toEqual(w.actors);
    expect(e!.modality).toBe(w.modality);
  });

  it("'reached a truce' gives no AGREE event of its own", () => {
    const events = code("Sudan's army and the paramilitary forces reached a truce late on Friday.");
    expect(events.filter((e) => e.event === "AGREE").map(show)).toEqual([]);
  });
});
