import "server-only";
// use-intl/core (the core that next-intl builds on) has no React in it, so mail can be composed in any process.
import { createFormatter, createTranslator } from "use-intl/core";
import { messagesFor } from "@/i18n/catalogue";
import { LOCALES, TIME_ZONE, type Locale } from "@/i18n/locales";

/** The subject and plain-text body of one mail. */
export type MailText = { subject: string; text: string };

export type MailTranslationValues = Record<string, string | number | Date>;

/** Looks up a catalogue key (full path, e.g. "agreement.reminderMail.greeting") in one language. */
export type MailTranslator = (key: string, values?: MailTranslationValues) => string;

/** Dates and numbers in the same language, in Swedish time. */
export type MailFormatter = ReturnType<typeof createFormatter>;

/** Writes the mail in one language; called once per language. */
export type MailComposer = (t: MailTranslator, locale: Locale, format: MailFormatter) => MailText;

/**
 * Mail goes out before we know the recipient's language, so every mail holds both: Swedish first,
 * then English, in one message. The subjects are joined with " / "; each body ends with the
 * catalogue's line saying the mail was sent by the application. A missing key throws rather than
 * sending a key name to someone's inbox.
 *
 *   const { subject, text } = bilingualMail((t, locale, format) => ({
 *     subject: t("meetings.noticeMail.subject", { title }),
 *     text: t("meetings.noticeMail.body", { date: format.dateTime(startsAt, { dateStyle: "long", timeStyle: "short" }) }),
 *   }));
 */
export function bilingualMail(compose: MailComposer): MailText {
  const parts = LOCALES.map((locale) => {
    const t = mailTranslator(locale);
    const part = compose(t, locale, createFormatter({ locale, timeZone: TIME_ZONE }));
    return { locale, subject: part.subject.trim(), text: `${part.text.trim()}\n\n${t("mail.compose.automatic")}`, t };
  });
  const [first, ...others] = parts;
  return {
    subject: parts.map((part) => part.subject).join(" / "),
    text: [first!.text, ...others.map((part) => `${SEPARATOR}\n${part.t("mail.compose.inThisLanguage")}\n\n${part.text}`)].join("\n\n"),
  };
}

const SEPARATOR = "-".repeat(40);

/** One language's translator over the whole catalogue, throwing on a missing key or a bad message. */
export function mailTranslator(locale: Locale): MailTranslator {
  const t = createTranslator({
    locale,
    messages: messagesFor(locale),
    timeZone: TIME_ZONE,
    onError: (error) => {
      throw error;
    },
  });
  return (key, values) => (t as unknown as (key: string, values?: MailTranslationValues) => string)(key, values);
}
