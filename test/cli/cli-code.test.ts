/**
 * End-to-end test of `dyad code` as a process: bad inputs each give a clear per-document error on
 * stderr, the other documents are still coded, and the exit status says some document failed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;

/** Runs the CLI from source (no build needed) and returns its exit status and output. */
export function runCli(
  args: readonly string[],
  input?: string,
): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", join(root, "src/cli/run.ts"), ...args],
    {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 28,
      ...(input === undefined ? {} : { input }),
    },
  );
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const GOOD =
  "date 2024-05-02 Talks\n\nCAIRO, May 2 (Reuters) -- Egyptian Foreign Minister Sameh Tarek met his Jordanian counterpart in Cairo on Thursday.\n";

describe("dyad code on a batch with bad documents", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "dyad-cli-"));
    writeFileSync(join(dir, "a-good.article"), GOOD);
    writeFileSync(
      join(dir, "b-binary.txt"),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]),
    );
    writeFileSync(join(dir, "c-empty.txt"), "");
    writeFileSync(
      join(dir, "d-latin1.txt"),
      Buffer.from(
        "PARIS, May 2 (AFP) -- French police arrested protesters near the caf\xe9.\n",
        "latin1",
      ),
    );
    writeFileSync(
      join(dir, "e-lines.jsonl"),
      `{"id":"j1","text":"Kenyan police arrested 12 protesters in Nairobi on Monday.","date":"2024-05-01"}\nthis is not json\n`,
    );
    // 50 MB in one article: refused on its size, never read into memory.
    writeFileSync(join(dir, "f-huge.txt"), Buffer.alloc(50 * 1024 * 1024, 0x61));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports each bad document, codes the good ones and exits 1", () => {
    const r = runCli(["code", "--format", "jsonl", dir]);
    expect(r.status).toBe(1);
    const events = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { article_id: string; event: string });
    const articles = new Set(events.map((e) => e.article_id));
    expect(articles.has("a-good") || [...articles].some((a) => a.startsWith("sha256:"))).toBe(true);
    expect(articles.has("j1")).toBe(true);
    expect(r.stderr).toMatch(/b-binary\.txt.*error binary-file/);
    expect(r.stderr).toMatch(/c-empty\.txt.*error empty-file/);
    expect(r.stderr).toMatch(/d-latin1\.txt.*warning invalid-utf8/);
    expect(r.stderr).toMatch(/e-lines\.jsonl:2.*error bad-json/);
    expect(r.stderr).toMatch(/f-huge\.txt.*error too-large/);
    expect(r.stderr).toMatch(
      /dyad code: \d+ articles coded, \d+ events, [1-9]\d* documents failed/,
    );
  });

  it("exits 0 when every document is coded", () => {
    const r = runCli(["code", "-q", join(dir, "a-good.article")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/"event":"CONSULT"/);
  });

  it("reads stdin and rejects an unknown format with status 2", () => {
    expect(
      runCli(
        ["code", "-q", "--input-format", "txt", "--date", "2024-05-02", "-"],
        GOOD.split("\n\n")[1],
      ).stdout,
    ).toMatch(/CONSULT/);
    const bad = runCli(["code", "--format", "xml", "-"], "");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown --format xml/);
  });

  it("every command has --help", () => {
    for (const cmd of [[], ["code"], ["schema"]]) {
      const r = runCli([...cmd, "--help"]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/Usage: dyad/);
    }
  });
});
