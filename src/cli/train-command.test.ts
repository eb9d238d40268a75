import { Command } from "commander";
import { rmSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { DataFileError, UsageError } from "../core/errors.js";
import { loadModel } from "../model/model-file.js";
import { TINY_DATA } from "../model/test-helpers.js";
import { registerTrainCommand } from "./train-command.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-train-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<string> {
  const program = new Command("dyad").exitOverride();
  registerTrainCommand(program);
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  try {
    await program.parseAsync(["train", ...args], { from: "user" });
  } finally {
    spy.mockRestore();
  }
  return out;
}

afterEach(() => vi.restoreAllMocks());

describe("dyad train", () => {
  it("trains, writes a loadable model and prints counts, held-out scores and time", async () => {
    const out = join(dir, "m.json");
    const text = await run("--data", TINY_DATA, "--out", out, "--epochs", "5");
    expect(text).toMatch(/training examples: 30 from 1 file/);
    expect(text).toMatch(/ASSAULT\s+10/);
    expect(text).toMatch(/accuracy: [\d.]+%\s+macro F1: [\d.]+%/);
    expect(text).toMatch(/time: featurise [\d.]+ s, train [\d.]+ s/);
    expect(loadModel(out).file.training.options.epochs).toBe(5);
  });

  it("writes the same file for the same data and seed", async () => {
    const a = join(dir, "a.json");
    const b = join(dir, "b.json");
    await run("--data", TINY_DATA, "--out", a, "--seed", "7");
    await run("--data", TINY_DATA, "--out", b, "--seed", "7");
    expect(readFileSync(a, "utf8")).toBe(readFileSync(b, "utf8"));
  });

  it.each([
    ["--epochs", "0"],
    ["--epochs", "x"],
    ["--seed", "-1"],
    ["--holdout", "1"],
    ["--holdout", "abc"],
    ["--hash-bits", "30"],
    ["--class-weight", "heavy"],
  ])("rejects %s %s as a usage error", async (flag, value) => {
    await expect(
      run("--data", TINY_DATA, "--out", join(dir, "x.json"), flag, value),
    ).rejects.toThrow(UsageError);
  });

  it("rejects a missing data file as a usage error and a malformed one as a data error", async () => {
    await expect(
      run("--data", join(dir, "absent.jsonl"), "--out", join(dir, "x.json")),
    ).rejects.toThrow(UsageError);
    const bad = join(dir, "bad.jsonl");
    writeFileSync(bad, '{"text": "They met.", "type": "CONSULT"}\n{"text": "no type"}\n');
    await expect(run("--data", bad, "--out", join(dir, "x.json"))).rejects.toThrow(DataFileError);
    await expect(run("--data", bad, "--out", join(dir, "x.json"))).rejects.toThrow(
      /bad.jsonl:2: type/,
    );
  });
});
