/**
 * Evidence highlighting as data: the spans of an event record's evidence (checked against the
 * article text, since offsets from another text version would mark the wrong words), and the cut
 * of a text into segments that each carry the set of evidence kinds covering them. Overlapping
 * and nested spans (a place inside an actor's name) come out as segments with several kinds.
 */
import type { EventRecord, Span } from "../../core/types.js";

/** The evidence kinds, in the order their classes are written. */
export const MARK_KINDS = [
  "trigger",
  "actor",
  "recipient",
  "date",
  "place",
  "attribution",
] as const;

/** One kind of evidence. */
export type MarkKind = (typeof MARK_KINDS)[number];

/** A span of evidence of one kind. */
export interface MarkSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: MarkKind;
}

/** A run of text and the evidence kinds over all of it (none: plain text). */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly kinds: readonly MarkKind[];
}

/** A record's evidence spans that match the text; the others are named in `mismatched`. */
export function evidenceSpans(
  record: Pick<EventRecord, "evidence">,
  text: string,
): { spans: MarkSpan[]; mismatched: string[] } {
  const ev = record.evidence;
  const all: [MarkKind, Span | undefined][] = [
    ["trigger", ev.trigger],
    ...ev.actor.map((s): [MarkKind, Span] => ["actor", s]),
    ...ev.recipient.map((s): [MarkKind, Span] => ["recipient", s]),
    ["date", ev.date],
    ["place", ev.place],
    ["attribution", ev.attribution],
  ];
  const spans: MarkSpan[] = [];
  const mismatched: string[] = [];
  for (const [kind, s] of all) {
    if (s === undefined || s.end <= s.start) continue;
    if (s.start >= 0 && s.end <= text.length && text.slice(s.start, s.end) === s.text)
      spans.push({ start: s.start, end: s.end, kind });
    else mismatched.push(`${kind} "${s.text}" (${s.start}..${s.end})`);
  }
  return { spans, mismatched };
}

/** Cuts [0, length) at every span boundary; neighbours with the same kinds are merged. */
export function segments(length: number, spans: readonly MarkSpan[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    cuts.add(clamp(s.start, length));
    cuts.add(clamp(s.end, length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const present = new Set(
      spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.kind),
    );
    const kinds = MARK_KINDS.filter((k) => present.has(k));
    const prev = out[out.length - 1];
    if (prev && sameKinds(prev.kinds, kinds)) out[out.length - 1] = { ...prev, end };
    else out.push({ start, end, kinds });
  }
  return out;
}

function clamp(x: number, length: number): number {
  return Math.max(0, Math.min(length, x));
}

function sameKinds(a: readonly MarkKind[], b: readonly MarkKind[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
