import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { SqlSession } from "./sql-session";

/**
 * Applies Prisma migration folders (prisma/migrations/<name>/migration.sql) through the
 * application's own connection, each in one transaction, and records them in Prisma's
 * `_prisma_migrations` table exactly as Prisma's migrate engine does (same table, a sha256
 * checksum of the file, timestamps, one applied step), so `prisma migrate status` agrees.
 * A migration that fails is rolled back whole and nothing is recorded, so the next start retries it.
 */

export type MigrationFile = { name: string; sql: string; checksum: string };

export type MigrationReport = { applied: string[]; alreadyApplied: number };

export class MigrationError extends Error {
  readonly code = "MIGRATION_FAILED";
}

export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// Prisma's own definition of the table, so that its engines can read what we write.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export function readMigrationFiles(dir: string = DEFAULT_MIGRATIONS_DIR): MigrationFile[] {
  if (!fs.existsSync(dir)) throw new MigrationError(`No migrations folder at ${dir}.`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!fs.existsSync(file)) return [];
      const sql = fs.readFileSync(file, "utf8");
      return [{ name, sql, checksum: checksumOf(sql) }];
    });
}

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
};

export async function applyMigrations(session: SqlSession, migrations: MigrationFile[]): Promise<MigrationReport> {
  await session.exec(CREATE_MIGRATIONS_TABLE);
  const rows = await session.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
  const applied = new Map<string, AppliedRow>();
  for (const row of rows) {
    if (row.rolled_back_at !== null) continue;
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration ${row.migration_name} is recorded as started but not finished (a failed run of Prisma's CLI?). ` +
          "Resolve it with `prisma migrate resolve` before starting the application.",
      );
    }
    applied.set(row.migration_name, row);
  }

  const newlyApplied: string[] = [];
  for (const migration of migrations) {
    const previous = applied.get(migration.name);
    if (previous) {
      if (previous.checksum !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.name} was changed after it was applied (checksum differs). ` +
            "Applied migrations must not be edited: add a new migration instead.",
        );
      }
      continue;
    }
    await applyOne(session, migration);
    newlyApplied.push(migration.name);
  }
  return { applied: newlyApplied, alreadyApplied: migrations.length - newlyApplied.length };
}

async function applyOne(session: SqlSession, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await session.exec("BEGIN");
  try {
    await session.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await session.exec(migration.sql);
    await session.query(
      `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await session.exec("COMMIT");
  } catch (error) {
    await session.exec("ROLLBACK").catch(() => undefined);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
