/**
 * Maintenance script (not a test): marks each expectation in examples/*.expected.json that dyad
 * misses today with a `gap` saying what dyad codes instead, and removes `gap` from entries dyad now
 * gets right. Run after a deliberate coder change: `npx tsx test/golden/mark-gaps.ts`, then review
 * the diff; the golden test expects every `gap` entry to fail and every other entry to pass.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { EventRecord } from "../../src/core/types.js";
import { codeArticle } from "../../src/pipeline.js";
import {
  EXAMPLES_DIR,
  exampleSlugs,
  loadExample,
  matchesExpected,
  violatesAbsent,
  type ExpectedEvent,
} from "./expected-events.js";

const codes = (xs: readonly { code: string }[]): string => xs.map((x) => x.code).join("+") || "-";
const short = (e: EventRecord): string =>
  `${codes(e.actor)}->${codes(e.recipient)}${e.modality === "asserted" ? "" : ` (${e.modality})`}`;

/** What dyad does instead of an expected event, in a few words. */
function missReason(exp: ExpectedEvent, events: readonly EventRecord[]): string {
  const same = events.filter((e) => e.event === exp.event);
  if (same.length === 0) return `no ${exp.event} event is coded`;
  return `${exp.event} coded as ${same.slice(0, 3).map(short).join(", ")}`;
}

type Entry = Record<string, unknown> & { gap?: string };
for (const slug of exampleSlugs()) {
  const path = join(EXAMPLES_DIR, `${slug}.expected.json`);
  const raw = JSON.parse(readFileSync(path, "utf8")) as { events: Entry[]; absent: Entry[] };
  const ex = loadExample(slug);
  const { events } = codeArticle(ex.article);
  ex.expected.events.forEach((exp, i) => {
    const entry = raw.events[i]!;
    if (events.some((e) => matchesExpected(e, exp))) delete entry.gap;
    else entry.gap = missReason(exp, events);
  });
  ex.expected.absent.forEach((a, i) => {
    const entry = raw.absent[i]!;
    const bad = events.filter((e) => violatesAbsent(e, a));
    if (bad.length === 0) delete entry.gap;
    else
      entry.gap = `coded anyway: ${bad
        .slice(0, 2)
        .map((e) => `${e.event} ${short(e)}`)
        .join(", ")}`;
  });
  writeFileSync(path, formatExpected(raw));
}

/** Keeps the files' layout: one entry per line inside the two arrays. */
function formatExpected(
  file: { events: Entry[]; absent: Entry[] } & Record<string, unknown>,
): string {
  const value = (v: unknown): string =>
    Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(", ")}]` : JSON.stringify(v);
  const entry = (x: Entry): string =>
    `{ ${Object.entries(x)
      .map(([k, v]) => `${JSON.stringify(k)}: ${value(v)}`)
      .join(", ")} }`;
  const list = (xs: Entry[]): string =>
    xs.length ? `[\n    ${xs.map(entry).join(",\n    ")}\n  ]` : "[]";
  const rest = Object.entries(file).filter(([k]) => k !== "events" && k !== "absent");
  const head = rest.map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(",\n");
  return `{\n${head},\n  "events": ${list(file.events)},\n  "absent": ${list(file.absent)}\n}\n`;
}
