import path from "node:path";
import { afterAll, beforeAll, inject } from "vitest";
import { installTestDatabase, uninstallTestDatabase } from "../../support/test-database";
import "../../support/test-database-context";

// Should a test close the installed database and application code then open one from the
// environment, it must never reach a developer's DATABASE_URL or data/pglite folder.
delete process.env.DATABASE_URL;
process.env.SAMVERKAN_DATA_DIR = path.join(inject("testDatabase").tempDir, `stray-pglite-${process.pid}`);

// Runs in every integration test file: a fresh migrated database of its own, removed afterwards
// (afterAll runs when tests fail too).
beforeAll(installTestDatabase);
afterAll(uninstallTestDatabase);
