import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEmbeddedDatabase, openPostgresDatabase, type Database } from "@/server/db/connection";
import { prepareDatabase } from "@/server/db/prepare";
import { openScratchDatabase, testDatabaseKind, type ScratchDatabase } from "../../support/test-database";

/**
 * `npm run db:backup` and `npm run db:restore`, run as the commands they are: back up, change data,
 * restore, and compare with what was there at the backup. Embedded always; PostgreSQL when this
 * suite runs against a server (TEST_DATABASE_URL).
 */

const run = promisify(execFile);
let folder: string;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-backup-"));
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function npmScript(script: "db:backup" | "db:restore", args: string[], env: Record<string, string>) {
  const cleanEnv = { ...process.env, ...env };
  if (!env.DATABASE_URL) delete cleanEnv.DATABASE_URL;
  return run("npm", ["run", "--silent", script, "--", ...args], { env: cleanEnv });
}

/** Every partnership and person, as a comparable snapshot. */
async function snapshot(database: Database) {
  const partnerships = await database.prisma.partnership.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true } });
  const people = await database.prisma.person.findMany({ orderBy: { name: "asc" }, select: { name: true, email: true } });
  return { partnerships, people };
}

async function addData(database: Database, slug: string, people: string[]) {
  const partnership = await database.prisma.partnership.create({ data: { slug, name: `Partnerskap ${slug}` } });
  for (const name of people) await database.prisma.person.create({ data: { partnershipId: partnership.id, name, email: `${name.toLowerCase()}@${slug}.example` } });
}

async function change(database: Database) {
  await database.prisma.partnership.updateMany({ data: { name: "Ändrat efter säkerhetskopian" } });
  await database.prisma.person.deleteMany({ where: { name: "Bo" } });
  await addData(database, "efter", ["Cecilia"]);
}

describe("backup and restore of the embedded database", () => {
  it("restores exactly what was backed up and keeps the replaced database", async () => {
    const dataDir = path.join(folder, "pglite");
    const env = { SAMVERKAN_DATA_DIR: dataDir };
    let database = await openEmbeddedDatabase({ dataDir });
    await prepareDatabase(database);
    await addData(database, "fore", ["Åsa", "Bo"]);
    const atBackup = await snapshot(database);
    await database.close();

    const file = path.join(folder, "embedded.pglite.tar.gz");
    await npmScript("db:backup", [file], env);
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    database = await openEmbeddedDatabase({ dataDir });
    await change(database);
    expect(await snapshot(database)).not.toEqual(atBackup);
    await database.close();

    const { stdout } = await npmScript("db:restore", [file], env);
    expect(stdout).toMatch(/kept in .*before-restore/);
    database = await openEmbeddedDatabase({ dataDir });
    try {
      expect(await snapshot(database)).toEqual(atBackup);
    } finally {
      await database.close();
    }
  }, 300_000);

  it("refuses to back up or restore while another process has the database open, and changes nothing", async () => {
    const dataDir = path.join(folder, "busy");
    const database = await openEmbeddedDatabase({ dataDir });
    try {
      await prepareDatabase(database);
      const backup = npmScript("db:backup", [path.join(folder, "busy.pglite.tar.gz")], { SAMVERKAN_DATA_DIR: dataDir });
      await expect(backup).rejects.toMatchObject({ stderr: expect.stringMatching(/in use by process/) });
      expect(fs.existsSync(path.join(folder, "busy.pglite.tar.gz"))).toBe(false);
      const restore = npmScript("db:restore", [path.join(folder, "embedded.pglite.tar.gz")], { SAMVERKAN_DATA_DIR: dataDir });
      await expect(restore).rejects.toMatchObject({ stderr: expect.stringMatching(/in use by process/) });
      expect(await database.prisma.partnership.count()).toBe(0);
    } finally {
      await database.close();
    }
  }, 300_000);
});

describe.runIf(testDatabaseKind() === "postgres")("backup and restore of a PostgreSQL database", () => {
  let scratch: ScratchDatabase;
  beforeAll(async () => {
    scratch = await openScratchDatabase({ migrated: true });
  });
  afterAll(() => scratch?.dispose());

  it("restores exactly what was backed up, in one transaction, only with --force", async () => {
    const url = scratch.url!;
    await addData(scratch.database, "fore", ["Åsa", "Bo"]);
    const atBackup = await snapshot(scratch.database);
    const file = path.join(folder, "server.pgdump");
    await npmScript("db:backup", [file], { DATABASE_URL: url });

    await change(scratch.database);
    await expect(npmScript("db:restore", [file], { DATABASE_URL: url })).rejects.toMatchObject({ stderr: expect.stringMatching(/--force/) });
    expect(await snapshot(scratch.database)).not.toEqual(atBackup);

    await npmScript("db:restore", [file, "--force"], { DATABASE_URL: url });
    // A new connection: the restore replaced the tables under the pool's feet.
    const reopened = await openPostgresDatabase(url, 1);
    try {
      expect(await snapshot(reopened)).toEqual(atBackup);
      // The rules written by hand into migrations come back too: the audit log is still append-only.
      await expect(reopened.prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow();
    } finally {
      await reopened.close();
    }
  }, 300_000);
});
