/**
 * What the integration suite's global setup hands to every test file (through vitest's
 * provide/inject, so it must stay plain, serialisable data).
 */
export type TestDatabaseContext = {
  /** A folder of this run's own; the global teardown removes it with everything in it. */
  tempDir: string;
} & (
  | {
      kind: "embedded";
      /** A PGlite dump (dumpDataDir, gzip) of a database with every migration applied. */
      migratedDump: string;
      /** A PGlite dump of a database with nothing in it, for tests that migrate themselves. */
      emptyDump: string;
    }
  | {
      kind: "postgres";
      /** TEST_DATABASE_URL: a role that may create and drop databases. */
      adminUrl: string;
      /** A migrated database that per-file databases are copied from. */
      template: string;
      /** Every database this run creates starts with it; the global teardown drops them all. */
      prefix: string;
    }
);

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabaseContext;
  }
}
