import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { TIME_ZONE } from "@/i18n/locales";

/**
 * iCalendar (RFC 5545) output for meetings: single-meeting downloads, e-mail invitations and the
 * groups' subscribable feeds all go through meetingsCalendar().
 *
 * Times are written as Stockholm wall-clock times with TZID=Europe/Stockholm and a VTIMEZONE, so a
 * calendar shows 13:00 for a 13:00 meeting on either side of the summer-time switch. ical-generator
 * formats a native Date with a time zone in the server process's own zone, so the instants are
 * handed over as TZDate values, which it converts to the event's zone itself.
 *
 * The calendar text is Swedish, the partnership's working language: a calendar file has no
 * request locale, and the people who subscribe to it read the meetings in Swedish.
 */

export type IcsMeeting = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  onlineUrl: string | null;
  status: "PLANNED" | "HELD" | "CANCELLED";
  isExtra: boolean;
  description: string;
  groupName: string;
  /** The meeting's version: calendar clients replace an event when its SEQUENCE grows. */
  sequence: number;
  /** The meeting's page in the application, when the reader may open it. */
  url: string | null;
};

export type MeetingsCalendarOptions = {
  name: string;
  method?: "REQUEST" | "PUBLISH";
  /**
   * Who sends the invitation. iTIP (RFC 5546) wants an ORGANIZER on every METHOD:REQUEST event;
   * mail invitations should pass the sending address. Optional, and left out of PUBLISH feeds.
   */
  organizer?: { name: string; email: string };
};

const PRODUCT_ID = { company: "Samverkan", product: "Samverkan", language: "SV" } as const;

export const ICS_TEXT = {
  extraMeeting: "Extrainsatt möte",
  cancelled: "Inställt",
  online: "Digitalt möte",
} as const;

/** The UID of a meeting's event: stable across exports, so a re-import updates rather than duplicates. */
export function meetingUid(id: string): string {
  return `${id}@samverkan`;
}

/** RFC 5545 TEXT escaping, for the values ical-generator writes as given (the calendar name). */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, "\\n");
}

function summaryOf(meeting: IcsMeeting): string {
  const parts = [meeting.status === "CANCELLED" ? `${ICS_TEXT.cancelled}: ${meeting.title}` : meeting.title];
  if (meeting.isExtra) parts.push(`(${ICS_TEXT.extraMeeting})`);
  return parts.join(" ");
}

function descriptionOf(meeting: IcsMeeting): string {
  const paragraphs: string[] = [];
  if (meeting.isExtra) paragraphs.push(`${ICS_TEXT.extraMeeting} – ${meeting.groupName}`);
  else paragraphs.push(meeting.groupName);
  if (meeting.description.trim() !== "") paragraphs.push(meeting.description.trim());
  if (meeting.onlineUrl) paragraphs.push(`${ICS_TEXT.online}: ${meeting.onlineUrl}`);
  if (meeting.url) paragraphs.push(meeting.url);
  return paragraphs.join("\n\n");
}

function locationOf(meeting: IcsMeeting): string | null {
  const place = meeting.location.trim();
  if (place !== "") return place;
  return meeting.onlineUrl;
}

export function meetingsCalendar(meetings: readonly IcsMeeting[], options: MeetingsCalendarOptions): string {
  const calendar = new ICalCalendar({
    prodId: PRODUCT_ID,
    name: escapeText(options.name),
    method: options.method === "REQUEST" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH,
    // Only the generator: a calendar-level zone name would make ical-generator write DTSTAMP as
    // local time, while RFC 5545 wants it in UTC. The events name their zone themselves.
    timezone: { name: null, generator: getVtimezoneComponent },
  });

  for (const meeting of meetings) {
    calendar.createEvent({
      id: meetingUid(meeting.id),
      sequence: meeting.sequence,
      start: new TZDate(meeting.startsAt.getTime(), TIME_ZONE),
      end: new TZDate(meeting.endsAt.getTime(), TIME_ZONE),
      timezone: TIME_ZONE,
      summary: summaryOf(meeting),
      description: descriptionOf(meeting),
      location: locationOf(meeting),
      url: meeting.url,
      categories: [{ name: meeting.groupName }],
      status: meeting.status === "CANCELLED" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: options.organizer ?? null,
    });
  }

  return calendar.toString();
}
