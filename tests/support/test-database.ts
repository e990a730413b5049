import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { openEmbeddedDatabase, openPostgresDatabase, type Database, type DatabaseKind } from "@/server/db/connection";
// Renamed: eslint's react-hooks rule takes any `use…` call outside a component for a hook.
import { closeDatabase, installDatabase as installAsApplicationDatabase } from "@/server/db";
import { createDatabase, databaseUrl, dropDatabase, randomSuffix } from "./postgres-admin";
import { DUMP_MIME_TYPE } from "./pglite-snapshot";
import "./test-database-context";

/**
 * The database of the current integration test file. tests/integration/setup/per-file.ts opens a
 * fresh, migrated one before the file's tests and installs it as the application's database
 * (so `db()` and `getDatabase()` in application code use it); it is closed and removed after.
 *
 *   import { testDatabase, testDatabaseKind } from "../../support/test-database";
 *   const prisma = testDatabase().prisma;
 */
export function testDatabase(): Database {
  if (!installed) {
    throw new Error("No test database is open: use testDatabase() inside tests or hooks of an integration test file.");
  }
  return installed.database;
}

/** "embedded" (PGlite, the default) or "postgres" (TEST_DATABASE_URL set). Usable at collection time. */
export function testDatabaseKind(): DatabaseKind {
  return inject("testDatabase").kind;
}

export interface ScratchDatabase {
  database: Database;
  /** The connection string on PostgreSQL, for tests that open more connections; null for PGlite. */
  url: string | null;
  /** Closes the database and, on PostgreSQL, drops it. */
  dispose(): Promise<void>;
}

/**
 * Another database of the current kind, besides the file's own: empty (nothing applied, for tests
 * that migrate) or migrated. The caller disposes it; on PostgreSQL the global teardown also drops
 * any this run forgot.
 */
export async function openScratchDatabase(options: { migrated: boolean }): Promise<ScratchDatabase> {
  const context = inject("testDatabase");
  if (context.kind === "embedded") {
    const database = await openEmbeddedDatabase({
      dataDir: null,
      loadDataDir: readDump(options.migrated ? context.migratedDump : context.emptyDump),
    });
    return { database, url: null, dispose: () => database.close() };
  }

  const name = `${context.prefix}${randomSuffix()}`;
  await createDatabase(context.adminUrl, name, options.migrated ? context.template : "template0");
  const url = databaseUrl(context.adminUrl, name);
  let database: Database;
  try {
    database = await openPostgresDatabase(url, 4);
  } catch (error) {
    await dropDatabase(context.adminUrl, name);
    throw error;
  }
  return {
    database,
    url,
    async dispose() {
      try {
        await database.close();
      } finally {
        await dropDatabase(context.adminUrl, name);
      }
    },
  };
}

/**
 * A new empty folder inside the run's temporary folder. Remove it when done; the global teardown
 * removes it anyway, even if the test process died.
 */
export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(inject("testDatabase").tempDir, `${prefix}-`));
}

const dumps = new Map<string, Buffer>();

function readDump(file: string): Blob {
  let bytes = dumps.get(file);
  if (!bytes) {
    bytes = fs.readFileSync(file);
    dumps.set(file, bytes);
  }
  return new Blob([new Uint8Array(bytes)], { type: DUMP_MIME_TYPE });
}

let installed: ScratchDatabase | null = null;

/** For the per-file setup: opens the file's database and makes it the application's. */
export async function installTestDatabase(): Promise<void> {
  if (installed) throw new Error("A test database is already installed for this file.");
  installed = await openScratchDatabase({ migrated: true });
  installAsApplicationDatabase(installed.database);
}

/** For the per-file setup: closes and removes the file's database, whatever the tests did. */
export async function uninstallTestDatabase(): Promise<void> {
  const current = installed;
  installed = null;
  try {
    // Clears the application's handle too, and closes whatever a test may have installed instead.
    await closeDatabase();
  } finally {
    await current?.dispose();
  }
}
