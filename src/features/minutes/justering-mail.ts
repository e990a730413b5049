import "server-only";
import { bilingualMail } from "@/server/mail/bilingual";
import type { OutgoingMail } from "@/server/mail/outbox";
import type { ApprovalRole } from "./justering";

export type JusteringRecipient = { personId: string; name: string; email: string | null; role: ApprovalRole };

/** The page where the minutes are read and approved. */
export function minutesPath(meetingId: string): string {
  return `/meetings/${meetingId}/minutes`;
}

/**
 * "The minutes are ready for your justering": one mail to the chair and to each adjuster with an
 * e-mail address, in Swedish and English. The key names the minutes' version, so sending the same
 * version twice mails nobody twice, while minutes sent again after a return to draft are mailed anew.
 */
export function justeringMail(input: {
  partnershipId: string;
  minutesId: string;
  version: number;
  meeting: { id: string; title: string; startsAt: Date };
  origin: string;
  recipients: readonly JusteringRecipient[];
}): OutgoingMail[] {
  const link = `${input.origin}${minutesPath(input.meeting.id)}`;
  return input.recipients.flatMap((recipient) => {
    if (!recipient.email) return [];
    const { subject, text } = bilingualMail((t, _locale, format) => ({
      subject: t("minutes.mail.subject", { title: input.meeting.title }),
      text: t("minutes.mail.body", {
        name: recipient.name,
        title: input.meeting.title,
        date: format.dateTime(input.meeting.startsAt, { dateStyle: "long" }),
        role: recipient.role,
        link,
      }),
    }));
    return [
      {
        partnershipId: input.partnershipId,
        to: recipient.email,
        subject,
        text,
        dedupeKey: `minutes-justering:${input.minutesId}:${input.version}:${recipient.personId}`,
      },
    ];
  });
}
