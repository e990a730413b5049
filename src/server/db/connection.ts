import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { acquireEmbeddedLock } from "./embedded-lock";
import type { SqlSession } from "./sql-session";

export type DatabaseKind = "embedded" | "postgres";

/** One open database: the Prisma client for the application, plain SQL for migrations. */
export interface Database {
  kind: DatabaseKind;
  /** Where it lives, without credentials, for log lines. */
  location: string;
  prisma: PrismaClient;
  /**
   * Runs `work` on one dedicated session. On PostgreSQL the session holds a transaction-independent
   * advisory lock, so that app instances starting at once migrate and seed once, one after another.
   */
  withExclusiveSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// Any constant works; it only has to be the same for every instance of this application.
const STARTUP_ADVISORY_LOCK_KEY = 7_318_002_026;

export type EmbeddedOptions = {
  /** A folder on disk, or null for an in-memory database (tests). */
  dataDir: string | null;
  /** A dump made with PGlite's dumpDataDir, loaded into the new database (tests). */
  loadDataDir?: Blob;
};

export async function openEmbeddedDatabase(options: EmbeddedOptions): Promise<Database> {
  const lock = options.dataDir ? acquireEmbeddedLock(options.dataDir) : null;
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  const session: SqlSession = {
    exec: async (sql) => {
      await client.exec(sql);
    },
    query: async <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      (await client.query<Row>(sql, params)).rows,
  };
  let closed = false;
  return {
    kind: "embedded",
    location: options.dataDir ?? "memory",
    prisma,
    // One process owns the folder (the lock above), so one session is already exclusive.
    withExclusiveSession: (work) => work(session),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await prisma.$disconnect();
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

export async function openPostgresDatabase(connectionString: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle connection the server ends (restart, pg_terminate_backend, DROP DATABASE … WITH (FORCE))
  // is reported on the pool; without a listener Node ends the process. The pool replaces it itself.
  pool.on("error", (error) => console.error(`[db] idle PostgreSQL connection lost: ${error.message}`));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  let closed = false;
  return {
    kind: "postgres",
    location: describePostgresUrl(connectionString),
    prisma,
    async withExclusiveSession(work) {
      const connection = await pool.connect();
      try {
        await connection.query("SELECT pg_advisory_lock($1)", [STARTUP_ADVISORY_LOCK_KEY]);
        try {
          return await work({
            exec: async (sql) => {
              await connection.query(sql);
            },
            query: async <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
              (await connection.query<Row>(sql, params)).rows,
          });
        } finally {
          await connection.query("SELECT pg_advisory_unlock($1)", [STARTUP_ADVISORY_LOCK_KEY]);
        }
      } finally {
        connection.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

export function describePostgresUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `postgresql://${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
  } catch {
    return "postgresql://(unparseable URL)";
  }
}
