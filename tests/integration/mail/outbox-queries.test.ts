import { beforeAll, describe, expect, it } from "vitest";
import { countOutboxMessages, findOutboxMessages, OUTBOX_PAGE_SIZE } from "@/features/mail/queries";
import { queueMail } from "@/server/mail/outbox";
import { seedDemoPartnership } from "@/server/seed/demo-partnership";
import { testDatabase } from "../../support/test-database";

const prisma = () => testDatabase().prisma;
let partnershipId: string;
let otherPartnershipId: string;

beforeAll(async () => {
  ({ partnershipId } = await seedDemoPartnership(prisma()));
  otherPartnershipId = (await prisma().partnership.create({ data: { slug: "another", name: "Another partnership" } })).id;
  for (let i = 1; i <= OUTBOX_PAGE_SIZE + 2; i++) {
    await queueMail(prisma(), [{ partnershipId, to: `p${i}@huddinge.example`, subject: `Message ${i}`, text: "x", icsContent: i === 1 ? "BEGIN:VCALENDAR" : undefined }]);
  }
  await queueMail(prisma(), [{ partnershipId: otherPartnershipId, to: "someone@elsewhere.example", subject: "Not yours", text: "x" }]);
  await prisma().outboxMessage.updateMany({ where: { subject: "Message 2" }, data: { status: "FAILED", attempts: 5, lastError: "550" } });
  await prisma().outboxMessage.updateMany({ where: { subject: "Message 3" }, data: { status: "SENT", attempts: 1, sentAt: new Date() } });
});

describe("the outbox page's queries", () => {
  it("list the partnership's own messages, newest first, a page at a time", async () => {
    const first = await findOutboxMessages(partnershipId, 1);
    expect(first.rows).toHaveLength(OUTBOX_PAGE_SIZE);
    expect(first.hasMore).toBe(true);
    expect(first.rows[0]!.subject).toBe(`Message ${OUTBOX_PAGE_SIZE + 2}`);
    expect(first.rows.some((row) => row.subject === "Not yours")).toBe(false);

    const second = await findOutboxMessages(partnershipId, 2);
    expect(second.hasMore).toBe(false);
    expect(second.rows.map((row) => row.subject)).toEqual(["Message 2", "Message 1"]);
    expect(second.rows[0]).toMatchObject({ status: "FAILED", attempts: 5, lastError: "550", hasCalendar: false });
    expect(second.rows[1]).toMatchObject({ status: "PENDING", hasCalendar: true });
  });

  it("count by status", async () => {
    expect(await countOutboxMessages(partnershipId)).toEqual({ PENDING: OUTBOX_PAGE_SIZE, SENT: 1, FAILED: 1 });
    expect(await countOutboxMessages(otherPartnershipId)).toEqual({ PENDING: 1, SENT: 0, FAILED: 0 });
  });
});
