import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "@/server/db/prepare";
import type { SqlSession } from "@/server/db/sql-session";
import { openScratchDatabase, testDatabaseKind, type ScratchDatabase } from "../../support/test-database";

/**
 * Applying every migration to an empty database must give exactly the database that
 * prisma/schema.prisma describes. The reference is what Prisma itself would create from the schema
 * (`prisma migrate diff --from-empty --to-schema-datamodel … --script`), applied to a second empty
 * database of the same kind; the two are compared through a normalised view of the catalogue.
 * A field, model, enum value, index, relation or default added to schema.prisma without a
 * migration makes this fail.
 *
 * Deliberately left out of the comparison: CHECK constraints, triggers, functions and partial
 * (WHERE …) indexes. They are the
 * rules written by hand into migrations because Prisma's schema language cannot state them, so the
 * database made from the schema lacks them by design (check-constraints.test.ts covers them).
 * Likewise the hand-written composite key that keeps a user in their person's partnership
 * (`HAND_WRITTEN_KEYS`, migration accounts_across_partnerships): left out of the comparison, and
 * required to be there in the migrated database.
 * `_prisma_migrations` is the migrator's bookkeeping, not part of the schema.
 */

/** Keys and indexes written by hand into migrations, by name: present after migrating, absent from Prisma's script. */
const HAND_WRITTEN_KEYS = ["Person_id_partnershipId_key", "User_person_partnership_fkey"];
const isHandWritten = (line: string) => HAND_WRITTEN_KEYS.some((name) => line.includes(`"${name}"`) || line.includes(` ${name} `));

const ROOT = path.resolve(".");
const PRISMA_TIMEOUT_MS = 120_000;

async function sqlFromSchema(): Promise<string> {
  const env = { ...process.env };
  // Without DATABASE_URL, prisma.config.ts gives the CLI a throwaway in-memory PGlite: no server needed.
  delete env.DATABASE_URL;
  const { stdout } = await promisify(execFile)(
    path.join(ROOT, "node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", path.join(ROOT, "prisma", "schema.prisma"), "--script"],
    { cwd: ROOT, env, timeout: PRISMA_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024, encoding: "utf8" },
  );
  return stdout;
}

type Catalogue = Record<"tables" | "sequences" | "columns" | "enums" | "indexes" | "keys", string[]>;

/** The parts of the public schema that schema.prisma determines, as sorted lines that read well in a diff. */
async function catalogueOf(session: SqlSession): Promise<Catalogue> {
  const lines = async (sql: string) => (await session.query<{ line: string }>(sql)).map((row) => row.line).sort();
  return {
    tables: await lines(`
      SELECT c.relname AS line
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`),
    sequences: await lines(`
      SELECT c.relname AS line
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'S'`),
    // Column order is left out: a migration adds a column at the end, Prisma's script where the
    // field stands in the model; both are the same schema.
    columns: await lines(`
      SELECT format('%I.%I %s%s%s%s%s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                    CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE ' NULL' END,
                    CASE WHEN d.adbin IS NOT NULL THEN ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END,
                    CASE WHEN a.attidentity::text <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END,
                    CASE WHEN a.attgenerated::text <> '' THEN ' GENERATED ' || a.attgenerated::text ELSE '' END) AS line
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
         AND a.attnum > 0 AND NOT a.attisdropped`),
    // Values as a set: a value added by a migration goes to the end of the type (ALTER TYPE … ADD
    // VALUE), while Prisma's script lists the schema's order; Prisma treats both as the same enum.
    enums: await lines(`
      SELECT format('%I (%s)', t.typname, string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumlabel)) AS line
        FROM pg_type t
        JOIN pg_namespace n ON n.oid = t.typnamespace
        JOIN pg_enum e ON e.enumtypid = t.oid
       WHERE n.nspname = 'public'
       GROUP BY t.typname`),
    indexes: await lines(`
      SELECT indexdef AS line FROM pg_indexes
       WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND indexdef NOT LIKE '% WHERE %'`),
    // Primary keys, unique constraints and foreign keys with their ON DELETE / ON UPDATE actions.
    keys: await lines(`
      SELECT format('%I.%I %s', c.relname, con.conname, pg_get_constraintdef(con.oid)) AS line
        FROM pg_constraint con
        JOIN pg_class c ON c.oid = con.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND con.contype IN ('p', 'u', 'f') AND c.relname <> '_prisma_migrations'`),
  };
}

describe(`migrations against prisma/schema.prisma on ${testDatabaseKind()}`, () => {
  let fromSchema: ScratchDatabase;
  let fromMigrations: ScratchDatabase;

  beforeAll(async () => {
    // The Prisma CLI takes ~15 s; open and fill the two empty databases meanwhile.
    const sql = sqlFromSchema();
    sql.catch(() => undefined); // awaited below; avoids an unhandled rejection while the databases open
    fromSchema = await openScratchDatabase({ migrated: false });
    fromMigrations = await openScratchDatabase({ migrated: false });
    await prepareDatabase(fromMigrations.database);
    const script = await sql;
    expect(script).toMatch(/CREATE TABLE/);
    await fromSchema.database.withExclusiveSession((session) => session.exec(script));
  }, PRISMA_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    await fromSchema?.dispose();
    await fromMigrations?.dispose();
  });

  it("applying all migrations to an empty database gives exactly schema.prisma", async () => {
    const expected = await fromSchema.database.withExclusiveSession(catalogueOf);
    const actual = await fromMigrations.database.withExclusiveSession(catalogueOf);

    // Guard against comparing two empty catalogues.
    expect(expected.tables.length).toBeGreaterThan(5);
    for (const name of HAND_WRITTEN_KEYS) {
      expect([...actual.indexes, ...actual.keys].some((line) => isHandWritten(line) && line.includes(name)), `${name} after migrating`).toBe(true);
    }
    actual.indexes = actual.indexes.filter((line) => !isHandWritten(line));
    actual.keys = actual.keys.filter((line) => !isHandWritten(line));
    expect(expected.keys.some((line) => /FOREIGN KEY .* ON DELETE CASCADE/.test(line))).toBe(true);
    expect(
      actual,
      "The migrations do not produce prisma/schema.prisma (expected = from the schema, received = from the migrations). " +
        "Create the missing migration with `npm run db:migration:new -- <name>`.",
    ).toEqual(expected);
  });

  it("the comparison notices a column that only one side has", async () => {
    // Keeps the test above honest: a change made inside a transaction that is then rolled back.
    const before = await fromMigrations.database.withExclusiveSession(catalogueOf);
    const during = await fromMigrations.database.withExclusiveSession(async (session) => {
      await session.exec("BEGIN");
      try {
        await session.exec(`ALTER TABLE "Partnership" ADD COLUMN "website" TEXT`);
        return await catalogueOf(session);
      } finally {
        await session.exec("ROLLBACK");
      }
    });

    expect(during).not.toEqual(before);
    expect(during.columns.filter((line) => !before.columns.includes(line))).toEqual(['"Partnership".website text NULL']);
    expect(await fromMigrations.database.withExclusiveSession(catalogueOf)).toEqual(before);
  });
});
