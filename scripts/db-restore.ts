// `npm run db:restore -- <file>`: replaces the configured database with a backup made by db:backup.
// On a PostgreSQL server it asks for --force, so that a production database is never replaced by a typo.
import { restoreDatabase } from "@/server/db/backup";
import { databaseConfigFromEnv } from "@/server/db/config";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--"));
const config = databaseConfigFromEnv();
if (!file) {
  console.error("Name the backup to restore: npm run db:restore -- <file>");
  process.exit(1);
}
if (config.kind === "postgres" && !args.includes("--force")) {
  console.error("This replaces the PostgreSQL database in DATABASE_URL with the backup. Run `npm run db:restore -- <file> --force` to go on.");
  process.exit(1);
}
try {
  const { keptPrevious } = await restoreDatabase(config, file);
  console.log(`Restored the ${config.kind} database from ${file}.${keptPrevious ? ` The database it replaced is kept in ${keptPrevious}.` : ""}`);
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
