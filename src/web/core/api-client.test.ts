import { describe, expect, it } from "vitest";
import { filterParams } from "./api-client.js";

describe("filterParams", () => {
  it.each([
    [{}, ""],
    [{ actor: "CHN" }, "actor_country=CHN"],
    [{ actor: "USAGOV", actor_name: "Blinken" }, "actor=USAGOV&actor_name=Blinken"],
    [
      { recipient: "OMN", type: ["CONSULT", "AGREE"] },
      "recipient_country=OMN&type=CONSULT%2CAGREE",
    ],
    [
      {
        from: "2023-01-01",
        to: "2023-01-31",
        quad: [1, 4],
        modality: ["future"],
        mode: "phone",
        context: "military",
        min_confidence: 0.5,
        text: "truce",
      },
      "from=2023-01-01&to=2023-01-31&quad=1%2C4&modality=future&mode=phone&context=military&min_confidence=0.5&text=truce",
    ],
  ])("%j", (filters, query) => {
    expect(filterParams(filters).toString()).toBe(query);
  });
});
