import { beforeAll, describe, expect, it } from "vitest";
import { addAgendaItem } from "@/features/meetings/agenda-definitions";
import { cancelMeeting } from "@/features/meetings/meeting-definitions";
import { sendNotice } from "@/features/meetings/notice-definitions";
import { stockholmDay } from "@/lib/stockholm-day";
import { executeFormAction } from "@/server/actions/form-action";
import { ADMIN, actorFor, auditCount, createMeeting, form, FUTURE_YEAR, lastEvent, prisma, READER, schedule, seed, WORKING_CHAIR, type Fixture } from "./meeting-fixtures";

let fixture: Fixture;
let meetingId: string;

beforeAll(async () => {
  // Links in mail are built from AUTH_URL outside a request.
  process.env.AUTH_URL = "https://samverkan.example/";
  fixture = await seed();
  meetingId = await schedule(fixture.workingGroupId, { meetingDate: `${FUTURE_YEAR}-03-10`, meetingTitle: "Arbetsgruppens vårmöte", onlineUrl: "https://meet.example/vår" });
  const admin = await actorFor(ADMIN);
  await executeFormAction(addAgendaItem, admin, form({ meetingId, itemTitle: "Förslag till prioriterade områden", presenter: "Sara Nyström", durationMinutes: "30", itemType: "DECISION" }));
});

const version = async (id = meetingId) => (await prisma().meeting.findUniqueOrThrow({ where: { id } })).version;
const outbox = (id = meetingId) => prisma().outboxMessage.findMany({ where: { dedupeKey: { startsWith: `meeting-notice:${id}:` } }, orderBy: { toAddress: "asc" } });

/** The working group's current members with an e-mail address. */
async function expectedAddresses(): Promise<string[]> {
  const today = stockholmDay(new Date());
  const rows = await prisma().membership.findMany({
    where: { groupId: fixture.workingGroupId, startDate: { lte: today }, OR: [{ endDate: null }, { endDate: { gte: today } }], person: { email: { not: null } } },
    select: { person: { select: { email: true } } },
  });
  return [...new Set(rows.map((row) => row.person.email!))].sort();
}

describe("the notice (kallelse)", () => {
  it("queues one mail per current member with an e-mail address, with the meeting, its agenda, a link and the invitation", async () => {
    const current = await version();
    const events = await auditCount();
    const { state, result } = await executeFormAction(sendNotice, await actorFor(ADMIN), form({ meetingId, version: String(current) }));
    const addresses = await expectedAddresses();
    expect(addresses).toContain("admin@huddinge.example");
    expect(addresses).not.toContain("gunnar.ek@huddinge.example");
    expect(state).toMatchObject({ status: "success", message: "meetings.notice.sent", messageValues: { count: addresses.length } });
    expect(result!.queued).toBe(addresses.length);

    const mails = await outbox();
    expect(mails.map((mail) => mail.toAddress).sort()).toEqual(addresses);
    const people = await prisma().person.findMany({ where: { email: { in: addresses } } });
    expect(mails.map((mail) => mail.dedupeKey).sort()).toEqual(people.map((person) => `meeting-notice:${meetingId}:${current}:${person.id}`).sort());
    const mail = mails[0]!;
    expect(mail).toMatchObject({ status: "PENDING", partnershipId: fixture.partnershipId });
    expect(mail.subject).toContain("Arbetsgruppens vårmöte");
    expect(mail.subject).toContain(" / ");
    expect(mail.text).toContain("strategiska arbetsgruppen");
    expect(mail.text).toContain("10 mars");
    expect(mail.text).toContain("13:00");
    expect(mail.text).toContain("https://meet.example/vår");
    expect(mail.text).toContain("1. 13:00 Förslag till prioriterade områden");
    expect(mail.text).toContain(`https://samverkan.example/meetings/${meetingId}`);
    expect(mail.text).toContain("March");
    expect(mail.icsContent).toContain("METHOD:REQUEST");
    expect(mail.icsContent).toContain(`UID:${meetingId}@samverkan`);
    expect(mail.icsContent).toContain(`SEQUENCE:${current}`);
    expect(mail.icsContent).toContain("TZID=Europe/Stockholm");

    expect((await prisma().meeting.findUniqueOrThrow({ where: { id: meetingId } })).noticeSentAt).toBeInstanceOf(Date);
    expect(await version()).toBe(current);
    expect(await auditCount()).toBe(events + 1);
    expect((await lastEvent("meeting.notice_sent")).data).toMatchObject({ version: current, before: { noticeSentAt: null }, after: { recipients: addresses.length } });
  });

  it("refuses sending the same version again, and sends again to everyone after a change", async () => {
    const admin = await actorFor(ADMIN);
    const [count, events] = [(await outbox()).length, await auditCount()];
    const again = await executeFormAction(sendNotice, admin, form({ meetingId, version: String(await version()) }));
    expect(again.state.message).toBe("meetings.refusals.noticeAlreadySent");
    expect([(await outbox()).length, await auditCount()]).toEqual([count, events]);

    await executeFormAction(addAgendaItem, admin, form({ meetingId, itemTitle: "Övriga frågor", itemType: "INFORMATION" }));
    const stale = await executeFormAction(sendNotice, admin, form({ meetingId, version: String((await version()) - 1) }));
    expect(stale.state.message).toBe("meetings.refusals.stale");
    const updated = await executeFormAction(sendNotice, admin, form({ meetingId, version: String(await version()) }));
    expect(updated.state.status).toBe("success");
    expect((await outbox()).length).toBe(count * 2);
    const latest = await prisma().outboxMessage.findFirstOrThrow({ where: { dedupeKey: { startsWith: `meeting-notice:${meetingId}:${await version()}:` } } });
    expect(latest.text).toContain("Övriga frågor");
  });

  // Guards sending: the group's managers only; nothing is queued for anyone else.
  it("refuses members and readers, and meetings that are not planned or have begun", async () => {
    const [count, events] = [await prisma().outboxMessage.count(), await auditCount()];
    for (const email of [WORKING_CHAIR, READER]) {
      const { state } = await executeFormAction(sendNotice, await actorFor(email), form({ meetingId, version: String(await version()) }));
      expect(state.message, email).toBe("errors.forbidden");
    }
    const admin = await actorFor(ADMIN);
    const held = await createMeeting(fixture.workingGroupId, "2019-03-10", { status: "HELD" });
    expect((await executeFormAction(sendNotice, admin, form({ meetingId: held.id, version: "1" }))).state.message).toBe("meetings.refusals.notPlanned");
    const begun = await createMeeting(fixture.workingGroupId, "2019-04-10");
    expect((await executeFormAction(sendNotice, admin, form({ meetingId: begun.id, version: "1" }))).state.message).toBe("meetings.refusals.noticeTooLate");
    expect([await prisma().outboxMessage.count(), await auditCount()]).toEqual([count, events]);
  });

  it("tells the members when a meeting whose notice went out is cancelled", async () => {
    const admin = await actorFor(ADMIN);
    const { state, result } = await executeFormAction(cancelMeeting, admin, form({ meetingId, version: String(await version()), cancellationReason: "För få kan delta" }));
    expect(state.status).toBe("success");
    const mails = await prisma().outboxMessage.findMany({ where: { dedupeKey: { startsWith: `meeting-cancelled:${meetingId}:` } } });
    expect(mails).toHaveLength((await expectedAddresses()).length);
    expect(result!.cancellationMails).toBe(mails.length);
    expect(mails[0]!.text).toContain("För få kan delta");
    expect(mails[0]!.icsContent).toContain("STATUS:CANCELLED");
    // A meeting whose notice never went out is cancelled silently.
    const quiet = await schedule(fixture.steeringGroupId, { meetingDate: `${FUTURE_YEAR}-05-12` });
    const cancelled = await executeFormAction(cancelMeeting, admin, form({ meetingId: quiet, version: "1", cancellationReason: "Flyttas" }));
    expect(cancelled.result!.cancellationMails).toBe(0);
  });
});
