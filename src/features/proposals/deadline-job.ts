import "server-only";
import { stockholmDay } from "@/lib/stockholm-day";
import { db } from "@/server/db";
import { queueMail } from "@/server/mail/outbox";
import { configuredOrigin } from "@/server/public-origin";
import { deadlinePassedMail } from "./notifications";

export type DeadlineNoticeReport = { calls: number; queued: number };

/**
 * The background job's part (issue #5, item 6): for each call whose deadline has passed and whose
 * working group was not yet told, mail the group's current members once. The call is claimed by
 * setting `deadlineNotifiedAt` where it is still unset, in the same transaction as the mail, so two
 * runs (or two app instances) tell the group once.
 */
export async function queueDeadlineNotices(now: Date = new Date(), options: { origin?: string } = {}): Promise<DeadlineNoticeReport> {
  const prisma = await db();
  const origin = options.origin ?? configuredOrigin() ?? `http://localhost:${process.env.PORT || 3000}`;
  const due = await prisma.proposalCall.findMany({
    where: { deadlineNotifiedAt: null, deadline: { lte: now } },
    orderBy: { deadline: "asc" },
    select: { id: true, partnershipId: true, title: true, deadline: true },
  });
  const report: DeadlineNoticeReport = { calls: 0, queued: 0 };
  const today = stockholmDay(now);
  for (const call of due) {
    report.queued += await prisma.$transaction(async (tx) => {
      const { count } = await tx.proposalCall.updateMany({ where: { id: call.id, deadline: call.deadline, deadlineNotifiedAt: null }, data: { deadlineNotifiedAt: now } });
      if (count === 0) return 0;
      report.calls += 1;
      const submitted = await tx.proposal.count({ where: { callId: call.id, submittedAt: { not: null } } });
      const memberships = await tx.membership.findMany({
        where: {
          group: { partnershipId: call.partnershipId, kind: "WORKING_GROUP" },
          startDate: { lte: today },
          OR: [{ endDate: null }, { endDate: { gte: today } }],
          person: { active: true, email: { not: null } },
        },
        orderBy: { person: { name: "asc" } },
        select: { person: { select: { id: true, name: true, email: true } } },
      });
      const recipients = new Map<string, { personId: string; name: string; email: string }>();
      for (const { person } of memberships) if (person.email && !recipients.has(person.id)) recipients.set(person.id, { personId: person.id, name: person.name, email: person.email });
      const messages = deadlinePassedMail({ partnershipId: call.partnershipId, call, submitted, origin, recipients: [...recipients.values()] });
      const queued = await queueMail(tx, messages);
      await tx.auditEvent.create({
        data: {
          partnershipId: call.partnershipId,
          action: "proposal_call.deadline_notified",
          entityType: "ProposalCall",
          entityId: call.id,
          data: { deadline: call.deadline.toISOString(), submitted, recipients: messages.length },
        },
      });
      return queued;
    });
  }
  return report;
}
