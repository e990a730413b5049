import { getFormatter, getLocale, getTranslations } from "@/i18n/server";
import type { DecisionRef } from "./register";

// What the register's views (register-view.tsx) and one area's page (priority-area-view.tsx) share.

export const LINK = "text-blue-900 underline";

export async function helpers() {
  const [t, tFocus, tProposals, format, locale] = [
    await getTranslations("priorityAreas"),
    await getTranslations("focusAreas"),
    await getTranslations("proposals"),
    await getFormatter(),
    await getLocale(),
  ];
  const decisionText = (decision: DecisionRef) =>
    t("decisionRef", { number: decision.number, title: decision.title, meeting: decision.meeting.title, date: format.dateTime(decision.meeting.startsAt, { dateStyle: "medium" }) });
  const name = (item: { name: string; nameEn: string | null }) => (locale === "en" && item.nameEn ? item.nameEn : item.name);
  return { t, tFocus, tProposals, format, decisionText, name };
}
