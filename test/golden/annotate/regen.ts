/** Rewrites the `expect` field of every annotate golden file from the current code. */
import { writeFileSync } from "node:fs";
import { annotate } from "../../../src/annotate/annotate.js";
import { caseArticle, goldenFiles, readCase, summarize } from "./golden.js";

for (const [name, path] of goldenFiles()) {
  const c = readCase(path);
  const expect = summarize(annotate(caseArticle(name, c)));
  writeFileSync(path, JSON.stringify({ why: c.why, input: c.input, expect }, null, 2) + "\n");
  console.log(`${name}: ${expect.sentences} sentences, ${expect.dates.length} dates`);
}
