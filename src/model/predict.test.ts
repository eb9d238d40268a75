import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { predict } from "./predict.js";
import { tinyModel } from "./test-helpers.js";

describe("predict", () => {
  it("returns probabilities that sum to 1, sorted, one per label (property)", () => {
    const model = tinyModel();
    const size = 2 ** model.hashBits;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: size - 1 }), { maxLength: 200 }), (xs) => {
        const out = predict(model, Uint32Array.from(xs));
        const sum = out.reduce((s, p) => s + p.prob, 0);
        const sorted = out.every((p, i) => i === 0 || (out[i - 1]?.prob ?? 0) >= p.prob);
        return (
          out.length === model.type.labels.length &&
          Math.abs(sum - 1) < 1e-9 &&
          sorted &&
          out.every((p) => p.prob >= 0)
        );
      }),
    );
  });

  it("ignores indices outside the model's hash space", () => {
    const model = tinyModel();
    expect(predict(model, Uint32Array.from([2 ** 30]))).toEqual(predict(model, new Uint32Array(0)));
  });
});
