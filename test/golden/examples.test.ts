/**
 * Golden test of the whole pipeline on the example articles in `examples/`: every hand-coded
 * event must be found, every `absent` entry respected, and every evidence span must point at
 * the text it quotes. Test names carry the file and the expectation's `why`.
 */
import { describe, expect, it } from "vitest";
import type { CodeResult } from "../../src/core/types.js";
import { codeArticle } from "../../src/pipeline.js";
import {
  badEvidenceSpans,
  describeEvents,
  exampleSlugs,
  loadExample,
  matchesExpected,
  violatesAbsent,
  type Absent,
  type Example,
  type ExpectedEvent,
} from "./expected-events.js";

const examples: Example[] = exampleSlugs().map((slug) => loadExample(slug));
const results = new Map<string, CodeResult>();

/** Codes each article once, however many tests look at it. */
function coded(ex: Example): CodeResult {
  let result = results.get(ex.slug);
  if (result === undefined) {
    result = codeArticle(ex.article);
    results.set(ex.slug, result);
  }
  return result;
}

function expectedLabel(exp: ExpectedEvent): string {
  return `${exp.event} ${exp.actor.join("+")} -> ${exp.recipient.join("+") || "-"}: ${exp.why}`;
}

function absentLabel(a: Absent): string {
  if ("participant" in a) return `no event with participant ${a.participant}`;
  const who = [...(a.actor ?? []), ...(a.participants ?? [])].join("+");
  return `no asserted ${a.event}${a.mode ? ` ${a.mode}` : ""}${who ? ` involving ${who}` : ""}${a.recipient?.length ? ` -> ${a.recipient.join("+")}` : ""}`;
}

it("finds the example articles", () => {
  expect(examples.length).toBeGreaterThanOrEqual(29);
});

describe.each(examples.map((ex) => [ex.slug, ex] as const))("%s", (slug, ex) => {
  if (ex.expected.events.length > 0) {
    // An entry with a `gap` is a known miss: it.fails keeps it honest (it fails once dyad gets it right).
    for (const exp of ex.expected.events) {
      const run = exp.gap ? it.fails : it;
      run(`codes ${expectedLabel(exp)}${exp.gap ? ` [known gap: ${exp.gap}]` : ""}`, () => {
        const { events } = coded(ex);
        const found = events.some((ev) => matchesExpected(ev, exp));
        const message = `${slug}: expected ${JSON.stringify(exp)}\noutput events:\n${describeEvents(events)}`;
        expect(found, message).toBe(true);
      });
    }
  }

  if (ex.expected.absent.length > 0) {
    for (const a of ex.expected.absent) {
      const run = a.gap ? it.fails : it;
      run(`${absentLabel(a)}: ${a.why}${a.gap ? ` [known gap: ${a.gap}]` : ""}`, () => {
        const offending = coded(ex).events.filter((ev) => violatesAbsent(ev, a));
        expect(offending, `${slug}: should be absent\n${describeEvents(offending)}`).toEqual([]);
      });
    }
  }

  it("every evidence span quotes the article text at its offsets", () => {
    const { events } = coded(ex);
    const bad = events.flatMap((ev) =>
      badEvidenceSpans(ex.article.text, ev).map((b) => `${ev.event} ${ev.rule}: ${b}`),
    );
    expect(bad, `${slug}: evidence spans that do not match the text`).toEqual([]);
  });
});
