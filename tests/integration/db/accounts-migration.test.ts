import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrationFiles } from "@/server/db/migrations";
import type { SqlSession } from "@/server/db/sql-session";
import { openScratchDatabase, testDatabaseKind, type ScratchDatabase } from "../../support/test-database";

/**
 * The migration of issue #15 (accounts across partnerships) on a database with data in it: every
 * migration before it applied to an empty database, rows written in the old shape (the user held
 * the e-mail, password and session version; ended sessions were the user's; parties carried their
 * organisation number alone), then the migration, and the data checked in the new shape.
 */
const MIGRATION = "20261206075931_accounts_across_partnerships";
const migrations = readMigrationFiles();
const before = migrations.slice(
  0,
  migrations.findIndex((migration) => migration.name === MIGRATION),
);

const HUDDINGE = "212000-0076";
const FUTURE = "2099-01-01T00:00:00Z";

let scratch: ScratchDatabase;
const session = <T>(work: (session: SqlSession) => Promise<T>) => scratch.database.withExclusiveSession(work);
const rows = <Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) => session((s) => s.query<Row>(sql, params));

beforeAll(async () => {
  expect(before.length).toBeGreaterThan(0);
  scratch = await openScratchDatabase({ migrated: false });
  await session((s) => applyMigrations(s, before));
  await session((s) =>
    s.exec(`
      INSERT INTO "Partnership" ("id", "slug", "name", "createdAt", "updatedAt") VALUES
        ('pA', 'a', 'Partnerskap A', '2024-01-01', '2024-01-01'),
        ('pB', 'b', 'Partnerskap B', '2025-01-01', '2025-01-01');
      INSERT INTO "Party" ("id", "partnershipId", "type", "name", "organisationNumber", "createdAt") VALUES
        ('partyA1', 'pA', 'MUNICIPALITY', 'Huddinge kommun', '${HUDDINGE}', '2024-01-01'),
        ('partyA2', 'pA', 'UNIVERSITY', 'Södertörns högskola', '202100-4896', '2024-01-01'),
        ('partyB1', 'pB', 'MUNICIPALITY', 'Huddinge kommun (B)', '${HUDDINGE}', '2025-01-01'),
        ('partyB2', 'pB', 'UNIVERSITY', 'Högskola utan nummer', NULL, '2025-01-01');
      INSERT INTO "Person" ("id", "partnershipId", "name", "email", "partyId", "anonymisedAt", "updatedAt") VALUES
        ('perAnna', 'pA', 'Anna Admin', 'anna@example.org', 'partyA1', NULL, now()),
        ('perBo', 'pA', 'Bo Läsare', 'bo@example.org', 'partyA2', NULL, now()),
        ('perGone', 'pA', 'Anonymiserad person', NULL, NULL, '2026-01-01', now()),
        ('perCarin', 'pB', 'Carin Chef', 'carin@example.org', 'partyB1', NULL, now());
      INSERT INTO "User" ("id", "personId", "email", "passwordHash", "roles", "active", "sessionVersion", "lastSignInAt", "createdAt", "updatedAt") VALUES
        ('uAnna', 'perAnna', 'anna@example.org', '$argon2id$anna', '{ADMINISTRATOR}', true, 3, '2026-11-30T10:00:00Z', '2024-01-02', now()),
        ('uBo', 'perBo', 'bo@example.org', NULL, '{READER}', false, 0, NULL, '2024-02-01', now()),
        ('uGone', 'perGone', 'anonymised-ugone@invalid.invalid', NULL, '{CONTRIBUTOR}', false, 5, NULL, '2024-03-01', now()),
        ('uCarin', 'perCarin', 'carin@example.org', '$argon2id$carin', '{STEERING_GROUP_MEMBER,READER}', true, 1, NULL, '2025-01-02', now());
      INSERT INTO "EndedSession" ("sessionId", "userId", "expiresAt") VALUES
        ('s-anna-1', 'uAnna', '${FUTURE}'),
        ('s-anna-2', 'uAnna', '${FUTURE}'),
        ('s-gone', 'uGone', '${FUTURE}'),
        ('s-carin', 'uCarin', '${FUTURE}');
    `),
  );
  await session((s) => applyMigrations(s, migrations));
}, 120_000);

afterAll(async () => {
  await scratch?.dispose();
});

describe(`the accounts migration with data on ${testDatabaseKind()}`, () => {
  it("applies the migration over the old-shape data and records every migration", async () => {
    const applied = await rows<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`);
    expect(applied.map((row) => row.migration_name)).toEqual(migrations.map((migration) => migration.name));
  });

  it("makes an account of every user not anonymised, with the user's id, e-mail, password, session version and name", async () => {
    const accounts = await rows<{ id: string; email: string; name: string; passwordHash: string | null; sessionVersion: number; lastSignInAt: Date | string | null; installationAdministrator: boolean }>(
      `SELECT "id", "email", "name", "passwordHash", "sessionVersion", "lastSignInAt", "installationAdministrator" FROM "Account" ORDER BY "id"`,
    );
    expect(accounts.map(({ lastSignInAt, ...account }) => ({ ...account, sessionVersion: Number(account.sessionVersion), signedIn: lastSignInAt !== null }))).toEqual([
      { id: "uAnna", email: "anna@example.org", name: "Anna Admin", passwordHash: "$argon2id$anna", sessionVersion: 3, installationAdministrator: false, signedIn: true },
      { id: "uBo", email: "bo@example.org", name: "Bo Läsare", passwordHash: null, sessionVersion: 0, installationAdministrator: false, signedIn: false },
      { id: "uCarin", email: "carin@example.org", name: "Carin Chef", passwordHash: "$argon2id$carin", sessionVersion: 1, installationAdministrator: false, signedIn: false },
    ]);
  });

  it("keeps every user with its roles, sets its partnership to its person's and its account (none for the anonymised)", async () => {
    const users = await rows<{ id: string; partnershipId: string; accountId: string | null; roles: string[] | string; active: boolean }>(
      `SELECT "id", "partnershipId", "accountId", "roles"::text[] AS "roles", "active" FROM "User" ORDER BY "id"`,
    );
    expect(users.map((user) => ({ ...user, roles: normaliseArray(user.roles) }))).toEqual([
      { id: "uAnna", partnershipId: "pA", accountId: "uAnna", roles: ["ADMINISTRATOR"], active: true },
      { id: "uBo", partnershipId: "pA", accountId: "uBo", roles: ["READER"], active: false },
      { id: "uCarin", partnershipId: "pB", accountId: "uCarin", roles: ["STEERING_GROUP_MEMBER", "READER"], active: true },
      { id: "uGone", partnershipId: "pA", accountId: null, roles: ["CONTRIBUTOR"], active: false },
    ]);
    const columns = await rows<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'User' ORDER BY column_name`);
    expect(columns.map((row) => row.column_name)).not.toContain("email");
    expect(columns.map((row) => row.column_name)).not.toContain("passwordHash");
    expect(columns.map((row) => row.column_name)).not.toContain("sessionVersion");
  });

  it("moves ended sessions to the accounts and drops those of anonymised users", async () => {
    const ended = await rows<{ sessionId: string; accountId: string }>(`SELECT "sessionId", "accountId" FROM "EndedSession" ORDER BY "sessionId"`);
    expect(ended).toEqual([
      { sessionId: "s-anna-1", accountId: "uAnna" },
      { sessionId: "s-anna-2", accountId: "uAnna" },
      { sessionId: "s-carin", accountId: "uCarin" },
    ]);
  });

  it("registers one organisation per organisation number, one per party without, and links every party", async () => {
    const organisations = await rows<{ id: string; type: string; name: string; organisationNumber: string | null }>(
      `SELECT "id", "type"::text AS "type", "name", "organisationNumber" FROM "Organisation" ORDER BY "name"`,
    );
    expect(organisations).toHaveLength(3);
    const huddinge = organisations.filter((organisation) => organisation.organisationNumber === HUDDINGE);
    // The oldest party's name stands for the organisation.
    expect(huddinge).toEqual([expect.objectContaining({ type: "MUNICIPALITY", name: "Huddinge kommun" })]);

    const parties = await rows<{ id: string; organisationId: string | null; organisationNumber: string | null }>(
      `SELECT p."id", p."organisationId", o."organisationNumber" FROM "Party" p LEFT JOIN "Organisation" o ON o."id" = p."organisationId" ORDER BY p."id"`,
    );
    expect(parties.every((party) => party.organisationId !== null)).toBe(true);
    const organisationOf = new Map(parties.map((party) => [party.id, party.organisationId]));
    expect(organisationOf.get("partyA1")).toBe(huddinge[0]!.id);
    expect(organisationOf.get("partyB1")).toBe(huddinge[0]!.id);
    expect(new Set(parties.map((party) => party.organisationId)).size).toBe(3);
    expect(parties.find((party) => party.id === "partyB2")!.organisationNumber).toBeNull();
  });

  it("leaves a database the application's client reads: a user's account and partnership through Prisma", async () => {
    const anna = await scratch.database.prisma.user.findUniqueOrThrow({ where: { id: "uAnna" }, include: { account: true, person: true } });
    expect(anna.account).toMatchObject({ email: "anna@example.org", sessionVersion: 3 });
    expect(anna.partnershipId).toBe(anna.person.partnershipId);
    // The composite key holds: a user cannot point at a person of another partnership.
    await expect(scratch.database.prisma.user.update({ where: { id: "uBo" }, data: { partnershipId: "pB" } })).rejects.toThrow();
  });
});

/** node-postgres parses text[]; PGlite may too, or hand back the literal. */
function normaliseArray(value: string[] | string): string[] {
  return Array.isArray(value) ? value : value.replace(/^\{|\}$/g, "").split(",").filter(Boolean);
}
