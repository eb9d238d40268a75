import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataFileError } from "../core/errors.js";
import { MAX_ENTRIES_PER_FEED, WatchState } from "./watch-state.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-watch-state-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(dir, `state-${n++}.json`);

describe("WatchState", () => {
  it("starts empty when the file does not exist", () => {
    const state = WatchState.load(fresh());
    expect(state.fileFingerprint("/a")).toBeUndefined();
    expect(state.hasEntry("https://f.example/rss", "sha256:1")).toBe(false);
  });

  it("saves atomically and loads what it saved", () => {
    const path = fresh();
    const state = WatchState.load(path);
    state.setFiles([["/news/a.txt", "10:20:30"]]);
    state.updateFeed("https://f.example/rss", ["h1", "h2"], { etag: '"e"' });
    state.save();
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const again = WatchState.load(path);
    expect(again.fileFingerprint("/news/a.txt")).toBe("10:20:30");
    expect(again.hasEntry("https://f.example/rss", "h2")).toBe(true);
    expect(again.feed("https://f.example/rss")).toEqual({ etag: '"e"', entries: ["h1", "h2"] });
  });

  it.each([
    ["truncated JSON", '{"version": 1, "files": {'],
    ["another file's JSON", '{"name": "dyad"}'],
    ["a feed without entries", '{"version": 1, "files": {}, "feeds": {"u": {}}}'],
  ])("refuses %s with a DataFileError", (_name, content) => {
    const path = fresh();
    writeFileSync(path, content);
    expect(() => WatchState.load(path)).toThrow(DataFileError);
  });

  it("forgets deleted files only under the watched paths", () => {
    const state = WatchState.load(fresh());
    state.setFiles([
      ["/w/a.txt", "1"],
      ["/w/b.txt", "2"],
      ["/w2/c.txt", "3"],
      ["/other/d.txt", "4"],
    ]);
    expect(state.forgetMissing(new Set(["/w/a.txt"]), ["/w"])).toBe(true);
    expect(
      ["/w/a.txt", "/w/b.txt", "/w2/c.txt", "/other/d.txt"].map((p) => state.fileFingerprint(p)),
    ).toEqual(["1", undefined, "3", "4"]);
    expect(state.forgetMissing(new Set(["/w/a.txt"]), ["/w"])).toBe(false);
  });

  it(`keeps at most ${MAX_ENTRIES_PER_FEED} entry hashes per feed, dropping the oldest`, () => {
    const state = WatchState.load(fresh());
    const hashes = Array.from({ length: MAX_ENTRIES_PER_FEED + 5 }, (_, i) => `h${i}`);
    state.updateFeed("u", hashes, {});
    expect(state.hasEntry("u", "h4")).toBe(false);
    expect(state.hasEntry("u", "h5")).toBe(true);
    expect(state.feed("u").entries).toHaveLength(MAX_ENTRIES_PER_FEED);
  });

  it("leaves the old state in place when the directory cannot be written", () => {
    const path = join(dir, "missing-dir", "state.json");
    const state = WatchState.load(path);
    expect(() => state.save()).toThrow();
    expect(existsSync(path)).toBe(false);
  });
});
