import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "./open-store.js";
import { storeSuite } from "./store-suite.js";

let n = 0;

storeSuite("sqlite", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-store-"));
  const file = join(dir, `store-${++n}.db`);
  return {
    open: () => openStore(file),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
