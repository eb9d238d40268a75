/**
 * Rule `web-no-html-injection`: the dashboard never turns strings into markup. Article text and
 * every API string reach the page as text nodes or attribute values (core/dom.ts); the browser
 * test shows an article's `<script>` and `<img onerror>` as text. This guards the source.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const HERE = dirname(fileURLToPath(import.meta.url));
const SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|srcdoc|eval\s*\(|new Function\s*\()/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("web-no-html-injection", () => {
  it("no dashboard module uses an HTML or script sink", () => {
    const files = sources(HERE);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const hits = readFileSync(file, "utf8")
        .split("\n")
        .filter(
          (line) =>
            SINKS.test(line) && !line.trim().startsWith("*") && !line.trim().startsWith("//"),
        );
      expect(hits, file).toEqual([]);
    }
  });
});
