import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "@/i18n/locales";

/**
 * Meetings are entered and shown in Swedish local time but stored as instants. These conversions
 * go through @date-fns/tz so that summer time (CEST) and winter time (CET) are right on both sides
 * of the switch.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant of a local date ("2027-03-12") and time ("13:00") in Stockholm, or null when either
 * is not a real date or time. In the hour skipped when summer time begins, the wall time does not
 * exist; it resolves to the instant one hour later, as clocks do.
 */
export function instantFromStockholm(date: string, time: string): Date | null {
  const dateMatch = DATE_PATTERN.exec(date);
  const timeMatch = TIME_PATTERN.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [year, month, day] = [Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3])];
  const zoned = new TZDate(year, month - 1, day, Number(timeMatch[1]), Number(timeMatch[2]), TIME_ZONE);
  // Date rolls 31 February over into March; such a date is refused, not moved.
  if (zoned.getFullYear() !== year || zoned.getMonth() !== month - 1 || zoned.getDate() !== day) return null;
  return new Date(zoned.getTime());
}

export type StockholmParts = { date: string; time: string; year: number };

/** The Stockholm wall-clock date ("YYYY-MM-DD"), time ("HH:mm") and year of an instant. */
export function stockholmParts(instant: Date): StockholmParts {
  const zoned = new TZDate(instant.getTime(), TIME_ZONE);
  const pad = (value: number) => String(value).padStart(2, "0");
  return {
    date: `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`,
    time: `${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`,
    year: zoned.getFullYear(),
  };
}

/** The calendar year in Stockholm an instant belongs to: the cycle a meeting counts towards. */
export function stockholmYear(instant: Date): number {
  return stockholmParts(instant).year;
}

/** The first instant of a Stockholm calendar year, and of the next: the bounds of a cycle. */
export function stockholmYearBounds(year: number): { start: Date; end: Date } {
  return {
    start: new Date(new TZDate(year, 0, 1, 0, 0, TIME_ZONE).getTime()),
    end: new Date(new TZDate(year + 1, 0, 1, 0, 0, TIME_ZONE).getTime()),
  };
}
