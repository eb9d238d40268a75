/**
 * Every record dyad writes must be valid against the JSON Schema it ships
 * (schema/event-record.schema.json); checked on the outputs for all example articles.
 */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { codeArticle } from "../../src/pipeline.js";
import { exampleSlugs, loadExample } from "./expected-events.js";

const schema = JSON.parse(
  readFileSync(new URL("../../schema/event-record.schema.json", import.meta.url), "utf8"),
) as object;
const validate = new Ajv2020({ allErrors: true }).compile(schema);

describe("event records match schema/event-record.schema.json", () => {
  it.each(exampleSlugs())("%s", (slug) => {
    const { events } = codeArticle(loadExample(slug).article);
    const problems = events.flatMap((e) => {
      const valid: boolean = validate(e); // a plain boolean: the type guard would narrow e to never
      return valid ? [] : [`${e.event} ${e.rule}: ${JSON.stringify(validate.errors)}`];
    });
    expect(problems).toEqual([]);
  });

  it("rejects a record with an unknown event type (the schema can fail)", () => {
    const { events } = codeArticle(loadExample(exampleSlugs()[0]!).article);
    expect(validate({ ...events[0], event: "CHAT" })).toBe(false);
  });
});
