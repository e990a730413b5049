import Holidays from "date-holidays";
import { instantFromStockholm, stockholmParts } from "@/features/meetings/meeting-time";

/**
 * Working days and meeting times for the demo data, whatever the date of seeding: meetings fall
 * on Swedish working days (Monday to Friday, not a public holiday nor a day the banks close such
 * as midsummer, Christmas and New Year's Eve; date-holidays knows them) within office hours in
 * Stockholm, and a year's meetings stay in that year.
 */

const swedish = new Holidays("SE");
const closedDays = new Map<number, Set<string>>();

function closedDaysOf(year: number): Set<string> {
  let days = closedDays.get(year);
  if (!days) {
    days = new Set(swedish.getHolidays(year).flatMap((holiday) => (holiday.type === "public" || holiday.type === "bank" ? [holiday.date.slice(0, 10)] : [])));
    closedDays.set(year, days);
  }
  return days;
}

/** Office hours in Stockholm: a meeting starts at or after 08:00 and ends by 17:00. */
export const OFFICE_OPENS = "08:00";
export const OFFICE_CLOSES = "17:00";

/** A "YYYY-MM-DD" calendar date moved by whole days (calendar arithmetic, no time zone). */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T12:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !closedDaysOf(Number(date.slice(0, 4))).has(date);
}

/** The first working day on or after a date. */
export function workingDayOnOrAfter(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The last working day on or before a date. */
export function workingDayOnOrBefore(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/** The last working day of a year. */
export function lastWorkingDayOf(year: number): string {
  return workingDayOnOrBefore(`${year}-12-31`);
}

/** A Stockholm date some days after an instant's. */
export function stockholmDateAfter(instant: Date, days: number): string {
  return addDays(stockholmParts(instant).date, days);
}

export type MeetingSlot = { date: string; start: string; end: string };

/** The slot's start and end as instants. */
export function slotInstants(slot: MeetingSlot): { startsAt: Date; endsAt: Date } {
  return { startsAt: instantFromStockholm(slot.date, slot.start)!, endsAt: instantFromStockholm(slot.date, slot.end)! };
}
