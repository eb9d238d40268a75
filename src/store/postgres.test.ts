import { afterAll, beforeAll, describe, it } from "vitest";
import { openStore } from "./open-store.js";
import { storeSuite } from "./store-suite.js";
import {
  type PostgresServer,
  findPostgresBin,
  startPostgres,
} from "./test-support/postgres-server.js";

const bin = findPostgresBin();

if (bin === undefined) {
  const message =
    "POSTGRESQL TESTS SKIPPED: no initdb/pg_ctl under /usr/lib/postgresql/*/bin (apt-get install -y postgresql, or set DYAD_PG_BIN)";
  console.warn(`\n${"!".repeat(message.length)}\n${message}\n${"!".repeat(message.length)}\n`);
  describe.skip("postgres store", () => it("needs PostgreSQL binaries", () => {}));
} else {
  let server: PostgresServer | undefined;
  let n = 0;
  beforeAll(async () => {
    server = await startPostgres(bin);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });
  storeSuite(
    "postgres",
    async () => {
      const name = `dyad_test_${process.pid}_${++n}`;
      const url = await server!.createDatabase(name);
      return { open: () => openStore(url), cleanup: () => server!.dropDatabase(name) };
    },
    { propertyRuns: 10 },
  );
}
