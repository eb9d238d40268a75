import { describe, expect, it } from "vitest";
import { signatureOf } from "./signature-of.js";
import { type MentionSpec, ent, mention } from "./test-mentions.js";

const sig = (s: Omit<MentionSpec, "id">): string => signatureOf(mention({ id: "x", ...s }).record);

describe("signatureOf", () => {
  it("writes type, modes, modality, actor and recipient keys", () => {
    expect(sig({ mode: ["phone"], actor: [ent("OMN", ["GOV"]), ent("CHN", ["GOV", "ELI"])] })).toBe(
      "CONSULT|phone|asserted|CHN:ELI+GOV;OMN:GOV|",
    );
  });

  it.each<[string, Omit<MentionSpec, "id">, Omit<MentionSpec, "id">]>([
    [
      "actor order",
      { actor: [ent("CHN", ["GOV"]), ent("OMN")] },
      { actor: [ent("OMN"), ent("CHN", ["GOV"])] },
    ],
    [
      "person vs role noun",
      { actor: [ent("CHN", ["GOV"], "Wang Yi")] },
      { actor: [ent("CHN", ["GOV"], "China's foreign minister")] },
    ],
    [
      "repeated participant",
      { actor: [ent("CHN", ["GOV"]), ent("CHN", ["GOV"], "Wang Yi")] },
      { actor: [ent("CHN", ["GOV"])] },
    ],
    [
      "sector order and repeats",
      { actor: [ent("CHN", ["GOV", "MIL"])] },
      { actor: [ent("CHN", ["MIL", "GOV", "MIL"])] },
    ],
    ["mode order", { mode: ["phone", "third-party"] }, { mode: ["third-party", "phone"] }],
    [
      "dates and places",
      { date: "2023-11-01", place: "CHN" },
      { date: "2023-12", granularity: "month" },
    ],
  ])("ignores %s", (_name, a, b) => {
    expect(sig(a)).toBe(sig(b));
  });

  it.each<[string, Omit<MentionSpec, "id">, Omit<MentionSpec, "id">]>([
    ["type", { type: "CONSULT" }, { type: "AGREE" }],
    ["mode", { mode: ["phone"] }, { mode: ["visit"] }],
    ["modality", { modality: "asserted" }, { modality: "negated" }],
    ["sector", { actor: [ent("CHN", ["GOV"])] }, { actor: [ent("CHN", [])] }],
    [
      "unknown vs known country",
      { actor: [ent("---", ["REB"])] },
      { actor: [ent("SYR", ["REB"])] },
    ],
    [
      "actor vs recipient",
      { actor: [ent("CHN")], recipient: [ent("OMN")] },
      { actor: [ent("OMN")], recipient: [ent("CHN")] },
    ],
    ["recipient", { recipient: [ent("OMN")] }, { recipient: [ent("IRN")] }],
  ])("tells apart %s", (_name, a, b) => {
    expect(sig(a)).not.toBe(sig(b));
  });
});
