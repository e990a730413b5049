// Deletes everything in the configured database, then migrates and seeds the demo partnership.
// On a PostgreSQL server it asks for --force, so that a production database is never wiped by a typo.
import fs from "node:fs";
import { databaseConfigFromEnv } from "@/server/db/config";
import { acquireEmbeddedLock } from "@/server/db/embedded-lock";
import { migrateAndSeed, withConfiguredDatabase } from "./lib/database";

const config = databaseConfigFromEnv();
if (config.kind === "embedded") {
  // Taking the lock first proves no server has the folder open.
  try {
    const lock = acquireEmbeddedLock(config.dataDir);
    fs.rmSync(config.dataDir, { recursive: true, force: true });
    lock.release();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  console.log(`Removed the embedded database in ${config.dataDir}.`);
} else if (!process.argv.includes("--force")) {
  console.error("This deletes every table in the PostgreSQL database in DATABASE_URL. Run `npm run db:reset -- --force` to go on.");
  process.exit(1);
}

await withConfiguredDatabase(async (database) => {
  if (database.kind === "postgres") {
    await database.withExclusiveSession((session) => session.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;"));
    console.log(`Emptied ${database.location}.`);
  }
  await migrateAndSeed(database, { seed: true });
});
