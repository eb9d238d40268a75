/** Process entry of the CLI: runs `main` on this process's arguments. */
import { main } from "./main.js";

await main(process.argv);
