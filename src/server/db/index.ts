import "server-only";
import { databaseConfigFromEnv } from "./config";
import { openEmbeddedDatabase, openPostgresDatabase, type Database } from "./connection";

/**
 * The process's database, opened lazily on first use (never at import, so `next build` never
 * touches it) and kept on globalThis so hot reloads in development reuse it: one PGlite instance
 * per process is a hard rule.
 */
const holder = globalThis as typeof globalThis & { __samverkanDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  if (!holder.__samverkanDatabase) {
    const config = databaseConfigFromEnv();
    const opening = config.kind === "postgres" ? openPostgresDatabase(config.url) : openEmbeddedDatabase({ dataDir: config.dataDir });
    // A failed open must not be cached, or the process could never recover (e.g. a server that was down).
    holder.__samverkanDatabase = opening.catch((error: unknown) => {
      holder.__samverkanDatabase = undefined;
      throw error;
    });
  }
  return holder.__samverkanDatabase;
}

/** The Prisma client, for the data layer. */
export async function db() {
  return (await getDatabase()).prisma;
}

/** Installs an already-open database as the process's database (tests and scripts). */
export function installDatabase(database: Database): void {
  holder.__samverkanDatabase = Promise.resolve(database);
}

export async function closeDatabase(): Promise<void> {
  const current = holder.__samverkanDatabase;
  holder.__samverkanDatabase = undefined;
  if (current) await (await current).close();
}

export type { Database };
export { isUniqueViolation, isForeignKeyViolation } from "./errors";
