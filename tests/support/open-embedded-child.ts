/**
 * Run as a separate process by tests/integration/db/embedded-lock.test.ts:
 *   tsx tests/support/open-embedded-child.ts <dataDir>
 * Opens the embedded database in <dataDir>, runs one query and closes it. Exit codes: 0 opened,
 * 3 refused because another process holds the folder (message on stderr), 1 anything else.
 */
import { openEmbeddedDatabase } from "../../src/server/db/connection";
import { EmbeddedDatabaseInUseError } from "../../src/server/db/embedded-lock";

const dataDir = process.argv[2];
if (!dataDir) {
  console.error("usage: open-embedded-child.ts <dataDir>");
  process.exit(1);
}

try {
  const database = await openEmbeddedDatabase({ dataDir });
  try {
    await database.withExclusiveSession((session) => session.query("SELECT 1"));
    console.log(`opened ${dataDir} as process ${process.pid}`);
  } finally {
    await database.close();
  }
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof EmbeddedDatabaseInUseError ? 3 : 1);
}
