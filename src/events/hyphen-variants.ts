/**
 * The tokenizer splits most hyphenated words ("cease-fire" is `cease` `-` `fire`, "sit-in" is
 * `sit` `-` `in`) but keeps some whole ("de-escalate"), so a table row that names a hyphenated
 * word must match both ways.
 */

/**
 * Returns the pattern text itself plus, for each hyphenated alternative of an element, a variant
 * in which that element is the split form ("declare ... cease-fire|truce" also gives
 * "declare ... cease - fire"). A POS tag on the element does not carry over to the split parts.
 */
export function hyphenVariants(source: string): string[] {
  let out: string[][] = [[]];
  for (const part of source.trim().split(/\s+/).filter(Boolean)) {
    const split = splitForms(part);
    const next: string[][] = [];
    for (const prefix of out) {
      next.push([...prefix, part]);
      for (const s of split) next.push([...prefix, s]);
    }
    out = next;
  }
  return out.map((parts) => parts.join(" "));
}

/** The split forms of an element's hyphenated alternatives ("cease - fire"), none for the rest. */
function splitForms(part: string): string[] {
  if (part === "..." || part === "_" || !part.includes("-")) return [];
  const forms: string[] = [];
  for (const alt of part.split("|")) {
    const word = alt.split("/")[0] ?? "";
    const pieces = word.split("-");
    if (pieces.length < 2 || pieces.some((p) => p === "")) continue;
    forms.push(pieces.join(" - "));
  }
  return forms;
}
