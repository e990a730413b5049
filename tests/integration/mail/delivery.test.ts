import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openPostgresDatabase, type Database } from "@/server/db/connection";
import { deliverPendingMail, MAX_DELIVERY_ATTEMPTS } from "@/server/mail/delivery";
import { queueMail, type OutgoingMail } from "@/server/mail/outbox";
import type { MailMessage, MailSender } from "@/server/mail/sender";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { openScratchDatabase, testDatabase, testDatabaseKind, type ScratchDatabase } from "../../support/test-database";

const prisma = () => testDatabase().prisma;
let partnershipId: string;

beforeAll(async () => {
  ({ partnershipId } = await seedDemoPartnership(prisma()));
});
beforeEach(async () => {
  await prisma().outboxMessage.deleteMany();
});

/** Records what it was asked to send; fails for the addresses it is told to. */
class FakeSender implements MailSender {
  readonly sent: MailMessage[] = [];
  constructor(private readonly failFor: (message: MailMessage) => string | null = () => null) {}
  async send(message: MailMessage) {
    const failure = this.failFor(message);
    if (failure) throw Object.assign(new Error(failure), { code: "EENVELOPE" });
    this.sent.push(message);
  }
}

const mail = (n: number, extra: Partial<OutgoingMail> = {}): OutgoingMail => ({
  partnershipId,
  to: `person${n}@huddinge.example`,
  subject: `Message ${n}`,
  text: `Body ${n}`,
  ...extra,
});

/** Queued one at a time, so that createdAt orders them. */
async function queue(...messages: OutgoingMail[]) {
  for (const message of messages) {
    await queueMail(prisma(), [message]);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("deliverPendingMail", () => {
  it("sends pending messages oldest first and marks them SENT with the time", async () => {
    await queue(mail(1), mail(2, { icsContent: "BEGIN:VCALENDAR\r\nEND:VCALENDAR" }), mail(3));
    const sender = new FakeSender();
    const before = new Date();

    const report = await deliverPendingMail({ sender });

    expect(report).toEqual({ sent: 3, retrying: 0, failed: 0 });
    expect(sender.sent.map((message) => message.to)).toEqual(["person1@huddinge.example", "person2@huddinge.example", "person3@huddinge.example"]);
    expect(sender.sent[1]).toMatchObject({ subject: "Message 2", text: "Body 2", icsContent: "BEGIN:VCALENDAR\r\nEND:VCALENDAR" });
    const rows = await prisma().outboxMessage.findMany({ orderBy: { createdAt: "asc" } });
    for (const row of rows) {
      expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
      expect(row.sentAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    }
    // Nothing is sent twice: a second run finds nothing.
    expect(await deliverPendingMail({ sender })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(sender.sent).toHaveLength(3);
  });

  it("stops at the limit and leaves the rest pending", async () => {
    await queue(mail(1), mail(2), mail(3));
    const sender = new FakeSender();
    expect(await deliverPendingMail({ sender, limit: 2 })).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(sender.sent.map((message) => message.subject)).toEqual(["Message 1", "Message 2"]);
    expect(await prisma().outboxMessage.count({ where: { status: "PENDING" } })).toBe(1);
  });

  it("counts a failed attempt and keeps the error, retries on later runs, and gives up after five", async () => {
    await queue(mail(1, { to: "bounce@huddinge.example" }), mail(2));
    const sender = new FakeSender((message) => (message.to.startsWith("bounce") ? "550 No such user" : null));

    // The failing message is tried once per run, and does not hold up the others.
    expect(await deliverPendingMail({ sender })).toEqual({ sent: 1, retrying: 1, failed: 0 });
    let bounced = await prisma().outboxMessage.findFirstOrThrow({ where: { toAddress: "bounce@huddinge.example" } });
    expect(bounced).toMatchObject({ status: "PENDING", attempts: 1, lastError: "EENVELOPE: 550 No such user", sentAt: null });

    for (let run = 2; run < MAX_DELIVERY_ATTEMPTS; run++) {
      expect(await deliverPendingMail({ sender })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    }
    expect(await deliverPendingMail({ sender })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    bounced = await prisma().outboxMessage.findFirstOrThrow({ where: { toAddress: "bounce@huddinge.example" } });
    expect(bounced).toMatchObject({ status: "FAILED", attempts: MAX_DELIVERY_ATTEMPTS, sentAt: null });

    // FAILED is final.
    expect(await deliverPendingMail({ sender })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(sender.sent.map((message) => message.to)).toEqual(["person2@huddinge.example"]);
  });

  it("sends a message that failed before once the sender recovers", async () => {
    await queue(mail(1));
    let down = true;
    const sender = new FakeSender(() => (down ? "connect ECONNREFUSED" : null));
    expect(await deliverPendingMail({ sender })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    down = false;
    expect(await deliverPendingMail({ sender })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(await prisma().outboxMessage.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("never sends one message twice when two calls in one process overlap", async () => {
    await queue(...Array.from({ length: 8 }, (_, i) => mail(i + 1)));
    const sender = new SlowSender();
    const reports = await Promise.all([deliverPendingMail({ sender }), deliverPendingMail({ sender })]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(8);
    expect(sender.sent.map((message) => message.id).sort()).toEqual([...new Set(sender.sent.map((message) => message.id))].sort());
    expect(sender.sent).toHaveLength(8);
  });
});

describe("queueMail", () => {
  it("writes a message with a dedupe key once, however often it is queued", async () => {
    const reminder = mail(1, { dedupeKey: "agreement-reminder:a1:NOTICE_DEADLINE:2027-06-30:60:u1" });
    expect(await queueMail(prisma(), [reminder])).toBe(1);
    expect(await queueMail(prisma(), [reminder, mail(2, { dedupeKey: "other" })])).toBe(1);
    expect(await prisma().$transaction((tx) => queueMail(tx, [reminder]))).toBe(0);
    expect(await prisma().outboxMessage.count()).toBe(2);
    // Messages without a key are never deduplicated.
    expect(await queueMail(prisma(), [mail(3), mail(3)])).toBe(2);
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    await expect(
      prisma().$transaction(async (tx) => {
        await queueMail(tx, [mail(1)]);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma().outboxMessage.count()).toBe(0);
  });
});

/** Takes a little while per message, so that concurrent deliverers really overlap. */
class SlowSender extends FakeSender {
  override async send(message: MailMessage) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await super.send(message);
  }
}

// Two app instances are two connection pools on one PostgreSQL database. PGlite belongs to one
// process, so there the in-process case above is the whole story. Runs with TEST_DATABASE_URL set.
const onPostgres = testDatabaseKind() === "postgres";

describe("two app instances on PostgreSQL", () => {
  let scratch: ScratchDatabase | undefined;
  const instances: Database[] = [];
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    await scratch?.dispose();
  });

  it.skipIf(!onPostgres)("never send one message twice", async () => {
    scratch = await openScratchDatabase({ migrated: true });
    for (let i = 0; i < 2; i++) instances.push(await openPostgresDatabase(scratch.url!, 3));
    const { partnershipId: scratchPartnership } = await seedDemoPartnership(scratch.database.prisma);
    await queueMail(
      scratch.database.prisma,
      Array.from({ length: 30 }, (_, i) => ({ partnershipId: scratchPartnership, to: `p${i}@huddinge.example`, subject: `m${i}`, text: "x" })),
    );

    const senders = [new SlowSender(), new SlowSender()];
    const reports = await Promise.all(instances.map((database, i) => deliverPendingMail({ sender: senders[i]!, database })));

    const sentIds = senders.flatMap((sender) => sender.sent.map((message) => message.id));
    expect(sentIds).toHaveLength(30);
    expect(new Set(sentIds).size).toBe(30);
    // Both instances did part of the work: they ran side by side, not one after the other.
    expect(senders.every((sender) => sender.sent.length > 0)).toBe(true);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(30);
    expect(await scratch.database.prisma.outboxMessage.count({ where: { status: "SENT", attempts: 1 } })).toBe(30);
  });
});
