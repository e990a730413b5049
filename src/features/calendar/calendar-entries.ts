import { createTranslator } from "next-intl";
import type { GroupKind } from "@/features/membership/composition";
import { GROUP_SLUGS } from "@/features/membership/group-slug";
import type { MeetingStatus } from "@/features/meetings/cadence";
import { stockholmParts } from "@/features/meetings/meeting-time";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE } from "@/i18n/locales";
import type { IcsMeeting } from "./ics";

/**
 * From meeting rows to calendar entries, at one of two levels of detail:
 *  - "full" for signed-in users and personal (token) feeds: place, online link, the agenda, the
 *    reason of an extra or cancelled meeting and a link to the meeting's page;
 *  - "public" for everyone else, and only for meetings marked public: title, time, place, status.
 * Pure, so both levels are tested without a database.
 */

export type CalendarAgendaItem = {
  position: number;
  title: string;
  presenter: string;
  durationMinutes: number | null;
  type: "INFORMATION" | "DISCUSSION" | "DECISION";
};

export type CalendarMeetingRow = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  onlineUrl: string | null;
  status: MeetingStatus;
  isExtra: boolean;
  extraReason: string | null;
  isPublic: boolean;
  cancellationReason: string | null;
  version: number;
  groupKind: GroupKind;
  agendaItems: readonly CalendarAgendaItem[];
};

export type CalendarDetail = "full" | "public";

export type CalendarTranslator = (key: string, values?: Record<string, string | number>) => string;

/**
 * Calendar files are written in Swedish, the partnership's working language: a subscribed feed
 * has no session and no language cookie. Throws on a missing key rather than writing a key name.
 */
export function calendarTranslator(): CalendarTranslator {
  const t = createTranslator({
    locale: "sv",
    messages: messagesFor("sv"),
    timeZone: TIME_ZONE,
    onError: (error) => {
      throw error;
    },
  });
  return (key, values) => (t as unknown as CalendarTranslator)(key, values);
}

export function groupName(t: CalendarTranslator, kind: GroupKind): string {
  return t(`groupKinds.${kind}`);
}

function agendaSummary(t: CalendarTranslator, items: readonly CalendarAgendaItem[]): string | null {
  if (items.length === 0) return null;
  const lines = [...items]
    .sort((a, b) => a.position - b.position)
    .map((item) => {
      const details = [
        t(`calendar.ics.itemType.${item.type}`),
        item.presenter.trim() !== "" ? item.presenter.trim() : null,
        item.durationMinutes ? t("calendar.ics.minutes", { count: item.durationMinutes }) : null,
      ].filter((part): part is string => part !== null);
      return t("calendar.ics.agendaItem", { position: item.position, title: item.title, details: details.join(", ") });
    });
  return [t("calendar.ics.agenda"), ...lines].join("\n");
}

export function toIcsMeeting(
  row: CalendarMeetingRow,
  detail: CalendarDetail,
  context: { origin: string; t: CalendarTranslator },
): IcsMeeting {
  const { t } = context;
  const full = detail === "full";
  const paragraphs: string[] = [];
  if (full) {
    if (row.status === "CANCELLED" && row.cancellationReason?.trim()) {
      paragraphs.push(t("calendar.ics.cancellationReason", { reason: row.cancellationReason.trim() }));
    }
    if (row.isExtra && row.extraReason?.trim()) {
      paragraphs.push(t("calendar.ics.extraReason", { reason: row.extraReason.trim() }));
    }
    const agenda = agendaSummary(t, row.agendaItems);
    if (agenda) paragraphs.push(agenda);
  }
  return {
    id: row.id,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    location: row.location,
    onlineUrl: full ? row.onlineUrl : null,
    status: row.status,
    isExtra: row.isExtra,
    description: paragraphs.join("\n\n"),
    groupName: groupName(t, row.groupKind),
    sequence: row.version,
    url: full ? new URL(`/meetings/${encodeURIComponent(row.id)}`, context.origin).toString() : null,
  };
}

/** The download's file name: the group's slug and the meeting's Stockholm date, e.g. ledningsgrupp-2027-03-12.ics. */
export function meetingIcsFileName(row: Pick<CalendarMeetingRow, "groupKind" | "startsAt">): string {
  return `${GROUP_SLUGS[row.groupKind]}-${stockholmParts(row.startsAt).date}.ics`;
}

export function feedName(t: CalendarTranslator, partnershipName: string, kind: GroupKind): string {
  return t("calendar.ics.feedName", { partnership: partnershipName, group: groupName(t, kind) });
}
