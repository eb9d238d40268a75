/**
 * Checks the hand-coded example files themselves (valid codes, modes and internal consistency,
 * coverage of all PLOVER types) and the matching rules of the golden test. Runs without the
 * pipeline, so a broken expectation file is caught even when coding fails.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Entity, EventRecord, Span } from "../../src/core/types.js";
import {
  badEvidenceSpans,
  exampleSlugs,
  loadExample,
  matchesExpected,
  violatesAbsent,
  type Absent,
  type ExpectedEvent,
} from "./expected-events.js";

interface PloverFacts {
  event_types: { type: string; modes: { mode: string }[] }[];
  actor_codes: { non_state: { code: string }[] };
}

const plover = JSON.parse(
  readFileSync(new URL("../../data/ontology/plover.json", import.meta.url), "utf8"),
) as PloverFacts;
const modesOf = new Map(
  plover.event_types.map((t) => [t.type, new Set(t.modes.map((m) => m.mode))]),
);

/** PLOVER country codes from the project's country table, plus the non-state pseudo-codes. */
function knownCodes(): Set<string> {
  const lines = readFileSync(new URL("../../data/actors/countries.tsv", import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"));
  const header = (lines[0] ?? "").split("\t");
  const col = header.indexOf("code");
  const codes = lines.slice(1).map((l) => l.split("\t")[col] ?? "");
  return new Set([...codes, ...plover.actor_codes.non_state.map((c) => c.code)]);
}

const codes = knownCodes();
const examples = exampleSlugs().map((slug) => loadExample(slug));

/** Would an expected event, if the pipeline output it, break an absent entry of the same file? */
function contradicts(exp: ExpectedEvent, a: Absent): boolean {
  return violatesAbsent(fakeEvent(exp), a);
}

function entity(code: string): Entity {
  return { code, sector: [], entity_text: code };
}

const SPAN: Span = { start: 0, end: 3, text: "Abc" };

function fakeEvent(exp: Partial<ExpectedEvent>, extra: Partial<EventRecord> = {}): EventRecord {
  const base: EventRecord = {
    version: 1,
    id: "x",
    article_id: "a",
    event: exp.event ?? "CONSULT",
    mode: exp.mode ? [exp.mode] : [],
    context: [],
    quad_code: 1,
    intensity: 1,
    cameo: "040",
    actor: (exp.actor ?? []).map(entity),
    recipient: (exp.recipient ?? []).map(entity),
    modality: exp.modality ?? "asserted",
    confidence: 1,
    rule: "test",
    evidence: { trigger: SPAN, actor: [], recipient: [], sentence: SPAN },
  };
  const dated = exp.date === undefined ? base : { ...base, date: exp.date };
  const said =
    exp.attribution === undefined ? dated : { ...dated, attribution: entity(exp.attribution) };
  return { ...said, ...extra };
}

describe.each(examples.map((ex) => [ex.slug, ex] as const))("examples/%s", (_slug, ex) => {
  it("uses known actor codes and modes of the right type", () => {
    const problems: string[] = [];
    for (const e of ex.expected.events) {
      for (const c of [...e.actor, ...e.recipient, ...(e.attribution ? [e.attribution] : [])]) {
        if (!codes.has(c)) problems.push(`${e.event}: unknown code ${c}`);
      }
      if (e.mode !== undefined && !modesOf.get(e.event)?.has(e.mode))
        problems.push(`${e.event}: no mode ${e.mode}`);
    }
    for (const a of ex.expected.absent) {
      const listed =
        "participant" in a
          ? [a.participant]
          : [...(a.actor ?? []), ...(a.recipient ?? []), ...(a.participants ?? [])];
      problems.push(...listed.filter((c) => !codes.has(c)).map((c) => `absent: unknown code ${c}`));
    }
    expect(problems).toEqual([]);
  });

  it("no expected event contradicts an absent entry", () => {
    const clashes = ex.expected.events.flatMap((e) =>
      ex.expected.absent.filter((a) => contradicts(e, a)).map((a) => `${e.why} <-> ${a.why}`),
    );
    expect(clashes).toEqual([]);
  });

  it("is a wire story of 150-450 words opening with a dateline", () => {
    const words = ex.article.text.split(/\s+/).filter((w) => w !== "").length;
    expect(words).toBeGreaterThanOrEqual(150);
    expect(words).toBeLessThanOrEqual(450);
    expect(ex.article.text).toMatch(/^[A-Z][A-Z .'/-]+(, [A-Za-z .]+)?(,| \()/);
    expect(ex.article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("the examples as a whole", () => {
  it("cover all 16 PLOVER event types", () => {
    const covered = new Set<string>(
      examples.flatMap((ex) => ex.expected.events.map((e) => e.event)),
    );
    expect(modesOf.size).toBe(16);
    expect([...modesOf.keys()].filter((t) => !covered.has(t))).toEqual([]);
  });

  it("include at least 29 articles", () => {
    expect(examples.length).toBeGreaterThanOrEqual(29);
  });
});

describe("matchesExpected", () => {
  const exp: ExpectedEvent = {
    event: "CONSULT",
    mode: "phone",
    actor: ["CHN", "OMN"],
    recipient: [],
    modality: "asserted",
    date: "2023-11-01",
    attribution: "OMN",
    why: "t",
  };
  const good = fakeEvent(exp);
  it.each([
    ["the same event", good, true],
    ["actors in another order", { ...good, actor: [entity("OMN"), entity("CHN")] }, true],
    ["an extra mode", { ...good, mode: ["visit", "phone"] }, true],
    ["another type", { ...good, event: "AGREE" as const }, false],
    ["a missing actor", { ...good, actor: [entity("CHN")] }, false],
    ["an extra actor", { ...good, actor: [entity("CHN"), entity("OMN"), entity("ISR")] }, false],
    ["an extra recipient", { ...good, recipient: [entity("ISR")] }, false],
    ["a missing mode", { ...good, mode: [] }, false],
    ["another modality", { ...good, modality: "future" as const }, false],
    ["another day", fakeEvent({ ...exp, date: "2023-11-02" }), false],
    ["a coarser date", fakeEvent({ ...exp, date: "2023-11" }), false],
    ["another attribution", fakeEvent({ ...exp, attribution: "CHN" }), false],
  ])("%s -> %s", (_name, ev, want) => {
    expect(matchesExpected(ev, exp)).toBe(want);
  });
  it("accepts an output date finer than a month-only expectation", () => {
    expect(matchesExpected(good, { ...exp, date: "2023-11" })).toBe(true);
  });
});

describe("violatesAbsent", () => {
  const ev = fakeEvent({ event: "ASSAULT", mode: "drone", actor: ["RUS"], recipient: ["UKR"] });
  const negated = { ...ev, modality: "negated" as const };
  it.each([
    ["participant as recipient", ev, { participant: "UKR", why: "t" }, true],
    ["participant in a negated event", negated, { participant: "UKR", why: "t" }, true],
    ["another participant", ev, { participant: "IRN", why: "t" }, false],
    ["type only", ev, { event: "ASSAULT", why: "t" }, true],
    ["type, negated event", negated, { event: "ASSAULT", why: "t" }, false],
    ["type and actor", ev, { event: "ASSAULT", actor: ["RUS"], why: "t" }, true],
    ["type and other actor", ev, { event: "ASSAULT", actor: ["UKR"], why: "t" }, false],
    ["type and recipient", ev, { event: "ASSAULT", recipient: ["UKR"], why: "t" }, true],
    [
      "participants on both sides",
      ev,
      { event: "ASSAULT", participants: ["UKR", "RUS"], why: "t" },
      true,
    ],
    [
      "participants not all there",
      ev,
      { event: "ASSAULT", participants: ["UKR", "BLR"], why: "t" },
      false,
    ],
    ["other mode", ev, { event: "ASSAULT", mode: "aerial", why: "t" }, false],
    ["other type", ev, { event: "COERCE", why: "t" }, false],
  ] as [string, EventRecord, Absent, boolean][])("%s -> %s", (_name, event, absent, want) => {
    expect(violatesAbsent(event, absent)).toBe(want);
  });
});

describe("badEvidenceSpans", () => {
  const text = "Wang Yi held talks.";
  const span = (start: number, end: number, t: string): Span => ({ start, end, text: t });
  const withEvidence = (trigger: Span, actor: Span[]): EventRecord =>
    fakeEvent({}, { evidence: { trigger, actor, recipient: [], sentence: span(0, 19, text) } });
  it("accepts spans that quote the text", () => {
    expect(
      badEvidenceSpans(text, withEvidence(span(13, 18, "talks"), [span(0, 7, "Wang Yi")])),
    ).toEqual([]);
  });
  it("reports a span whose text differs, and one past the end", () => {
    const bad = badEvidenceSpans(
      text,
      withEvidence(span(12, 17, "talks"), [span(15, 40, "talks.")]),
    );
    expect(bad.map((b) => b.split(" ")[0])).toEqual(["trigger", "actor[0]"]);
  });
});
