import { describe, expect, it } from "vitest";
import { UsageError } from "../core/errors.js";
import { filterOf } from "./filter-options.js";
import { storeUrlOf } from "./store-options.js";

describe("filter flags", () => {
  it("maps every flag onto the store filter, normalising case", () => {
    expect(
      filterOf({
        from: "2023-11",
        to: "2024",
        actor: "chn",
        actorSector: "gov",
        recipientName: "Oman",
        type: "consult,agree",
        quad: "1,2",
        modality: "Asserted",
        minConfidence: "0.5",
        mode: "Phone",
        text: "phone",
      }),
    ).toEqual({
      from: "2023-11-01",
      to: "2024-12-31",
      actor: { code: "CHN", sector: "GOV" },
      recipient: { name: "Oman" },
      type: ["CONSULT", "AGREE"],
      quad: [1, 2],
      modality: ["asserted"],
      minConfidence: 0.5,
      mode: "phone",
      text: "phone",
    });
    expect(filterOf({ to: "2024-02" }).to).toBe("2024-02-29");
  });

  it.each([
    [{ type: "HUG" }],
    [{ quad: "0" }],
    [{ from: "2024-02-30" }],
    [{ to: "24-01" }],
    [{ modality: "maybe" }],
    [{ minConfidence: "1.5" }],
  ])("rejects %j as a usage error", (flags) => {
    expect(() => filterOf(flags)).toThrow(UsageError);
  });

  it("takes the store from --db, else $DYAD_DB, else ./dyad.db", () => {
    expect(storeUrlOf({ db: "x.db" }, { DYAD_DB: "y.db" })).toBe("x.db");
    expect(storeUrlOf({}, { DYAD_DB: "postgres://h/db" })).toBe("postgres://h/db");
    expect(storeUrlOf({}, {})).toBe("dyad.db");
  });
});
