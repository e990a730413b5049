import { TIME_ZONE } from "@/i18n/locales";

const minute = new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });

/**
 * An instant as Swedish time to the minute ("2026-11-27 14:05"), for messages written by actions,
 * which know no locale: the form is the same in both languages.
 */
export function stockholmMinute(instant: Date): string {
  return minute.format(instant);
}
