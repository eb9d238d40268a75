import type { Mention } from "../core/types.js";

/** A speech cue with the mention that speaks, when one could be found. */
export interface Speech {
  readonly start: number;
  readonly end: number;
  readonly speaker?: Mention;
}

/**
 * Pairs each speech cue with its speaker: the mention just before it ("Wang said",
 * "the minister said") or just after it ("said Wang", "according to the ministry"). A cue marked
 * `speakerAfter` ("according to", "quoted by") only looks after itself: in "arrested by police,
 * according to the ministry" the police are no speaker.
 */
export function findSpeakers(
  cues: readonly {
    readonly start: number;
    readonly end: number;
    readonly speakerAfter?: boolean;
  }[],
  mentions: readonly Mention[],
): Speech[] {
  return cues.map((c) => {
    let speaker: Mention | undefined;
    for (const m of mentions) {
      if (m.modifierOnly) continue;
      if (!c.speakerAfter && m.tokenEnd <= c.start && c.start - m.tokenEnd <= 2) speaker = m;
      else if (!speaker && m.tokenStart >= c.end && m.tokenStart - c.end <= 2) speaker = m;
    }
    return speaker ? { start: c.start, end: c.end, speaker } : { start: c.start, end: c.end };
  });
}

/** The speech that reports an event at token `i`: the nearest cue in the sentence that has a speaker. */
export function attributionFor(speech: readonly Speech[], i: number): Speech | undefined {
  let best: Speech | undefined;
  let bestDist = Infinity;
  for (const s of speech) {
    if (!s.speaker) continue;
    const d = s.start >= i ? s.start - i : i - s.end;
    if (d < bestDist) [best, bestDist] = [s, d];
  }
  return best;
}

/** True when two mentions name one party: the same mention, coreferent ones, or one named person. */
export function sameEntity(a: Mention, b: Mention): boolean {
  if (a.id === b.id || a.antecedent === b.id || b.antecedent === a.id) return true;
  if (a.antecedent !== undefined && a.antecedent === b.antecedent) return true;
  // Two mentions of one person; "Georgian protesters" and "the Georgian government" stay distinct.
  return (
    a.kind === "person" &&
    b.kind === "person" &&
    a.entity.name !== undefined &&
    a.entity.name === b.entity.name
  );
}
