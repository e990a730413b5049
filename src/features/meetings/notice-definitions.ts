import "server-only";
import { stockholmDay } from "@/lib/stockholm-day";
import { ActionError } from "@/server/actions/action-error";
import type { FormActionDefinition, TransactionClient } from "@/server/actions/form-action";
import type { Actor } from "@/server/auth/actor";
import { queueMail } from "@/server/mail/outbox";
import { appOrigin } from "@/server/public-origin";
import { meetingForChange } from "./meeting-context";
import { cancellationMail, invitationCalendar, noticeMail, type MailMeeting } from "./notice-mail";
import { meetingVersionSchema } from "./schemas";

/** The group's members today who can be mailed: one row per person, active, with an address. */
async function currentRecipients(tx: TransactionClient, groupId: string): Promise<{ personId: string; name: string; email: string }[]> {
  const today = stockholmDay(new Date());
  const memberships = await tx.membership.findMany({
    where: {
      groupId,
      startDate: { lte: today },
      OR: [{ endDate: null }, { endDate: { gte: today } }],
      person: { active: true, email: { not: null } },
    },
    orderBy: { person: { name: "asc" } },
    select: { person: { select: { id: true, name: true, email: true } } },
  });
  const byPerson = new Map<string, { personId: string; name: string; email: string }>();
  for (const { person } of memberships) {
    if (person.email && !byPerson.has(person.id)) byPerson.set(person.id, { personId: person.id, name: person.name, email: person.email });
  }
  return [...byPerson.values()];
}

/** The meeting as the mail shows it, with its agenda and the link to its page. */
async function mailMeeting(tx: TransactionClient, meetingId: string): Promise<MailMeeting> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: {
      group: { select: { kind: true } },
      agendaItems: { orderBy: { position: "asc" }, select: { title: true, presenter: true, durationMinutes: true, type: true } },
    },
  });
  return {
    id: meeting.id,
    title: meeting.title,
    groupKind: meeting.group.kind,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    location: meeting.location,
    onlineUrl: meeting.onlineUrl,
    status: meeting.status,
    isExtra: meeting.isExtra,
    extraReason: meeting.extraReason,
    cancellationReason: meeting.cancellationReason,
    version: meeting.version,
    agenda: meeting.agendaItems,
    url: `${await appOrigin()}/meetings/${meeting.id}`,
  };
}

/**
 * Sends the notice (kallelse) of a planned meeting to every current member of the group with an
 * e-mail address: one queued mail each, in the same transaction, with the meeting's invitation
 * attached. Each mail is keyed by the meeting's version, so sending again after a change (a move,
 * a new agenda) reaches everyone again, while sending again without a change reaches only members
 * who have not had this version yet — and is refused when there are none.
 */
export const sendNotice: FormActionDefinition<typeof meetingVersionSchema, { queued: number }> = {
  schema: meetingVersionSchema,
  permission: "partnership:view",
  successMessage: "meetings.notice.sent",
  successMessageValues: (result) => ({ count: result.queued }),
  async run({ input, actor, tx }) {
    const meeting = await meetingForChange(tx, actor, input.meetingId);
    if (meeting.version !== input.version) throw new ActionError("meetings.refusals.stale");
    if (meeting.status !== "PLANNED") throw new ActionError("meetings.refusals.notPlanned");
    const sentAt = new Date();
    if (meeting.startsAt <= sentAt) throw new ActionError("meetings.refusals.noticeTooLate");

    const recipients = await currentRecipients(tx, meeting.groupId);
    if (recipients.length === 0) throw new ActionError("meetings.refusals.noRecipients");
    const mail = await mailMeeting(tx, meeting.id);
    const { subject, text } = noticeMail(mail);
    const icsContent = invitationCalendar(mail);
    const queued = await queueMail(
      tx,
      recipients.map((recipient) => ({
        partnershipId: actor.partnershipId,
        to: recipient.email,
        subject,
        text,
        icsContent,
        dedupeKey: `meeting-notice:${meeting.id}:${meeting.version}:${recipient.personId}`,
      })),
    );
    if (queued === 0) throw new ActionError("meetings.refusals.noticeAlreadySent");
    // Not a change of the meeting itself: the version (and the calendar's SEQUENCE) stays.
    await tx.meeting.update({ where: { id: meeting.id }, data: { noticeSentAt: sentAt } });
    return {
      audit: {
        action: "meeting.notice_sent",
        entityType: "Meeting",
        entityId: meeting.id,
        data: {
          group: meeting.group.kind,
          title: meeting.title,
          version: meeting.version,
          before: { noticeSentAt: meeting.noticeSentAt?.toISOString() ?? null },
          after: { noticeSentAt: sentAt.toISOString(), recipients: queued },
        },
      },
      result: { queued },
    };
  },
};

/**
 * Tells the group's current members that a meeting whose notice went out is cancelled, with the
 * cancelled event attached so calendars mark it. Called by the cancel action, in its transaction.
 */
export async function queueCancellationMail(tx: TransactionClient, actor: Actor, meetingId: string): Promise<number> {
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { groupId: true } });
  const recipients = await currentRecipients(tx, meeting.groupId);
  if (recipients.length === 0) return 0;
  const mail = await mailMeeting(tx, meetingId);
  const { subject, text } = cancellationMail(mail);
  const icsContent = invitationCalendar(mail);
  return queueMail(
    tx,
    recipients.map((recipient) => ({
      partnershipId: actor.partnershipId,
      to: recipient.email,
      subject,
      text,
      icsContent,
      dedupeKey: `meeting-cancelled:${meetingId}:${recipient.personId}`,
    })),
  );
}
