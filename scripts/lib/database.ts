import { databaseConfigFromEnv } from "@/server/db/config";
import { openEmbeddedDatabase, openPostgresDatabase, type Database } from "@/server/db/connection";
import { prepareDatabase } from "@/server/db/prepare";
import { seedDemo } from "@/server/seed/demo";
import { isDatabaseEmpty } from "@/server/seed/demo-partnership";

export function openConfiguredDatabase(): Promise<Database> {
  const config = databaseConfigFromEnv();
  return config.kind === "postgres" ? openPostgresDatabase(config.url, 2) : openEmbeddedDatabase({ dataDir: config.dataDir });
}

/** Migrates, then seeds the demo partnerships when the database is empty (and seeding is wanted). */
export async function migrateAndSeed(database: Database, { seed }: { seed: boolean }): Promise<void> {
  const report = await prepareDatabase(database, {
    afterMigrate: async ({ prisma }) => {
      if (!seed || !(await isDatabaseEmpty(prisma))) return;
      await seedDemo(prisma);
      console.log("Seeded the demo partnerships (Huddinge kommun with Södertörns högskola, and with the invented Flemingsbergs vårdhögskola).");
    },
  });
  const applied = report.applied.length;
  console.log(
    `Database ${database.location}: ${applied ? `applied ${applied} migration(s): ${report.applied.join(", ")}` : "up to date"}.`,
  );
}

/** Runs `work` on the configured database and always closes it, so the process can exit. */
export async function withConfiguredDatabase(work: (database: Database) => Promise<void>): Promise<void> {
  let database: Database | undefined;
  try {
    database = await openConfiguredDatabase();
    await work(database);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await database?.close();
  }
}
