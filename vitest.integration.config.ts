import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Integration tests against a real database. By default every test file gets its own freshly
 * migrated in-memory PGlite (loaded from a dump made once in the global setup). With
 * TEST_DATABASE_URL set (e.g. postgresql://postgres@127.0.0.1:5432/postgres) every test file gets
 * its own PostgreSQL database, copied from a template migrated once. See tests/support/test-database.ts.
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      // "server-only" throws outside a React Server Components build; tests import server modules directly.
      "server-only": fileURLToPath(new URL("./tests/support/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    name: "integration",
    environment: "node",
    include: ["tests/integration/**/*.test.ts"],
    globalSetup: ["tests/integration/setup/global-setup.ts"],
    setupFiles: ["tests/integration/setup/per-file.ts"],
    // Two cores: two files at a time, each in a process of its own.
    pool: "forks",
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 60_000,
  },
});
