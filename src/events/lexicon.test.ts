import { describe, expect, it } from "vitest";
import { DataFileError } from "../core/errors.js";
import { compileLexicon, type LexiconSources } from "./lexicon.js";

const base: LexiconSources = {
  triggers:
    "id\tpattern\ttype\tmode\tcontext\tcameo\trole\tconfidence\tnote\nconsult-talk\thold talk\tCONSULT\t\t\t040\treciprocal\t0.8\tx\n",
  cues: "id\tkind\tpattern\tnote\nneg-not\tnegation\tnot\tx\n",
  contexts: "id\tpattern\tcontext\tnote\nctx-nuclear\tnuclear\tcbrn\tx\n",
  rewrites:
    "id\twhen_type\twhen_modality\tthen_type\tthen_cameo\tthen_modality\tnote\nfuture-consult-is-agree\tCONSULT\tfuture\tAGREE\t036\tasserted\tx\n",
};

describe("compileLexicon", () => {
  it("compiles all four tables", () => {
    const lex = compileLexicon(base);
    expect(lex.rewrites).toHaveLength(1);
    expect(lex.rewrites[0]?.thenType).toBe("AGREE");
  });

  // Each bad row must name its file and line, so a user editing the tables can fix it.
  it.each([
    [
      "unknown type",
      { triggers: base.triggers.replace("CONSULT", "CHAT") },
      /triggers.tsv:2: unknown type CHAT/,
    ],
    [
      "bad role",
      { triggers: base.triggers.replace("reciprocal", "mutual") },
      /unknown role mutual/,
    ],
    ["bad confidence", { triggers: base.triggers.replace("0.8", "1.5") }, /bad confidence/],
    [
      "bad pattern",
      { triggers: base.triggers.replace("hold talk", "... talk") },
      /must start with a word/,
    ],
    [
      "bad cue kind",
      { cues: base.cues.replace("negation", "maybe") },
      /cues.tsv:2: bad kind maybe/,
    ],
    [
      "bad rewrite modality",
      { rewrites: base.rewrites.replace("\tfuture\t", "\tsoon\t") },
      /bad modality/,
    ],
  ])("rejects %s", (_why, patch, message) => {
    const run = (): unknown => compileLexicon({ ...base, ...patch });
    expect(run).toThrow(DataFileError);
    expect(run).toThrow(message);
  });
});
