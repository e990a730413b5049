import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { isForeignKeyViolation, isUniqueViolation } from "@/server/db/errors";
import { testDatabase, testDatabaseKind } from "../../support/test-database";

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("Expected the operation to fail, but it succeeded.");
}

describe(`isUniqueViolation on ${testDatabaseKind()}`, () => {
  it("the application's db() is the file's test database", async () => {
    expect(await db()).toBe(testDatabase().prisma);
  });

  it("recognises a duplicate partnership slug", async () => {
    const prisma = testDatabase().prisma;
    await prisma.partnership.create({ data: { slug: "dup-slug", name: "First" } });
    const error = await errorOf(() => prisma.partnership.create({ data: { slug: "dup-slug", name: "Second" } }));

    expect(isUniqueViolation(error)).toBe(true);
    expect(isForeignKeyViolation(error)).toBe(false);
    expect(await prisma.partnership.count({ where: { slug: "dup-slug" } })).toBe(1);
  });

  it("recognises a second user of one account in one partnership inside an interactive transaction", async () => {
    const prisma = testDatabase().prisma;
    const partnership = await prisma.partnership.create({ data: { slug: "users", name: "Users" } });
    const [first, second] = await Promise.all(
      ["Anna", "Bo"].map((name) => prisma.person.create({ data: { partnershipId: partnership.id, name } })),
    );
    const account = await prisma.account.create({ data: { email: "same@example.se", name: "Anna" } });
    await prisma.user.create({ data: { personId: first!.id, partnershipId: partnership.id, accountId: account.id, roles: ["READER"] } });

    const error = await errorOf(() =>
      prisma.$transaction(async (tx) => {
        await tx.user.create({ data: { personId: second!.id, partnershipId: partnership.id, accountId: account.id, roles: ["READER"] } });
      }),
    );
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("recognises a duplicate account e-mail", async () => {
    const prisma = testDatabase().prisma;
    await prisma.account.create({ data: { email: "twice@example.se", name: "Anna" } });
    const error = await errorOf(() => prisma.account.create({ data: { email: "twice@example.se", name: "Bo" } }));
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("does not mistake a foreign key violation for a unique violation", async () => {
    const prisma = testDatabase().prisma;
    const error = await errorOf(() =>
      prisma.party.create({ data: { partnershipId: "no-such-partnership", type: "MUNICIPALITY", name: "Kommunen" } }),
    );

    expect(isUniqueViolation(error)).toBe(false);
    expect(isForeignKeyViolation(error)).toBe(true);
  });

  it("does not mistake a check violation or an ordinary error for a unique violation", async () => {
    const prisma = testDatabase().prisma;
    const partnership = await prisma.partnership.create({ data: { slug: "checks", name: "Checks" } });
    const error = await errorOf(() =>
      prisma.person.create({ data: { partnershipId: partnership.id, name: "Anna", email: "Anna@Example.se" } }),
    );

    expect(isUniqueViolation(error)).toBe(false);
    expect(isUniqueViolation(new Error("duplicate key value violates unique constraint"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });

  // A raw query's failure arrives as P2010 with the driver's error under `meta.driverAdapterError`.
  it("recognises a unique violation from a raw query", async () => {
    const prisma = testDatabase().prisma;
    await prisma.partnership.create({ data: { slug: "raw-dup", name: "First" } });
    const error = await errorOf(() =>
      prisma.$executeRaw`INSERT INTO "Partnership" ("id", "slug", "name", "updatedAt") VALUES ('raw', 'raw-dup', 'Second', now())`,
    );
    expect(isUniqueViolation(error)).toBe(true);
  });
});
