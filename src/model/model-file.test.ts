import { rmSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataFileError, DyadError } from "../core/errors.js";
import { featurizeText } from "./featurize-text.js";
import { loadModel, parseModel, saveModel, serializeModel } from "./model-file.js";
import { predict } from "./predict.js";
import { tinyModel } from "./test-helpers.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-model-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("saveModel / loadModel", () => {
  it("round-trips: same bytes when saved again, same predictions", () => {
    const path = join(dir, "m.json");
    saveModel(tinyModel(), path);
    const loaded = loadModel(path);
    expect(serializeModel(loaded.file)).toBe(readFileSync(path, "utf8"));
    const f = featurizeText("Gunmen attacked a police station in the north.");
    expect(predict(loaded, f)).toEqual(predict(tinyModel(), f));
    expect(predict(loaded, f, "mode")).toEqual(predict(tinyModel(), f, "mode"));
  });

  it("reports a missing file and an unwritable path", () => {
    expect(() => loadModel(join(dir, "absent.json"))).toThrow(DataFileError);
    expect(() => saveModel(tinyModel(), join(dir, "no", "such", "dir.json"))).toThrow(DyadError);
  });

  const good = (): Record<string, unknown> =>
    JSON.parse(serializeModel(tinyModel().file)) as Record<string, unknown>;
  const head = (m: Record<string, unknown>): Record<string, unknown> =>
    (m["heads"] as Record<string, Record<string, unknown>>)["type"] ?? {};
  it.each<[string, (m: Record<string, unknown>) => void, RegExp]>([
    ["another format", (m) => void (m["format"] = "other"), /not a dyad model: format/],
    [
      "another feature version",
      (m) => void (m["featureVersion"] = "dyad-features-0"),
      /retrain it/,
    ],
    ["too many hash bits", (m) => void (m["hashBits"] = 40), /hashBits/],
    ["a missing bias", (m) => void (head(m)["bias"] = []), /one entry per label/],
    ["a string weight", (m) => void (head(m)["weight"] = [["x"], [], []]), /weight/],
    [
      "an index outside the hash space",
      (m) => {
        (head(m)["index"] as number[][])[0] = [2 ** 20];
        (head(m)["weight"] as number[][])[0] = [1];
      },
      /outside 2\^bits/,
    ],
    [
      "mismatched index and weight lists",
      (m) => void (head(m)["index"] = [[1, 2], [], []]),
      /differ in length/,
    ],
    ["no training info", (m) => void delete m["training"], /training/],
  ])("rejects a model with %s", (_name, damage, message) => {
    const m = good();
    damage(m);
    expect(() => parseModel(JSON.stringify(m), "bad.json")).toThrow(DataFileError);
    expect(() => parseModel(JSON.stringify(m), "bad.json")).toThrow(message);
  });

  it("rejects text that is not JSON, naming the file", () => {
    const path = join(dir, "broken.json");
    writeFileSync(path, "{ nope");
    expect(() => loadModel(path)).toThrow(`${path}: model is not valid JSON`);
  });
});
