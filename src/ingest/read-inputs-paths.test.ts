import { symlink } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collect, makeTempDir, useTempDir, writeFiles } from "./test-helpers.js";

const BODY =
  "ANKARA, March 3 (Wire) -- Turkey's foreign minister met his Greek counterpart on Monday.\n";

const { dir, one } = useTempDir();

describe("readInputs: paths", () => {
  it("walks directories depth-first in code-unit order, skipping hidden entries", async () => {
    const { dir: root, cleanup: done } = await makeTempDir();
    const doc = (n: number) => `LIMA, June ${n} -- Doc ${n}.`;
    await writeFiles(root, {
      "b.txt": doc(1),
      "a/z.txt": doc(2),
      "a/.hidden.txt": doc(3),
      ".git/x.txt": doc(4),
      "A.txt": doc(5),
      "a/m/n.txt": doc(6),
      "a/k.txt": doc(7),
    });
    const { articles, issues } = await collect([root]);
    await done();
    expect(articles.map((a) => a.origin.file.slice(root.length + 1))).toEqual([
      "A.txt",
      "a/k.txt",
      "a/m/n.txt",
      "a/z.txt",
      "b.txt",
    ]);
    expect(issues).toEqual([]);
  });

  it("follows symlinks but not around a cycle", async () => {
    const { dir: root, cleanup: done } = await makeTempDir();
    await writeFiles(root, { "a/doc.txt": "LIMA, June 1 -- One." });
    await symlink(root, join(root, "a", "loop"));
    await symlink(join(root, "a", "doc.txt"), join(root, "link.txt"));
    const { articles, issues } = await collect([root], { date: "2024-06-01" });
    await done();
    expect(articles.map((a) => a.origin.file.slice(root.length + 1))).toEqual(["a/doc.txt"]);
    expect(issues.map((i) => [i.code, i.origin.file.slice(root.length + 1)])).toEqual([
      ["duplicate-id", "link.txt"],
    ]);
  });

  it("warns about a directory with nothing to read", async () => {
    const { dir: root, cleanup: done } = await makeTempDir();
    await writeFiles(root, { ".DS_Store": "x", "sub/.keep": "" });
    const { articles, issues } = await collect([root]);
    await done();
    expect(articles).toEqual([]);
    expect(issues.map((i) => [i.code, i.severity, i.origin.file])).toEqual([
      ["no-inputs", "warning", root],
    ]);
  });

  it("reports a missing path and still reads the other inputs", async () => {
    const good = await one("p1.txt", BODY);
    const missing = `${dir()}/no-such-file.txt`;
    const { articles, issues } = await collect([missing, good]);
    expect(issues.map((i) => [i.code, i.severity, i.origin.file])).toEqual([
      ["unreadable", "error", missing],
    ]);
    expect(articles.map((a) => a.origin.file)).toEqual([good]);
  });

  it("skips a repeated document with duplicate-id, keeping the first", async () => {
    const first = await one("d1.txt", BODY);
    const second = await one("d2.txt", BODY);
    const { articles, issues } = await collect([first, second]);
    expect(articles.map((a) => a.origin.file)).toEqual([first]);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "duplicate-id",
        severity: "error",
        origin: { file: second },
      }),
    ]);
  });

  it("rejects a 50 MB file on size alone", async () => {
    const path = await one("huge.txt", Buffer.alloc(50 * 1024 * 1024, 0x61));
    const { articles, issues } = await collect([path]);
    expect(articles).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ code: "too-large", severity: "error", origin: { file: path } }),
    ]);
    expect(issues[0]?.message).toContain("52428800 bytes");
  });

  it("rejects a 50 MB file of unknown extension after sniffing its head", async () => {
    const path = await one("huge.dat", Buffer.alloc(50 * 1024 * 1024, 0x61));
    const { issues } = await collect([path]);
    expect(issues.map((i) => i.code)).toEqual(["too-large"]);
    expect(issues[0]?.message).toContain("52428800 bytes");
  });
});
