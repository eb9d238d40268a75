import { describe, expect, it } from "vitest";
import { chipsOf } from "./filter-controls.js";

describe("chipsOf", () => {
  it("names each active filter and how to remove it", () => {
    expect(
      chipsOf({
        from: "2023-01-01",
        actor: "CHN",
        actor_name: "Wang Yi",
        recipient_name: "Oman",
        type: ["CONSULT", "AGREE"],
        min_confidence: 0.5,
        text: "phone",
      }),
    ).toEqual([
      ["Dates: 2023-01-01 to …", { from: undefined, to: undefined }],
      ["Actor: CHN · Wang Yi", { actor: undefined, actor_name: undefined }],
      ["Recipient: Oman", { recipient: undefined, recipient_name: undefined }],
      ["Types: CONSULT, AGREE", { type: undefined }],
      ["Confidence ≥ 0.5", { min_confidence: undefined }],
      ["Text: “phone”", { text: undefined }],
    ]);
  });

  it("has no chips without filters", () => {
    expect(chipsOf({})).toEqual([]);
  });
});
