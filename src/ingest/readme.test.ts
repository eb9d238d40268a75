import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INGEST_ISSUES } from "./ingest-issues.js";

/** Rows of the README's issue-code table as [code, severity]. */
function readmeCodes(): [string, string][] {
  const readme = readFileSync(new URL("./README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("## Issue codes"));
  return [...section.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|\s*(error|warning)\s*\|/gm)].map((m) => [
    m[1] ?? "",
    m[2] ?? "",
  ]);
}

describe("README issue table", () => {
  it("lists exactly the codes of INGEST_ISSUES, with their severities", () => {
    const table = Object.entries(INGEST_ISSUES).map(([code, { severity }]) => [code, severity]);
    expect(readmeCodes().sort()).toEqual(table.sort());
  });

  it("uses kebab-case codes", () => {
    for (const code of Object.keys(INGEST_ISSUES)) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
