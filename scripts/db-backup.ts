// `npm run db:backup [-- <file>]`: backs up the configured database (embedded or DATABASE_URL).
import { backupDatabase, defaultBackupPath } from "@/server/db/backup";
import { databaseConfigFromEnv } from "@/server/db/config";

const config = databaseConfigFromEnv();
const file = process.argv[2] ?? defaultBackupPath(config);
try {
  const { bytes } = await backupDatabase(config, file);
  console.log(`Backed up the ${config.kind} database to ${file} (${bytes} bytes).`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
