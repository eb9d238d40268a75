/**
 * protest-begin-hunger-strike (data/events/triggers.tsv): "began a hunger strike to protest" is a
 * hunger strike (PROTEST hunger, CAMEO 142), not a generic demonstration.
 */
import { expect, it } from "vitest";
import { code, show } from "./test-code.js";

it.each([
  "A detained Egyptian blogger has begun a hunger strike to protest against his trial, his family said.",
  "Jailed opposition activists started a hunger strike to protest their detention, lawyers said.",
])("%s", (text) => {
  const events = code(text);
  const e = events.find((x) => x.event === "PROTEST");
  expect(e?.mode, events.map(show).join(" | ")).toEqual(["hunger"]);
  expect(e?.cameo).toBe("142");
});
