import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openPostgresDatabase } from "../../../src/server/db/connection";
import { prepareDatabase } from "../../../src/server/db/prepare";
import { makeEmbeddedDumps } from "../../support/pglite-snapshot";
import { createDatabase, databaseUrl, dropDatabasesWithPrefix, randomSuffix } from "../../support/postgres-admin";
import "../../support/test-database-context";

/**
 * Migrates once per run what every test file then copies:
 * - default: an in-memory PGlite, dumped to a temporary file (each file loads the dump);
 * - with TEST_DATABASE_URL: a template database `samverkan_test_<run>_tpl` on that server (each
 *   file gets `CREATE DATABASE … TEMPLATE …`).
 * The returned teardown removes everything this run created, also when tests failed.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Temporary files of the whole run (dumps, test folders) go in here, so that even a test file
  // whose process crashed leaves nothing behind.
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-test-"));
  const removeTempDir = async () => fs.rmSync(tempDir, { recursive: true, force: true });
  const adminUrl = process.env.TEST_DATABASE_URL?.trim();
  try {
    const teardown = adminUrl ? await setUpPostgres(project, adminUrl, tempDir) : await setUpEmbedded(project, tempDir);
    return async () => {
      try {
        await teardown();
      } finally {
        await removeTempDir();
      }
    };
  } catch (error) {
    await removeTempDir();
    throw error;
  }
}

async function setUpEmbedded(project: TestProject, tempDir: string): Promise<() => Promise<void>> {
  const dumps = await makeEmbeddedDumps();
  const emptyDump = path.join(tempDir, "empty.tar.gz");
  const migratedDump = path.join(tempDir, "migrated.tar.gz");
  fs.writeFileSync(emptyDump, new Uint8Array(await dumps.empty.arrayBuffer()));
  fs.writeFileSync(migratedDump, new Uint8Array(await dumps.migrated.arrayBuffer()));
  project.provide("testDatabase", { kind: "embedded", tempDir, emptyDump, migratedDump });
  return async () => undefined;
}

async function setUpPostgres(project: TestProject, adminUrl: string, tempDir: string): Promise<() => Promise<void>> {
  const prefix = `samverkan_test_${randomSuffix()}_`;
  const template = `${prefix}tpl`;
  // Drops the template and any per-file database a crashed test process could not drop itself.
  const teardown = async () => {
    await dropDatabasesWithPrefix(adminUrl, prefix);
  };
  try {
    await createDatabase(adminUrl, template, "template0");
    const database = await openPostgresDatabase(databaseUrl(adminUrl, template), 2);
    try {
      await prepareDatabase(database);
    } finally {
      // A template must have no connections left when it is copied.
      await database.close();
    }
    project.provide("testDatabase", { kind: "postgres", tempDir, adminUrl, template, prefix });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
