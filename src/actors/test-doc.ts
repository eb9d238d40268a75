/**
 * Test helper: builds a Doc from plain text with the real annotate stage, so actor tests see the
 * same tokens, sentences and dateline as the pipeline. Not used by the pipeline.
 */
import { annotate } from "../annotate/annotate.js";
import type { Doc } from "../core/types.js";

/** Annotates `text` as an article published on `date`. */
export function testDoc(text: string, date = "2024-05-02"): Doc {
  return annotate({ id: "test", text, date, origin: { file: "test" } });
}
