import { MIN_CYCLE_YEAR } from "@/features/calendar/annual-cycle";

/**
 * Which years have a report: from the first cycle year the application knows up to next year (a
 * plan for next year may be adopted in the autumn). Anything else in the URL is not found.
 */
export function reportYearRange(currentYear: number): { min: number; max: number } {
  return { min: MIN_CYCLE_YEAR, max: currentYear + 1 };
}

/** The year in the URL segment, or null when it is not four digits within the range. */
export function parseReportYear(segment: string, currentYear: number): number | null {
  if (!/^\d{4}$/.test(segment)) return null;
  const year = Number(segment);
  const { min, max } = reportYearRange(currentYear);
  return year >= min && year <= max ? year : null;
}

/** The previous and next years the report links to, when they are within the range. */
export function neighbouringYears(year: number, currentYear: number): { previous: number | null; next: number | null } {
  const { min, max } = reportYearRange(currentYear);
  return { previous: year - 1 >= min ? year - 1 : null, next: year + 1 <= max ? year + 1 : null };
}

/** The download's file name, the same in both languages: samverkan-uppfoljning-2026.pdf. */
export function reportFileName(year: number, extension: "pdf" | "csv"): string {
  return `samverkan-uppfoljning-${year}.${extension}`;
}
