import type { Database } from "./connection";
import { applyMigrations, readMigrationFiles, type MigrationReport } from "./migrations";

export type PrepareOptions = {
  migrationsDir?: string;
  /** Runs inside the same exclusive session, after migrating; used to seed an empty database. */
  afterMigrate?: (database: Database) => Promise<void>;
};

/**
 * Brings the database up to date before the app serves. On PostgreSQL the work runs under an
 * advisory lock, so instances that start together migrate (and seed) exactly once.
 */
export async function prepareDatabase(database: Database, options: PrepareOptions = {}): Promise<MigrationReport> {
  const migrations = readMigrationFiles(options.migrationsDir);
  return database.withExclusiveSession(async (session) => {
    const report = await applyMigrations(session, migrations);
    await options.afterMigrate?.(database);
    return report;
  });
}
