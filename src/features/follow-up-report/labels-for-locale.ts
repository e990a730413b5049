import "server-only";
import { createFormatter, createTranslator } from "next-intl";
import { messagesFor } from "@/i18n/catalogue";
import { TIME_ZONE, type Locale } from "@/i18n/locales";
import { reportLabels, type ReportLabels, type Translate } from "./report-labels";

/**
 * The report's words and formats in one language, made once per language in a process and shared
 * by the page and the downloads. The catalogue and the time zone never change while the process
 * runs, and a translator that lives on keeps its compiled messages and number formats: one made
 * per request (getTranslations) compiles them again on every view of a report of a thousand cells.
 */
const byLocale = new Map<Locale, ReportLabels>();

export function labelsFor(locale: Locale): ReportLabels {
  let labels = byLocale.get(locale);
  if (!labels) {
    const translate = createTranslator({ locale, messages: messagesFor(locale), timeZone: TIME_ZONE });
    labels = reportLabels(translate as unknown as Translate, createFormatter({ locale, timeZone: TIME_ZONE }));
    byLocale.set(locale, labels);
  }
  return labels;
}
