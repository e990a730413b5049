import "server-only";
import { createFormatter } from "next-intl";
import { meetingsCalendar, type IcsMeeting } from "@/features/calendar/ics";
import { TIME_ZONE } from "@/i18n/locales";
import { bilingualMail, mailTranslator, type MailFormatter, type MailText, type MailTranslator } from "@/server/mail/bilingual";
import { agendaSchedule, type AgendaItemType } from "./agenda";

/**
 * The notice (kallelse) and cancellation mail of a meeting: Swedish then English in one message,
 * with the meeting as an iCalendar invitation attached.
 */

export type MailMeeting = {
  id: string;
  title: string;
  groupKind: "STEERING_GROUP" | "WORKING_GROUP";
  startsAt: Date;
  endsAt: Date;
  location: string;
  onlineUrl: string | null;
  status: "PLANNED" | "HELD" | "CANCELLED";
  isExtra: boolean;
  extraReason: string | null;
  cancellationReason: string | null;
  version: number;
  agenda: { title: string; presenter: string; durationMinutes: number | null; type: AgendaItemType }[];
  /** The meeting's page. */
  url: string;
};

const when = (meeting: MailMeeting, format: MailFormatter) => ({
  date: format.dateTime(meeting.startsAt, { dateStyle: "full" }),
  start: format.dateTime(meeting.startsAt, { timeStyle: "short" }),
  end: format.dateTime(meeting.endsAt, { timeStyle: "short" }),
});

function agendaLines(meeting: MailMeeting, t: MailTranslator, format: MailFormatter): string[] {
  const schedule = agendaSchedule(meeting, meeting.agenda);
  return schedule.items.map((item, index) => {
    const details = [
      t(`meetings.agendaTypes.${item.type}`),
      item.presenter ? item.presenter : null,
      item.durationMinutes !== null ? t("meetings.mail.minutes", { minutes: item.durationMinutes }) : null,
    ].filter(Boolean);
    const time = item.startsAt ? `${format.dateTime(item.startsAt, { timeStyle: "short" })} ` : "";
    return `${index + 1}. ${time}${item.title} (${details.join(", ")})`;
  });
}

function placeLines(meeting: MailMeeting, t: MailTranslator): string[] {
  return [
    meeting.location ? t("meetings.mail.place", { place: meeting.location }) : null,
    meeting.onlineUrl ? t("meetings.mail.online", { link: meeting.onlineUrl }) : null,
  ].filter((line): line is string => line !== null);
}

export function noticeMail(meeting: MailMeeting): MailText {
  return bilingualMail((t, _locale, format) => {
    const time = when(meeting, format);
    const agenda = agendaLines(meeting, t, format);
    const lines = [
      t("meetings.mail.noticeIntro", { group: meeting.groupKind }),
      "",
      meeting.title,
      ...(meeting.isExtra ? [t("meetings.mail.extra", { reason: meeting.extraReason ?? "" })] : []),
      t("meetings.mail.when", time),
      ...placeLines(meeting, t),
      "",
      t("meetings.mail.agenda"),
      ...(agenda.length > 0 ? agenda : [t("meetings.mail.noAgenda")]),
      "",
      t("meetings.mail.page", { link: meeting.url }),
      t("meetings.mail.invitationAttached"),
    ];
    return { subject: t("meetings.mail.noticeSubject", { title: meeting.title, date: time.date }), text: lines.join("\n") };
  });
}

export function cancellationMail(meeting: MailMeeting): MailText {
  return bilingualMail((t, _locale, format) => {
    const time = when(meeting, format);
    const lines = [
      t("meetings.mail.cancelledIntro", { group: meeting.groupKind, title: meeting.title, ...time }),
      ...(meeting.cancellationReason ? [t("meetings.mail.cancelledReason", { reason: meeting.cancellationReason })] : []),
      "",
      t("meetings.mail.page", { link: meeting.url }),
    ];
    return { subject: t("meetings.mail.cancelledSubject", { title: meeting.title, date: time.date }), text: lines.join("\n") };
  });
}

/** The meeting as an invitation (METHOD:REQUEST); its SEQUENCE is the meeting's version. */
export function invitationCalendar(meeting: MailMeeting): string {
  // Calendars are in Swedish, the partnership's working language (see calendar/ics.ts).
  const t = mailTranslator("sv");
  const format = createFormatter({ locale: "sv", timeZone: TIME_ZONE });
  const agenda = agendaLines(meeting, t, format);
  const event: IcsMeeting = {
    id: meeting.id,
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    location: meeting.location,
    onlineUrl: meeting.onlineUrl,
    status: meeting.status,
    isExtra: meeting.isExtra,
    description: [meeting.isExtra && meeting.extraReason ? t("meetings.mail.extra", { reason: meeting.extraReason }) : null, agenda.length > 0 ? [t("meetings.mail.agenda"), ...agenda].join("\n") : null]
      .filter(Boolean)
      .join("\n\n"),
    groupName: t(`groupKinds.${meeting.groupKind}`),
    sequence: meeting.version,
    url: meeting.url,
  };
  return meetingsCalendar([event], { name: meeting.title, method: "REQUEST" });
}
