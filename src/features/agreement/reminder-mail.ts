import "server-only";
import { activeAdministrators } from "@/server/auth/administrators";
import { stockholmDay } from "@/lib/stockholm-day";
import { db } from "@/server/db";
import { bilingualMail } from "@/server/mail/bilingual";
import { queueMail, type OutgoingMail } from "@/server/mail/outbox";
import { configuredOrigin } from "@/server/public-origin";
import { TERMS_SELECT, toTermsVersion } from "./agreement-context";
import { dueReminders, type Reminder } from "./reminders";
import { agreementEnd, lastNoticeDay } from "./termination";
import { versionInForce } from "./terms";

export type ReminderQueueReport = {
  /** Messages newly queued (a reminder already queued for someone is not queued again). */
  queued: number;
  /** Reminders due today, summed over the agreements. */
  due: number;
};

export type ReminderOptions = {
  /** Where links point; AUTH_URL's origin unless given, else http://localhost:PORT. */
  origin?: string;
};

/**
 * Queues the agreement reminders due today (in Stockholm) for every partnership's agreement: one
 * mail per active administrator of that partnership and reminder, with the deadline and a link to
 * the agreement page. The dedupe key names the agreement, the reminder's stage and the
 * administrator, so however often this runs each administrator gets each reminder once; an
 * administrator added later still gets the stage that is current. The same rules as the agreement
 * page's reminder list decide what is due (see ./reminders.ts and getAgreementPage).
 */
export async function queueAgreementReminders(now: Date = new Date(), options: ReminderOptions = {}): Promise<ReminderQueueReport> {
  const prisma = await db();
  const today = stockholmDay(now);
  const origin = options.origin ?? configuredOrigin() ?? `http://localhost:${process.env.PORT || 3000}`;
  const agreements = await prisma.agreement.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      partnershipId: true,
      title: true,
      termsVersions: { orderBy: { number: "asc" }, select: TERMS_SELECT },
      notices: { select: { endDate: true, withdrawnAt: true } },
    },
  });

  const report: ReminderQueueReport = { queued: 0, due: 0 };
  for (const agreement of agreements) {
    const versions = agreement.termsVersions.map(toTermsVersion);
    const current = versionInForce(versions, today) ?? versions[0];
    if (!current) continue;
    const end = agreementEnd(today, current.terms, agreement.notices.map((notice) => ({ endDate: notice.endDate, withdrawn: notice.withdrawnAt !== null })));
    const underNotice = end.reason === "NOTICE";
    const noticeDeadline = end.ended || underNotice ? null : lastNoticeDay(today, current.terms);
    const reminders = dueReminders(today, { lastNoticeDay: noticeDeadline?.lastDay ?? null, fixedEndDate: current.terms.endDate, ended: end.ended || underNotice });
    if (reminders.length === 0) continue;
    report.due += reminders.length;

    const administrators = await activeAdministrators(prisma, agreement.partnershipId);
    const messages: OutgoingMail[] = reminders.flatMap((reminder) =>
      administrators.map((administrator) => ({
        partnershipId: agreement.partnershipId,
        to: administrator.email,
        ...reminderMailText(reminder, { title: agreement.title, name: administrator.name, yearEnd: noticeDeadline?.endDate ?? null, url: `${origin}/agreement` }),
        dedupeKey: `agreement-reminder:${agreement.id}:${reminder.key}:${administrator.id}`,
      })),
    );
    // queueMail writes with ON CONFLICT DO NOTHING on the dedupe key, so two instances running
    // this at once queue each message once.
    report.queued += await queueMail(prisma, messages);
  }
  return report;
}

type ReminderMailContext = { title: string; name: string; yearEnd: Date | null; url: string };

/** The reminder mail in Swedish and English. */
export function reminderMailText(reminder: Reminder, context: ReminderMailContext) {
  return bilingualMail((t, _locale, format) => {
    // Whole days are stored as UTC midnight: formatted in UTC so they never shift a day.
    const day = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
    const values = { title: context.title, date: day(reminder.deadline), days: reminder.daysLeft, endDate: context.yearEnd ? day(context.yearEnd) : "" };
    return {
      subject: t(`agreement.reminderMail.${reminder.kind}.subject`, values),
      text: [
        t("agreement.reminderMail.greeting", { name: context.name }),
        t(`agreement.reminderMail.${reminder.kind}.body`, values),
        t("agreement.reminderMail.link", { url: context.url }),
        t("agreement.reminderMail.why"),
      ].join("\n\n"),
    };
  });
}
