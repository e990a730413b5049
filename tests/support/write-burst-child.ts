/**
 * Run as a separate process by tests/integration/durability/sigkill.test.ts:
 *   tsx tests/support/write-burst-child.ts <dataDir>
 * Opens the (migrated) embedded database in <dataDir> and writes rows as fast as it can, one
 * transaction each, through the application's Prisma client; after each commit it prints
 * `ack <id>`. The parent kills it with SIGKILL mid-burst and checks that every acknowledged row survived.
 */
import { openEmbeddedDatabase } from "../../src/server/db/connection";

const dataDir = process.argv[2];
if (!dataDir) {
  console.error("usage: write-burst-child.ts <dataDir>");
  process.exit(1);
}

const database = await openEmbeddedDatabase({ dataDir });
console.log("ready");
for (let index = 0; ; index++) {
  const row = await database.prisma.signInFailure.create({ data: { email: `burst-${index}@example.test`, ip: "192.0.2.1" } });
  process.stdout.write(`ack ${row.id}\n`);
}
