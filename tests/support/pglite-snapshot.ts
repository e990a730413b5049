import { PGlite } from "@electric-sql/pglite";
import { applyMigrations, readMigrationFiles } from "../../src/server/db/migrations";
import type { SqlSession } from "../../src/server/db/sql-session";

export const DUMP_MIME_TYPE = "application/x-gzip";

/** A SqlSession on a PGlite instance, as the application's migrator needs it. */
export function pgliteSession(client: PGlite): SqlSession {
  return {
    exec: async (sql) => {
      await client.exec(sql);
    },
    query: async <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      (await client.query<Row>(sql, params)).rows,
  };
}

/**
 * Starting PGlite takes seconds; loading a dump of a started one takes about one. Makes, with one
 * in-memory instance, a dump of an empty database and one of the same database after the
 * application's migrator applied every migration. The Database that connection.ts returns does
 * not expose its PGlite (needed for dumpDataDir), so this opens PGlite directly.
 */
export async function makeEmbeddedDumps(migrationsDir?: string): Promise<{ empty: Blob; migrated: Blob }> {
  const migrations = readMigrationFiles(migrationsDir);
  const client = await PGlite.create();
  try {
    const empty = await client.dumpDataDir("gzip");
    await applyMigrations(pgliteSession(client), migrations);
    const migrated = await client.dumpDataDir("gzip");
    return { empty, migrated };
  } finally {
    await client.close();
  }
}
