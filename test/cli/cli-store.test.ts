/**
 * End-to-end tests of the store commands as processes, in a temp working directory (so the
 * default `./dyad.db` is used): ingest is idempotent and replaces changed articles (by id, and an
 * edited file by its path), query shows the sample article's phone call with its evidence, stats
 * and every export format have the documented shape, recode (and recode --all) keeps the coder
 * version per mention.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_CSV_COLUMNS, GDELT_COLUMNS, POLECAT_COLUMNS } from "../../src/export/index.js";
import { ROOT, parseCsv, parseTsv, runDyad, runInProcess, type CliResult } from "./cli-helpers.js";

interface Summary {
  articles: number;
  inserted: number;
  replaced: number;
  unchanged: number;
  failed: number;
  coder_version: string;
  store: { articles: number; mentions: number; events: number };
}

const EXAMPLES = join(ROOT, "examples");
const TALKS =
  "CAIRO, May 2 (Reuters) -- Egyptian Foreign Minister Sameh Tarek met his Jordanian counterpart in Cairo on Thursday.";
const PROTEST =
  "NAIROBI, May 3 (Reuters) -- Kenyan police arrested 12 protesters in Nairobi on Friday.";
const ACCUSATION =
  "CAIRO, May 2 (Reuters) -- Egypt accused Jordan on Thursday of closing the border crossing without warning.";
const jsonl = (second: string): string =>
  `${JSON.stringify({ id: "wire-1", date: "2024-05-02", text: TALKS })}\n${JSON.stringify({ id: "wire-2", date: "2024-05-03", text: second })}\n`;

let dir = "";
let first: CliResult;
/** Documents in the examples folder plus wire.jsonl's two (the folder grows with new formats). */
let total = 0;
/** Ingest and recode run as processes; the read commands run in-process on the same store. */
const dyad = (...args: string[]): CliResult => runDyad(dir, args);
const read = (...args: string[]): Promise<CliResult> =>
  runInProcess([...args, "--db", join(dir, "dyad.db")]);
const json = (r: CliResult): Summary => JSON.parse(r.stdout) as Summary;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-store-cli-"));
  writeFileSync(join(dir, "wire.jsonl"), jsonl(PROTEST));
  first = dyad("ingest", EXAMPLES, "wire.jsonl");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dyad ingest", () => {
  it("codes the examples into ./dyad.db and prints a summary", async () => {
    expect(first.status).toBe(0);
    expect(existsSync(join(dir, "dyad.db"))).toBe(true);
    const m =
      /dyad ingest: (\d+) articles: (\d+) inserted, 0 replaced, 0 unchanged, 0 failed; [1-9]\d* events in store/.exec(
        first.stderr,
      );
    expect(m?.[1]).toBe(m?.[2]);
    total = Number(m?.[1]);
    expect(total).toBeGreaterThanOrEqual(46);
  });

  it("changes nothing on a second run, and replaces an article whose text changed", async () => {
    const again = json(dyad("ingest", "--json", EXAMPLES, "wire.jsonl"));
    expect(again).toMatchObject({
      articles: total,
      inserted: 0,
      replaced: 0,
      unchanged: total,
      failed: 0,
    });
    writeFileSync(join(dir, "wire.jsonl"), jsonl(PROTEST.replace("12", "40")));
    const changed = json(dyad("ingest", "--json", "wire.jsonl"));
    expect(changed).toMatchObject({
      articles: 2,
      inserted: 0,
      replaced: 1,
      unchanged: 1,
      failed: 0,
    });
    expect(changed.store.articles).toBe(total);
  });

  it("replaces the old version of an edited .article file (its id is its content hash)", async () => {
    const news = join(dir, "edited");
    mkdirSync(news);
    const header = (title: string): string => `date 2024-05-02 ${title}\n\n`;
    writeFileSync(join(news, "cairo.article"), `${header("Egypt and Jordan")}${TALKS}\n`);
    writeFileSync(join(news, "nairobi.article"), `${header("Nairobi arrests")}${PROTEST}\n`);
    const db = ["--db", "edited.db"];
    expect(json(dyad("ingest", "--json", ...db, "edited"))).toMatchObject({ inserted: 2 });
    const talks = ["query", "--db", join(dir, "edited.db"), "--actor", "EGY", "--type", "CONSULT"];
    expect((await runInProcess(talks)).stdout).toMatch(/CONSULT/);
    writeFileSync(join(news, "cairo.article"), `${header("Egypt accuses Jordan")}${ACCUSATION}\n`);
    const again = json(dyad("ingest", "--json", ...db, "edited"));
    expect(again).toMatchObject({ inserted: 0, replaced: 1, unchanged: 1, failed: 0 });
    expect(again.store).toMatchObject({ articles: 2, events: 2, mentions: 2 });
    expect((await runInProcess(talks)).stdout).toBe("no events match\n");
    const text = (t: string): Promise<CliResult> =>
      runInProcess(["query", "--db", join(dir, "edited.db"), "--text", t]);
    expect((await text("met his Jordanian")).stdout).toBe("no events match\n");
    expect((await text("closing the border")).stdout).toMatch(/ACCUSE/);
    expect(json(dyad("ingest", "--json", ...db, "edited"))).toMatchObject({ unchanged: 2 });
  }, 60_000);

  it("exits 1 and records nothing for a document that fails", async () => {
    writeFileSync(join(dir, "empty.txt"), "");
    const r = dyad("ingest", "--json", "empty.txt");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt.*error empty-file/);
    expect(json(r)).toMatchObject({ failed: 1, inserted: 0, store: { articles: total } });
  });
});

describe("dyad query", () => {
  it("shows the sample article's phone call with its evidence", async () => {
    const r = await read("query", "--actor", "CHN", "--type", "CONSULT", "--mentions");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/CONSULT\s+phone\s+CHN GOV \(Wang Yi\) \+ OMN GOV/);
    expect(r.stdout).toContain("held a [[phone conversation]] on Wednesday");
    expect(r.stdout).toMatch(
      /trigger "phone conversation"; actor "Chinese Foreign Minister Wang Yi"/,
    );
  });

  it("writes JSONL events with counts, reports and mentions, and CSV with the documented columns", async () => {
    const lines = (
      await read(
        "query",
        "--actor",
        "CHN",
        "--type",
        "CONSULT",
        "--mode",
        "phone",
        "--mentions",
        "--format",
        "jsonl",
      )
    ).stdout
      .trim()
      .split("\n");
    const events = lines.map(
      (l) =>
        JSON.parse(l) as {
          mention_count: number;
          article_count: number;
          first_report: string;
          mentions: { record: { evidence: { trigger: { text: string } } } }[];
        },
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      mention_count: 1,
      article_count: 1,
      first_report: "2023-11-02",
    });
    expect(events[0]?.mentions[0]?.record.evidence.trigger.text).toBe("phone conversation");
    const csv = parseCsv(
      (await read("query", "--type", "consult", "--format", "csv", "--limit", "5")).stdout,
    );
    expect(csv[0]).toEqual([...EVENT_CSV_COLUMNS]);
    expect(
      csv.slice(1).every((row) => row.length === EVENT_CSV_COLUMNS.length && row[4] === "CONSULT"),
    ).toBe(true);
  });

  it("pages with --cursor and rejects bad flags with status 2", async () => {
    const page = (await read("query", "--limit", "3", "--format", "jsonl")).stdout
      .trim()
      .split("\n");
    const next = (JSON.parse(page[3] ?? "{}") as { next?: string }).next ?? "";
    expect(next).not.toBe("");
    const page2 = (await read("query", "--limit", "3", "--format", "jsonl", "--cursor", next))
      .stdout;
    expect(page2).not.toContain((JSON.parse(page[0] ?? "{}") as { id: string }).id);
    for (const bad of [
      ["--type", "HUG"],
      ["--quad", "5"],
      ["--from", "2024-13"],
      ["--min-confidence", "2"],
      ["--format", "xml"],
    ]) {
      const r = await read("query", ...bad);
      expect(r.status, bad.join(" ")).toBe(2);
    }
  });

  it("reads the store DYAD_DB names, and --db overrides it", async () => {
    const other = join(dir, "other.db");
    expect(runDyad(dir, ["query"], { DYAD_DB: other }).stdout).toBe("no events match\n");
    expect(
      (
        await runInProcess(["query", "--db", join(dir, "dyad.db"), "--limit", "1"], {
          DYAD_DB: other,
        })
      ).stdout,
    ).toMatch(/^id\s+date/);
  });
});

describe("dyad stats and dyad export", () => {
  it("counts events by month, and the totals match the store", async () => {
    const events = json(dyad("ingest", "--json", "wire.jsonl")).store.events;
    const none = parseCsv(
      (await read("stats", "--by", "month", "--group", "none", "--format", "csv")).stdout,
    );
    expect(none[0]).toEqual(["bucket", "events", "mentions", "intensity"]);
    expect(none.slice(1).reduce((s, r) => s + Number(r[1]), 0)).toBe(events);
    expect(none.some((r) => r[0] === "2023-11")).toBe(true);
    const byType = await read(
      "stats",
      "--by",
      "month",
      "--group",
      "type",
      "--type",
      "CONSULT",
      "--from",
      "2023-11",
      "--to",
      "2023-11",
    );
    expect(byType.stdout).toMatch(
      /^bucket\s+type\s+events\s+mentions\s+intensity\n2023-11\s+CONSULT\s+[1-9]/,
    );
  });

  it("exports every format with its documented columns, one row per event", async () => {
    const events = json(dyad("ingest", "--json", "wire.jsonl")).store.events;
    const plover = (await read("export", "--format", "plover-jsonl", "--page-size", "7")).stdout
      .trim()
      .split("\n");
    expect(plover).toHaveLength(events);
    expect(new Set(plover.map((l) => (JSON.parse(l) as { id: string }).id)).size).toBe(events);
    const csv = parseCsv((await read("export", "--format", "csv")).stdout);
    expect(csv[0]).toEqual([...EVENT_CSV_COLUMNS]);
    expect(csv).toHaveLength(events + 1);
    const polecat = parseTsv((await read("export", "--format", "polecat")).stdout);
    expect(polecat[0]).toEqual([...POLECAT_COLUMNS]);
    expect(polecat.slice(1).every((r) => r.length === 40)).toBe(true);
    expect(polecat).toHaveLength(events + 1);
    const out = join(dir, "gdelt.tsv");
    expect((await read("export", "--format", "gdelt", "--out", out)).stdout).toBe("");
    const gdelt = parseTsv(readFileSync(out, "utf8"));
    expect(gdelt).toHaveLength(events);
    expect(gdelt.every((r) => r.length === GDELT_COLUMNS.length && /^\d+$/.test(r[0] ?? ""))).toBe(
      true,
    );
    expect(GDELT_COLUMNS).toHaveLength(61);
  });

  it("puts the sample phone call in each format's type, actor and date columns", async () => {
    const filter = ["--actor", "CHN", "--type", "CONSULT", "--mode", "phone"];
    const plover = JSON.parse((await read("export", ...filter, "--mentions")).stdout) as {
      event: string;
      mode: string[];
      mentions: { evidence: { trigger: { text: string } } }[];
    };
    expect(plover).toMatchObject({ event: "CONSULT", mode: ["phone"] });
    expect(plover.mentions[0]?.evidence.trigger.text).toBe("phone conversation");
    const [, pc] = parseTsv((await read("export", "--format", "polecat", ...filter)).stdout);
    expect([pc?.[1], pc?.[2], pc?.[3], pc?.[5], pc?.[8]]).toEqual([
      "2023-11-01",
      "CONSULT",
      "phone",
      "VERBAL COOPERATION",
      "CHN; OMN",
    ]);
    const [gd] = parseTsv((await read("export", "--format", "gdelt", ...filter)).stdout);
    expect([gd?.[1], gd?.[5], gd?.[7], gd?.[15], gd?.[26], gd?.[29]]).toEqual([
      "20231101",
      "CHNGOV",
      "CHN",
      "OMNGOV",
      "041",
      "1",
    ]);
  });
});

/** Coder versions of the mentions of the sample article's phone call. */
async function phoneCallVersions(): Promise<string[]> {
  const filter = ["--actor", "CHN", "--type", "CONSULT", "--mode", "phone", "--mentions"];
  const line = (await read("query", ...filter, "--format", "jsonl")).stdout.split("\n")[0];
  const ev = JSON.parse(line ?? "{}") as { mentions: { coderVersion: string }[] };
  return ev.mentions.map((m) => m.coderVersion);
}

describe("dyad recode", () => {
  it("re-codes only articles another coder version coded, and keeps the version per mention", async () => {
    expect(json(dyad("recode", "--json"))).toMatchObject({ articles: 0 });
    const recoded = json(dyad("recode", "--json", "--no-model"));
    expect(recoded).toMatchObject({ articles: total, failed: 0, store: { articles: total } });
    expect(recoded.replaced).toBe(total);
    expect(await phoneCallVersions()).toEqual([recoded.coder_version]);
    expect(json(dyad("recode", "--json", "--no-model"))).toMatchObject({ articles: 0 });
  });

  it("re-codes every article with --all, even those this version coded", async () => {
    // The previous test left every article coded without the model: --all re-codes them all
    // with it, and then again although nothing changed.
    const runs = [1, 2].map(() => json(dyad("recode", "--json", "--all")));
    for (const all of runs)
      expect(all).toMatchObject({
        articles: total,
        replaced: total,
        failed: 0,
        store: { articles: total },
      });
    expect(await phoneCallVersions()).toEqual([runs[1]?.coder_version]);
    expect(json(dyad("recode", "--json"))).toMatchObject({ articles: 0 });
  });
});

describe("help", () => {
  it("every store command has --help", async () => {
    for (const cmd of ["ingest", "recode", "query", "stats", "export"]) {
      const r = await runInProcess([cmd, "--help"]);
      expect(r.status, cmd).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Usage: dyad ${cmd}`));
      expect(r.stdout).toContain("--db");
    }
  });
});
