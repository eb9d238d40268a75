import type { Mention } from "../core/types.js";
import type { Speech } from "./find-speakers.js";

export { findSpeakers, type Speech, type SpeechCue } from "./find-speakers.js";

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
