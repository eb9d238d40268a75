#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the `prepare` script).
import("../dist/cli/run.js").catch((err) => {
  console.error(err);
  process.exit(70);
});
