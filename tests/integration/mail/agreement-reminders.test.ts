import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { day } from "@/features/agreement/dates";
import { queueAgreementReminders } from "@/features/agreement/reminder-mail";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { testDatabase } from "../../support/test-database";
import { createUser } from "../../support/users";

// The demo agreement runs until further notice; notice ends it at the year-end at least six
// months later. Judged in 2027 its last notice day is 30 June 2027 (for 31 December 2027), and the
// reminders' stages fall 60, 30 and 7 days before: 1 May, 31 May and 23 June.
const prisma = () => testDatabase().prisma;
const ORIGIN = "https://samverkan.example";
const run = (now: string) => queueAgreementReminders(new Date(now), { origin: ORIGIN });

let partnershipId: string;
let agreementId: string;
const userIds: Record<string, string> = {};

async function addAdministrator(name: string, email: string, { userActive = true, personActive = true } = {}) {
  const person = await prisma().person.create({ data: { partnershipId, name, email, active: personActive } });
  const user = await createUser(prisma(), { personId: person.id, email, roles: ["ADMINISTRATOR"], active: userActive });
  userIds[email] = user.id;
}

beforeAll(async () => {
  ({ partnershipId } = await seedDemoPartnership(prisma()));
  agreementId = (await prisma().agreement.findUniqueOrThrow({ where: { partnershipId } })).id;
  userIds["admin@huddinge.example"] = (await prisma().user.findFirstOrThrow({ where: { account: { email: "admin@huddinge.example" } } })).id;
  await addAdministrator("Second Administrator", "admin2@huddinge.example");
  await addAdministrator("Deactivated Administrator", "former@huddinge.example", { userActive: false });
  await addAdministrator("Departed Administrator", "departed@huddinge.example", { personActive: false });
});

const outbox = () => prisma().outboxMessage.findMany({ orderBy: { toAddress: "asc" } });

describe("queueAgreementReminders", () => {
  beforeEach(async () => {
    await prisma().outboxMessage.deleteMany();
  });

  it("queues nothing before the first stage is due", async () => {
    expect(await run("2027-03-01T10:00:00Z")).toEqual({ queued: 0, due: 0 });
    // 23:59 on 30 April in Stockholm is still the day before the first stage, though UTC says so too late.
    expect(await run("2027-04-30T21:59:00Z")).toEqual({ queued: 0, due: 0 });
    expect(await prisma().outboxMessage.count()).toBe(0);
  });

  it("queues one mail per active administrator when a reminder is due (the day starts in Stockholm)", async () => {
    // 00:00 on 1 May in Stockholm, 22:00 on 30 April in UTC.
    expect(await run("2027-04-30T22:00:00Z")).toEqual({ queued: 2, due: 1 });

    const messages = await outbox();
    expect(messages.map((message) => message.toAddress)).toEqual(["admin2@huddinge.example", "admin@huddinge.example"]);
    for (const message of messages) {
      expect(message).toMatchObject({ partnershipId, status: "PENDING", attempts: 0, icsContent: null });
      expect(message.subject).toBe(
        "Påminnelse: sista dag att säga upp avtalet är 30 juni 2027 / Reminder: the last day to give notice on the agreement is June 30, 2027",
      );
      expect(message.text).toContain("60 dagar kvar");
      expect(message.text).toContain("upphör 31 december 2027");
      expect(message.text).toContain(`${ORIGIN}/agreement`);
    }
    expect(messages.find((message) => message.toAddress === "admin@huddinge.example")!.text).toContain("Hej Maria Lindqvist!");
    expect(messages.map((message) => message.dedupeKey).sort()).toEqual(
      ["admin@huddinge.example", "admin2@huddinge.example"].map((email) => `agreement-reminder:${agreementId}:NOTICE_DEADLINE:2027-06-30:60:${userIds[email]}`).sort(),
    );
  });

  it("does not queue a reminder again, however often it runs, until the next stage", async () => {
    expect((await run("2027-05-01T08:00:00Z")).queued).toBe(2);
    expect(await run("2027-05-01T08:01:00Z")).toEqual({ queued: 0, due: 1 });
    expect(await run("2027-05-20T08:00:00Z")).toEqual({ queued: 0, due: 1 });
    expect(await prisma().outboxMessage.count()).toBe(2);

    // 31 May: the 30-day stage, a new reminder.
    expect((await run("2027-05-31T08:00:00Z")).queued).toBe(2);
    expect(await prisma().outboxMessage.count({ where: { dedupeKey: { contains: "NOTICE_DEADLINE:2027-06-30:30:" } } })).toBe(2);
  });

  it("queues nothing after the last notice day has passed until the next year's first stage", async () => {
    expect(await run("2027-07-01T08:00:00Z")).toEqual({ queued: 0, due: 0 });
  });

  it("queues nothing while the agreement is under notice", async () => {
    const party = await prisma().party.findFirstOrThrow({ where: { partnershipId, type: "UNIVERSITY" } });
    const notice = await prisma().agreementNotice.create({
      data: { agreementId, partyId: party.id, receivedOn: day("2027-04-01"), endDate: day("2027-12-31"), noticePeriodMonths: 6, endsAtYearEnd: true },
    });
    try {
      expect(await run("2027-05-15T08:00:00Z")).toEqual({ queued: 0, due: 0 });
      expect(await prisma().outboxMessage.count()).toBe(0);
    } finally {
      await prisma().agreementNotice.delete({ where: { id: notice.id } });
    }
  });

  it("reminds of a fixed end date in the terms in force", async () => {
    // An amended version from 1 January 2027 ends the agreement on 31 March 2027.
    const first = await prisma().agreementTermsVersion.findFirstOrThrow({ where: { agreementId, number: 1 } });
    const { id: _id, createdAt: _createdAt, amendmentId: _amendmentId, ...terms } = first;
    const amendment = await prisma().agreementAmendment.create({
      data: { agreementId, number: 1, reason: "A fixed end", changes: { endDate: "2027-03-31" }, baseVersionNumber: 1, proposedEffectiveDate: day("2027-01-01"), status: "APPROVED", decidedAt: new Date("2026-12-01T10:00:00Z") },
    });
    await prisma().agreementTermsVersion.create({
      data: { ...terms, number: 2, amendmentId: amendment.id, effectiveDate: day("2027-01-01"), endDate: day("2027-03-31") },
    });

    // 75 days before the end: the 90-day stage. Notice could no longer reach a year-end before it.
    expect(await run("2027-01-15T08:00:00Z")).toEqual({ queued: 2, due: 1 });
    const messages = await outbox();
    expect(messages[0]!.subject).toBe("Påminnelse: avtalet upphör 31 mars 2027 / Reminder: the agreement ends on March 31, 2027");
    expect(messages[0]!.text).toContain("75 dagar kvar");
    expect(messages[0]!.dedupeKey).toBe(`agreement-reminder:${agreementId}:FIXED_END:2027-03-31:90:${userIds["admin2@huddinge.example"]}`);

    // After the end date the agreement has ended: nothing more.
    expect(await run("2027-04-01T08:00:00Z")).toEqual({ queued: 0, due: 0 });
  });
});
