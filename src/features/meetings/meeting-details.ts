import { instantFromStockholm, stockholmYear } from "./meeting-time";

/**
 * A meeting's time and place as the schedule and edit forms give them (Stockholm wall-clock date
 * and times), checked and turned into what is stored. Pure, so the rules are unit-tested; the
 * actions turn the problems into field errors.
 */

export type MeetingDetailsInput = {
  meetingDate: string;
  startTime: string;
  endTime: string;
  location: string;
  onlineUrl: string;
  isExtra: boolean;
  extraReason: string;
};

export type MeetingDetails = {
  startsAt: Date;
  endsAt: Date;
  /** The Stockholm calendar year the meeting counts towards. */
  cycleYear: number;
  location: string;
  onlineUrl: string | null;
  isExtra: boolean;
  extraReason: string | null;
};

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** The database's plausibility check on cycleYear. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2200;

/** An online meeting link must be a full https address (it goes into mail and calendars). */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

export function meetingDetailsFrom(input: MeetingDetailsInput): { details: MeetingDetails } | { fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  const problem = (field: string, key: string) => (fieldErrors[field] ??= []).push(key);

  const dateValid = DATE_PATTERN.test(input.meetingDate) && instantFromStockholm(input.meetingDate, "12:00") !== null;
  if (!dateValid) problem("meetingDate", "validation.date");
  if (!TIME_PATTERN.test(input.startTime)) problem("startTime", "meetings.validation.time");
  if (!TIME_PATTERN.test(input.endTime)) problem("endTime", "meetings.validation.time");

  let startsAt: Date | null = null;
  let endsAt: Date | null = null;
  if (dateValid && TIME_PATTERN.test(input.startTime) && TIME_PATTERN.test(input.endTime)) {
    startsAt = instantFromStockholm(input.meetingDate, input.startTime);
    endsAt = instantFromStockholm(input.meetingDate, input.endTime);
    if (!startsAt || !endsAt || endsAt <= startsAt) problem("endTime", "meetings.validation.endBeforeStart");
  }
  const year = dateValid ? Number(input.meetingDate.slice(0, 4)) : null;
  if (year !== null && (year < FIRST_YEAR || year > LAST_YEAR)) problem("meetingDate", "meetings.validation.yearRange");

  if (input.onlineUrl !== "" && !isHttpsUrl(input.onlineUrl)) problem("onlineUrl", "meetings.validation.onlineUrl");
  if (input.location === "" && input.onlineUrl === "") problem("location", "meetings.validation.placeOrLink");
  if (input.isExtra && input.extraReason === "") problem("extraReason", "meetings.validation.extraReason");

  if (Object.keys(fieldErrors).length > 0 || !startsAt || !endsAt) return { fieldErrors };
  return {
    details: {
      startsAt,
      endsAt,
      cycleYear: stockholmYear(startsAt),
      location: input.location,
      onlineUrl: input.onlineUrl === "" ? null : input.onlineUrl,
      isExtra: input.isExtra,
      // A reason is kept only for an extra meeting (the database requires exactly that).
      extraReason: input.isExtra ? input.extraReason : null,
    },
  };
}
