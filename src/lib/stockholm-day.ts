import { TIME_ZONE } from "@/i18n/locales";

const calendarDate = new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The calendar day in Sweden at an instant, as the database stores whole days (UTC midnight).
 * Between midnight and 01:00/02:00 Swedish time the UTC date is still yesterday, which is why
 * "today" is never taken from the UTC date.
 */
export function stockholmDay(instant: Date): Date {
  return new Date(`${calendarDate.format(instant)}T00:00:00Z`);
}
