/**
 * Calendar days as the database stores them (`@db.Date`): a Date at UTC midnight. Every function
 * here reads and writes the UTC fields only, so a day never shifts with the server's time zone.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The day written as YYYY-MM-DD, or null when it is not a real calendar day (e.g. 2026-02-30). */
export function parseDay(value: string): Date | null {
  const match = ISO_DAY.exec(value.trim());
  if (!match) return null;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = new Date(Date.UTC(year, month - 1, dayOfMonth));
  if (result.getUTCFullYear() !== year || result.getUTCMonth() !== month - 1 || result.getUTCDate() !== dayOfMonth) return null;
  return result;
}

/** Like parseDay, for values known to be valid (constants, tests); throws otherwise. */
export function day(value: string): Date {
  const parsed = parseDay(value);
  if (!parsed) throw new Error(`Not a calendar day: ${value}`);
  return parsed;
}

export function isoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export function addDays(value: Date, days: number): Date {
  return new Date(value.getTime() + days * DAY_MS);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * The day `months` calendar months later (or earlier, when negative). When the target month has
 * no such day, the last day of that month: the Swedish rule for periods counted in months
 * (lag 1930:173 om beräkning av lagstadgad tid), e.g. 31 August + 6 months = 28/29 February.
 */
export function addMonths(value: Date, months: number): Date {
  if (!Number.isInteger(months)) throw new Error(`Months must be a whole number: ${months}`);
  const total = value.getUTCFullYear() * 12 + value.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  return new Date(Date.UTC(year, monthIndex, Math.min(value.getUTCDate(), daysInMonth(year, monthIndex))));
}

/** 31 December of a year. */
export function yearEnd(year: number): Date {
  return new Date(Date.UTC(year, 11, 31));
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export function earliest(...days: (Date | null | undefined)[]): Date | null {
  let result: Date | null = null;
  for (const candidate of days) if (candidate && (!result || candidate < result)) result = candidate;
  return result;
}

export function latest(...days: (Date | null | undefined)[]): Date | null {
  let result: Date | null = null;
  for (const candidate of days) if (candidate && (!result || candidate > result)) result = candidate;
  return result;
}

export function sameDay(a: Date | null, b: Date | null): boolean {
  return a === null || b === null ? a === b : a.getTime() === b.getTime();
}
