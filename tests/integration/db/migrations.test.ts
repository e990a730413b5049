import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/server/db/connection";
import { applyMigrations, MigrationError, readMigrationFiles } from "@/server/db/migrations";
import { prepareDatabase } from "@/server/db/prepare";
import { makeTempDir, openScratchDatabase, testDatabase, testDatabaseKind, type ScratchDatabase } from "../../support/test-database";

const MIGRATIONS_DIR = path.resolve("prisma", "migrations");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type MigrationRow = {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
  applied_steps_count: number;
};

async function migrationRows(database: Database): Promise<MigrationRow[]> {
  return database.withExclusiveSession((session) =>
    session.query<MigrationRow>(
      `SELECT id, migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
         FROM "_prisma_migrations" ORDER BY migration_name`,
    ),
  );
}

async function tableExists(database: Database, table: string): Promise<boolean> {
  const [row] = await database.withExclusiveSession((session) =>
    session.query<{ found: string | null }>(`SELECT to_regclass($1)::text AS found`, [`public."${table}"`]),
  );
  return row?.found != null;
}

/** The migration folders in the repository, read independently of the code under test. */
function migrationFolders(): { name: string; sha256: string }[] {
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      sha256: createHash("sha256").update(fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"))).digest("hex"),
    }));
}

/** A copy of prisma/migrations in a temporary folder, to add or change migrations in. */
function copyOfMigrations(): string {
  const dir = makeTempDir("migrations");
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  temporaryFolders.push(dir);
  return dir;
}

const temporaryFolders: string[] = [];
afterAll(() => {
  for (const dir of temporaryFolders) fs.rmSync(dir, { recursive: true, force: true });
});

describe(`migrations on ${testDatabaseKind()}`, () => {
  it("records one finished row per migration folder, as Prisma's migrate engine does", async () => {
    const folders = migrationFolders();
    expect(folders.length).toBeGreaterThan(0);
    const rows = await migrationRows(testDatabase());

    expect(rows.map((row) => row.migration_name)).toEqual(folders.map((folder) => folder.name));
    rows.forEach((row, index) => {
      expect(row.checksum).toBe(folders[index]!.sha256);
      expect(row.id).toMatch(UUID);
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(Number(row.applied_steps_count)).toBe(1);
    });
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  it("applies nothing the second time", async () => {
    const before = await migrationRows(testDatabase());
    const report = await prepareDatabase(testDatabase());

    expect(report).toEqual({ applied: [], alreadyApplied: migrationFolders().length });
    expect(await migrationRows(testDatabase())).toEqual(before);
  });

  describe("a migration that fails halfway", () => {
    let scratch: ScratchDatabase;
    beforeAll(async () => {
      scratch = await openScratchDatabase({ migrated: false });
    });
    afterAll(async () => {
      await scratch?.dispose();
    });

    it("is rolled back whole, recorded nowhere, raises MigrationError, and is retried on the next run", async () => {
      const dir = copyOfMigrations();
      const broken = "99999999999999_broken";
      fs.mkdirSync(path.join(dir, broken));
      fs.writeFileSync(
        path.join(dir, broken, "migration.sql"),
        [
          `CREATE TABLE "HalfDone" ("id" INTEGER PRIMARY KEY, "note" TEXT);`,
          `CREATE INDEX "HalfDone_note_idx" ON "HalfDone"("note");`,
          `INSERT INTO "HalfDone" VALUES (1, 'written before the failure');`,
          `ALTER TABLE "Partnership" ADD COLUMN "halfDone" TEXT;`,
          `INSERT INTO "NoSuchTable" VALUES (1);`,
        ].join("\n"),
      );

      const error = await prepareDatabase(scratch.database, { migrationsDir: dir }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as Error).message).toContain(broken);
      expect((error as Error).message).toMatch(/NoSuchTable/);

      // The migrations before it were applied and recorded; nothing of the broken one remains.
      const rows = await migrationRows(scratch.database);
      expect(rows.map((row) => row.migration_name)).toEqual(migrationFolders().map((folder) => folder.name));
      expect(await tableExists(scratch.database, "HalfDone")).toBe(false);
      const [column] = await scratch.database.withExclusiveSession((session) =>
        session.query<{ count: number | string }>(
          `SELECT count(*) AS count FROM information_schema.columns WHERE table_name = 'Partnership' AND column_name = 'halfDone'`,
        ),
      );
      expect(Number(column?.count)).toBe(0);
      // The session is usable afterwards (no transaction left open and aborted).
      await expect(scratch.database.prisma.partnership.count()).resolves.toBe(0);

      // Fixed, it is applied on the next run.
      fs.writeFileSync(path.join(dir, broken, "migration.sql"), `CREATE TABLE "HalfDone" ("id" INTEGER PRIMARY KEY);\n`);
      const report = await prepareDatabase(scratch.database, { migrationsDir: dir });
      expect(report.applied).toEqual([broken]);
      expect(await tableExists(scratch.database, "HalfDone")).toBe(true);
      expect((await migrationRows(scratch.database)).map((row) => row.migration_name)).toContain(broken);
    });
  });

  describe("an applied migration whose file changed", () => {
    let rowsBefore: MigrationRow[];
    beforeAll(async () => {
      rowsBefore = await migrationRows(testDatabase());
    });
    afterEach(async () => {
      expect(await migrationRows(testDatabase())).toEqual(rowsBefore);
    });

    it("is refused, and nothing after it is applied", async () => {
      const dir = copyOfMigrations();
      const [first] = migrationFolders();
      const file = path.join(dir, first!.name, "migration.sql");
      fs.appendFileSync(file, `\nCREATE TABLE "SneakedIn" ("id" INTEGER);\n`);
      const later = "99999999999999_later";
      fs.mkdirSync(path.join(dir, later));
      fs.writeFileSync(path.join(dir, later, "migration.sql"), `CREATE TABLE "Later" ("id" INTEGER);\n`);

      const error = await prepareDatabase(testDatabase(), { migrationsDir: dir }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as Error).message).toMatch(new RegExp(`${first!.name} was changed after it was applied`));
      expect(await tableExists(testDatabase(), "SneakedIn")).toBe(false);
      expect(await tableExists(testDatabase(), "Later")).toBe(false);
    });

    it("is refused even when only whitespace changed (the checksum is of the exact file)", async () => {
      const migrations = readMigrationFiles(MIGRATIONS_DIR).map((migration, index) =>
        index === 0 ? { ...migration, sql: `${migration.sql}\n`, checksum: createHash("sha256").update(`${migration.sql}\n`).digest("hex") } : migration,
      );
      await expect(
        testDatabase().withExclusiveSession((session) => applyMigrations(session, migrations)),
      ).rejects.toBeInstanceOf(MigrationError);
    });
  });
});
