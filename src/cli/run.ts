/** Process entry of the CLI: runs `main` on this process's arguments. */
import { main } from "./main.js";

// `dyad code ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

await main(process.argv);
