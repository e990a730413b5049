import { beforeAll, describe, expect, it } from "vitest";
import { testDatabase, testDatabaseKind } from "../../support/test-database";

/**
 * The rules written by hand in the initial migration (Prisma's schema cannot state them) hold in
 * the database itself, whatever code writes to it. Each refusal is paired with an accepted write
 * that differs only in the rule, so a test cannot pass for an unrelated reason.
 */
describe(`hand-written database rules on ${testDatabaseKind()}`, () => {
  let partnershipId: string;
  let partyId: string;
  let groupId: string;
  let personId: string;

  beforeAll(async () => {
    const prisma = testDatabase().prisma;
    const partnership = await prisma.partnership.create({ data: { slug: "rules", name: "Rules" } });
    partnershipId = partnership.id;
    partyId = (await prisma.party.create({ data: { partnershipId, type: "MUNICIPALITY", name: "Kommunen" } })).id;
    groupId = (await prisma.group.create({ data: { partnershipId, kind: "STEERING_GROUP", meetingsPerYear: 4 } })).id;
    personId = (await prisma.person.create({ data: { partnershipId, name: "Anna" } })).id;
  });

  it("refuses a person's e-mail address with upper-case letters", async () => {
    const prisma = testDatabase().prisma;
    await expect(
      prisma.person.create({ data: { partnershipId, name: "Bo", email: "Bo.Berg@Example.se" } }),
    ).rejects.toThrow(/Person_email_lower_case/);
    await expect(prisma.person.create({ data: { partnershipId, name: "Bo", email: "bo.berg@example.se" } })).resolves.toBeDefined();
    await expect(prisma.person.update({ where: { id: personId }, data: { email: "ANNA@example.se" } })).rejects.toThrow(
      /Person_email_lower_case/,
    );
  });

  it("refuses an account's e-mail address with upper-case letters, a user without roles, and a user outside the person's partnership", async () => {
    const prisma = testDatabase().prisma;
    await expect(prisma.account.create({ data: { email: "Anna@example.se", name: "Anna" } })).rejects.toThrow(/Account_email_lower_case/);
    const account = await prisma.account.create({ data: { email: "anna@example.se", name: "Anna" } });
    await expect(prisma.user.create({ data: { personId, partnershipId, accountId: account.id, roles: [] } })).rejects.toThrow(/User_roles_not_empty/);
    const elsewhere = await prisma.partnership.create({ data: { slug: "rules-elsewhere", name: "Elsewhere" } });
    await expect(prisma.user.create({ data: { personId, partnershipId: elsewhere.id, accountId: account.id, roles: ["READER"] } })).rejects.toThrow(
      /User_person_partnership_fkey/,
    );
    await expect(prisma.user.create({ data: { personId, partnershipId, accountId: account.id, roles: ["READER"] } })).resolves.toBeDefined();
  });

  it("refuses a membership that ends before it starts", async () => {
    const prisma = testDatabase().prisma;
    const membership = (endDate: string) => ({
      groupId,
      personId,
      partyId,
      startDate: new Date("2026-03-01"),
      endDate: new Date(endDate),
    });
    await expect(prisma.membership.create({ data: membership("2026-02-28") })).rejects.toThrow(/Membership_period_valid/);
    // Ending on the day it starts is a valid (one-day) period.
    await expect(prisma.membership.create({ data: membership("2026-03-01") })).resolves.toBeDefined();
    expect(await prisma.membership.count({ where: { groupId } })).toBe(1);
  });

  it("refuses a group with no meetings per year", async () => {
    const prisma = testDatabase().prisma;
    await expect(
      prisma.group.create({ data: { partnershipId, kind: "WORKING_GROUP", meetingsPerYear: 0 } }),
    ).rejects.toThrow(/Group_meetingsPerYear_positive/);
    await expect(prisma.group.create({ data: { partnershipId, kind: "WORKING_GROUP", meetingsPerYear: 6 } })).resolves.toBeDefined();
  });

  it("keeps the audit trail append-only: inserts work, updates and deletes are refused", async () => {
    const { prisma } = testDatabase();
    const event = await prisma.auditEvent.create({
      data: { partnershipId, action: "partnership.created", entityType: "Partnership", entityId: partnershipId, data: { a: 1 } },
    });
    await prisma.auditEvent.create({ data: { partnershipId, action: "partnership.renamed", entityType: "Partnership" } });

    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } })).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(prisma.auditEvent.updateMany({ data: { entityId: null } })).rejects.toThrow(/append-only: UPDATE/);
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only: DELETE/);
    await expect(prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only: DELETE/);
    // Plain SQL too, not only through Prisma.
    await expect(
      testDatabase().withExclusiveSession((session) => session.exec(`UPDATE "AuditEvent" SET "action" = 'forged'`)),
    ).rejects.toThrow(/append-only: UPDATE/);
    await expect(
      testDatabase().withExclusiveSession((session) => session.exec(`DELETE FROM "AuditEvent"`)),
    ).rejects.toThrow(/append-only: DELETE/);
    await expect(
      testDatabase().withExclusiveSession((session) => session.exec(`TRUNCATE "AuditEvent"`)),
    ).rejects.toThrow(/append-only: TRUNCATE/);

    const events = await prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.map((row) => row.action)).toEqual(["partnership.created", "partnership.renamed"]);
    expect(events[0]).toMatchObject({ entityId: partnershipId, data: { a: 1 } });
  });
});
