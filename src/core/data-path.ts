import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { existsSync } from "node:fs";

let root: string | undefined;

/** Returns the absolute path of a file under the package's `data/` folder. */
export function dataPath(...parts: string[]): string {
  root ??= findRoot();
  return join(root, "data", ...parts);
}

/** Walks up from this module (src/core or dist/core) to the folder holding `data/`. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "data", "ontology"))) return dir;
    dir = dirname(dir);
  }
  throw new Error("dyad: cannot find the data/ folder next to the package");
}
