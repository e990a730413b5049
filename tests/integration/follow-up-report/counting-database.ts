import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { inject } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { Database } from "@/server/db/connection";
import { DUMP_MIME_TYPE } from "../../support/pglite-snapshot";
import { openScratchDatabase } from "../../support/test-database";

/**
 * A migrated database of the run's kind whose Prisma client counts every SQL statement it sends
 * (through the driver adapter, so a nested `include` that Prisma splits into several queries
 * counts as several). Installed as the application's database, it measures what the loader
 * really sends — the honest measure of "a bounded number of queries, none per row".
 */

type AdapterFactory = NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"] & {};
type Counter = { statements: number };

const COUNTED = new Set(["queryRaw", "executeRaw"]);

/** Wraps a queryable (an adapter or a transaction) so that its statements are counted. */
function counted<T extends object>(target: T, counter: Counter): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      if (COUNTED.has(String(property))) {
        return (...args: unknown[]) => {
          counter.statements += 1;
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => counted((await (value as (...a: unknown[]) => Promise<object>).apply(object, args)) as object, counter);
      }
      return (value as (...a: unknown[]) => unknown).bind(object);
    },
  });
}

function countingFactory(factory: AdapterFactory, counter: Counter): AdapterFactory {
  return new Proxy(factory, {
    get(object, property, receiver) {
      if (property === "connect") return async () => counted(await object.connect(), counter);
      const value: unknown = Reflect.get(object, property, receiver);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}

export type CountingDatabase = Database & { counter: Counter };

export async function openCountingDatabase(): Promise<CountingDatabase> {
  const counter: Counter = { statements: 0 };
  const context = inject("testDatabase");
  if (context.kind === "embedded") {
    const client = await PGlite.create({ loadDataDir: new Blob([new Uint8Array(fs.readFileSync(context.migratedDump))], { type: DUMP_MIME_TYPE }) });
    const prisma = new PrismaClient({ adapter: countingFactory(new PrismaPGlite(client), counter) });
    return {
      kind: "embedded",
      location: "memory (counting)",
      prisma,
      counter,
      withExclusiveSession: () => Promise.reject(new Error("not for migrations")),
      async close() {
        await prisma.$disconnect();
        await client.close();
      },
    };
  }
  const scratch = await openScratchDatabase({ migrated: true });
  // The scratch database's own client is not used; its connection string is.
  await scratch.database.prisma.$disconnect();
  const pool = new pg.Pool({ connectionString: scratch.url!, max: 4 });
  // As in the application's own pool (src/server/db/connection.ts): the adapter listens for errors
  // of idle connections only while Prisma is connected; without a listener of the pool's own, an
  // idle connection the server ends before or after that would be an uncaught error in this file.
  pool.on("error", (error) => console.error(`[counting database] idle PostgreSQL connection lost: ${error.message}`));
  const prisma = new PrismaClient({ adapter: countingFactory(new PrismaPg(pool), counter) });
  return {
    kind: "postgres",
    location: "postgres (counting)",
    prisma,
    counter,
    withExclusiveSession: () => Promise.reject(new Error("not for migrations")),
    async close() {
      try {
        await prisma.$disconnect();
        await pool.end();
      } finally {
        await scratch.dispose();
      }
    },
  };
}
