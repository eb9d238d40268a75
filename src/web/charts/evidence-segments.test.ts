import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MARK_KINDS, evidenceSpans, segments, type MarkSpan } from "./evidence-segments.js";

const TEXT =
  "BEIJING, Nov. 1 (Xinhua) -- Chinese Foreign Minister Wang Yi held a phone call on Wednesday.";
const span = (text: string, from = 0) => {
  const start = TEXT.indexOf(text, from);
  return { start, end: start + text.length, text };
};

describe("evidenceSpans", () => {
  it("keeps spans that match the text and names the others", () => {
    const evidence = {
      trigger: span("phone call"),
      actor: [span("Chinese Foreign Minister Wang Yi")],
      recipient: [{ start: 3, end: 9, text: "Oman" }],
      date: span("on Wednesday"),
      place: span("BEIJING"),
      sentence: { start: 0, end: TEXT.length, text: TEXT },
    };
    const r = evidenceSpans({ evidence }, TEXT);
    expect(r.spans.map((s) => [s.kind, TEXT.slice(s.start, s.end)])).toEqual([
      ["trigger", "phone call"],
      ["actor", "Chinese Foreign Minister Wang Yi"],
      ["date", "on Wednesday"],
      ["place", "BEIJING"],
    ]);
    expect(r.mismatched).toEqual(['recipient "Oman" (3..9)']);
  });

  it("rejects spans outside the text", () => {
    const evidence = {
      trigger: { start: TEXT.length - 2, end: TEXT.length + 5, text: "y.xxxxx" },
      actor: [],
      recipient: [],
      sentence: { start: 0, end: 1, text: "B" },
    };
    expect(evidenceSpans({ evidence }, TEXT).spans).toEqual([]);
  });
});

describe("segments", () => {
  it("nests a place inside an actor as three runs", () => {
    const spans: MarkSpan[] = [
      { start: 0, end: 20, kind: "actor" },
      { start: 5, end: 10, kind: "place" },
    ];
    expect(segments(30, spans)).toEqual([
      { start: 0, end: 5, kinds: ["actor"] },
      { start: 5, end: 10, kinds: ["actor", "place"] },
      { start: 10, end: 20, kinds: ["actor"] },
      { start: 20, end: 30, kinds: [] },
    ]);
  });

  it("partitions the text; each segment carries exactly the kinds covering it", () => {
    const spanArb = (len: number) =>
      fc
        .tuple(fc.nat(len), fc.nat(len), fc.constantFrom(...MARK_KINDS))
        .filter(([a, b]) => a !== b)
        .map(([a, b, kind]): MarkSpan => ({ start: Math.min(a, b), end: Math.max(a, b), kind }));
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 60 })
          .chain((len) => fc.tuple(fc.constant(len), fc.array(spanArb(len), { maxLength: 8 }))),
        ([len, spans]) => {
          const segs = segments(len, spans);
          expect(segs[0]!.start).toBe(0);
          expect(segs[segs.length - 1]!.end).toBe(len);
          for (let i = 0; i < segs.length; i++) {
            const s = segs[i]!;
            expect(s.end).toBeGreaterThan(s.start);
            if (i > 0) {
              expect(s.start).toBe(segs[i - 1]!.end);
              expect(s.kinds).not.toEqual(segs[i - 1]!.kinds);
            }
            for (let x = s.start; x < s.end; x++) {
              const covering = new Set(
                spans.filter((p) => p.start <= x && x < p.end).map((p) => p.kind),
              );
              expect(s.kinds).toEqual(MARK_KINDS.filter((k) => covering.has(k)));
            }
          }
        },
      ),
    );
  });
});
