/**
 * reported-demand (data/events/demand-codes.tsv): an obligation modal said of another party is the
 * speaker's demand of the modal's subject; the demanded act is no event of its own. Said of oneself,
 * with no speaker, of a passive or about the past, the modal codes no demand.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataPath } from "../core/data-path.js";
import { DataFileError } from "../core/errors.js";
import { parseTsv } from "../core/read-tsv.js";
import {
  appealCode,
  defaultDemandCodes,
  demandCodeFor,
  parseDemandCodes,
} from "./reported-demand.js";
import { code, mismatches, show, type Case } from "./test-code.js";

describe("reported demands", () => {
  const cases: readonly (readonly [...Case, cameo: string])[] = [
    [
      "speaker before, de-escalation act",
      "Moscow said on Monday that Ankara must halt its shelling of the border villages.",
      {
        type: "REQUEST",
        actors: ["RUS"],
        recipients: ["TUR"],
        modality: "asserted",
        rule: "request-reported-demand-deescalate",
      },
      "1056",
    ],
    [
      "speaker after the clause, mediation act",
      "Norway must mediate between the two parties, the Swedish foreign minister said.",
      {
        type: "REQUEST",
        actors: ["SWE"],
        recipients: ["NOR"],
        modality: "asserted",
        rule: "request-reported-demand-mediate",
      },
      "108",
    ],
    [
      "has to, release act",
      "Japan says North Korea has to free the abducted fishermen.",
      {
        type: "REQUEST",
        actors: ["JPN"],
        recipients: ["PRK"],
        modality: "asserted",
        rule: "request-reported-demand-release",
      },
      "1053",
    ],
    [
      "advice: should is an appeal (CAMEO 02)",
      "Brazil said Argentina should withdraw its troops from the disputed area.",
      {
        type: "REQUEST",
        actors: ["BRA"],
        recipients: ["ARG"],
        modality: "asserted",
        rule: "advice-should",
      },
      "0256",
    ],
    [
      "no event word after the modal: a bare demand",
      "Amnesty International said the Egyptian authorities must guarantee fair trials.",
      {
        type: "REQUEST",
        actors: ["NGO"],
        recipients: ["EGY"],
        modality: "asserted",
        rule: "request-reported-demand",
      },
      "100",
    ],
    [
      "no trigger word in the sentence at all: the modal alone makes the demand",
      "Russia said Ukraine must do more.",
      {
        type: "REQUEST",
        actors: ["RUS"],
        recipients: ["UKR"],
        modality: "asserted",
        rule: "request-reported-demand",
      },
      "100",
    ],
  ];
  it.each(cases)("%s", (_why, text, want, cameo) => {
    const events = code(text);
    expect(mismatches(events, want)).toEqual([]);
    const e = events.find((x) => x.rule.includes(want.rule));
    expect(e?.cameo).toBe(cameo);
    // The demanded act is not coded as if it happened.
    expect(events.filter((x) => x.event !== "REQUEST").map(show)).toEqual([]);
  });

  const noDemand: readonly (readonly [why: string, text: string])[] = [
    ["said of oneself (pronoun)", "Israel said it must withdraw its forces from the area."],
    [
      "a state of its own country",
      "The Greek prime minister said Greece must hold talks with Turkey.",
    ],
    ["no speaker: an editorial", "Pakistan must release the detained journalists."],
    ["passive after the modal", "Russia said the prisoners should be released by Ukraine."],
    ["a reproach about the past", "Poland said Germany should have stopped the shipments."],
    ["narrated past", "Residents said the villagers had to flee the fighting."],
    ["object of a preposition", "Britain said pressure on Iran must continue."],
  ];
  it.each(noDemand)("%s", (_why, text) => {
    expect(
      code(text)
        .filter((e) => e.rule.includes("reported-speaker"))
        .map(show),
    ).toEqual([]);
  });
});

describe("demand-codes.tsv", () => {
  const cameo = new Map(
    parseTsv(readFileSync(dataPath("ontology", "cameo.tsv"), "utf8"), "cameo.tsv").map((r) => [
      r.cells["code"] ?? "",
      r.cells["plover_mode_v2"] ?? "",
    ]),
  );
  const otherIds = new Set(
    ["triggers.tsv", "cues.tsv", "contexts.tsv"].flatMap((f) =>
      parseTsv(readFileSync(dataPath("events", f), "utf8"), f).map((r) => r.cells["id"] ?? ""),
    ),
  );
  it.each(defaultDemandCodes().map((d) => [d.id, d] as const))("%s is well formed", (id, d) => {
    expect(id).toMatch(/^request-reported-demand(-[a-z]+)*$/);
    expect(otherIds.has(id), "id unique across the event tables").toBe(false);
    expect(cameo.has(d.cameo), `demand ${d.cameo}`).toBe(true);
    expect(cameo.has(appealCode(d.cameo)), `appeal ${appealCode(d.cameo)}`).toBe(true);
    if (d.complement) expect(cameo.has(d.complement), `complement ${d.complement}`).toBe(true);
    expect(["", "assist", "change", "yield", "meet"]).toContain(d.mode);
  });

  it("picks the longest code prefix of the demanded act, and the bare row otherwise", () => {
    const codes = defaultDemandCodes();
    expect(demandCodeFor(codes, "0871").cameo).toBe("1056");
    expect(demandCodeFor(codes, "0831").cameo).toBe("1041");
    expect(demandCodeFor(codes, "045").cameo).toBe("108");
    expect(demandCodeFor(codes, "046").cameo).toBe("106");
    expect(demandCodeFor(codes, "190").cameo).toBe("100");
    expect(demandCodeFor(codes, "").cameo).toBe("100");
  });
  it("maps every demand to the parallel appeal code", () => {
    expect(appealCode("1056")).toBe("0256");
    expect(appealCode("108")).toBe("028");
    expect(appealCode("100")).toBe("020");
  });
  it("rejects a non-DEMAND code and a table without the bare row", () => {
    const head = "id\tcomplement\tcameo\tmode\tconfidence\n";
    expect(() => parseDemandCodes(`${head}x\t\t020\t\t0.5\n`)).toThrow(DataFileError);
    expect(() => parseDemandCodes(`${head}x\t087\t1056\tyield\t0.5\n`)).toThrow(DataFileError);
    expect(() => parseDemandCodes(`${head}x\t\t100\t\t2\n`)).toThrow(DataFileError);
  });
});
