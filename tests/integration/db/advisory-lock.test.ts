import { afterAll, describe, expect, it } from "vitest";
import { openPostgresDatabase, type Database } from "@/server/db/connection";
import { readMigrationFiles } from "@/server/db/migrations";
import { prepareDatabase } from "@/server/db/prepare";
import { openScratchDatabase, testDatabaseKind, type ScratchDatabase } from "../../support/test-database";

// Only PostgreSQL has several processes on one database, and only there does prepareDatabase take
// an advisory lock. PGlite belongs to one process (embedded-lock.test.ts covers that), and in one
// process it is a single session, so there is nothing to race. Runs with TEST_DATABASE_URL set.
const onPostgres = testDatabaseKind() === "postgres";

describe("app instances starting together on PostgreSQL", () => {
  let scratch: ScratchDatabase | undefined;
  const instances: Database[] = [];

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    await scratch?.dispose();
  });

  it.skipIf(!onPostgres)("migrate (and seed) exactly once, one after another", async () => {
    scratch = await openScratchDatabase({ migrated: false });
    for (let i = 0; i < 3; i++) instances.push(await openPostgresDatabase(scratch.url!, 2));

    let inside = 0;
    let mostInsideAtOnce = 0;
    const reports = await Promise.all(
      instances.map((instance) =>
        prepareDatabase(instance, {
          async afterMigrate() {
            inside++;
            mostInsideAtOnce = Math.max(mostInsideAtOnce, inside);
            await new Promise((resolve) => setTimeout(resolve, 50));
            inside--;
          },
        }),
      ),
    );

    const names = readMigrationFiles().map((migration) => migration.name);
    expect(reports.filter((report) => report.applied.length > 0)).toEqual([{ applied: names, alreadyApplied: 0 }]);
    expect(reports.filter((report) => report.applied.length === 0)).toHaveLength(2);
    expect(mostInsideAtOnce).toBe(1);

    const rows = await scratch.database.prisma.$queryRawUnsafe<{ migration_name: string; finished: boolean }[]>(
      `SELECT migration_name, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual(names.map((migration_name) => ({ migration_name, finished: true })));
    // The schema is there and usable from every instance.
    for (const instance of instances) await expect(instance.prisma.partnership.count()).resolves.toBe(0);
  });
});
