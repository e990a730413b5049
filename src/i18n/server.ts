import "server-only";
import { cache } from "react";
import { _createCache, _createIntlFormatters, createFormatter, createTranslator, type Messages as AppMessages } from "use-intl/core";
import { getLocale } from "next-intl/server";
import { messagesFor } from "./catalogue";
import { resolveLocale, TIME_ZONE, type Locale } from "./locales";

/**
 * The server's translations and formatters: next-intl's `getTranslations` and `getFormatter`, with
 * what they build kept for the life of the process instead of for one request.
 *
 * next-intl keeps its parsed ICU messages and its Intl formatters in React's per-request cache, so
 * every request parsed each message it showed and built each date and number format again (about a
 * millisecond a page, issue #16). Both depend only on the language, the message text and the
 * format options, which the catalogue and the code fix, so one set per language is enough. The
 * language is still the request's (next-intl's `getLocale`, from src/i18n/request.ts).
 *
 * The sets grow with each distinct message and format option used, and are never emptied. That is
 * bounded only while format options come from the code: options built from data (a person's own
 * time zone, say) would need a bounded cache here.
 */

type Formatters = ReturnType<typeof _createIntlFormatters>;
type Shared = { cache: ReturnType<typeof _createCache>; formatters: Formatters };

const sharedByLocale = new Map<Locale, Shared>();

/** The parsed messages and formatters kept for one language (exported for its test). */
export function sharedFormatting(locale: Locale): Shared {
  let shared = sharedByLocale.get(locale);
  if (!shared) {
    const formatCache = _createCache();
    shared = { cache: formatCache, formatters: _createIntlFormatters(formatCache) };
    sharedByLocale.set(locale, shared);
  }
  return shared;
}

async function requestLocale(): Promise<Locale> {
  return resolveLocale(await getLocale());
}

/** A translator for the request's language, optionally scoped to a namespace ("meetings", "nav.more"). */
export const getTranslations = cache(async (namespace?: string): Promise<Translator> => {
  const locale = await requestLocale();
  const { cache: formatCache, formatters } = sharedFormatting(locale);
  // Typed as next-intl types an untyped catalogue's translator: any key, checked by the tests.
  const messages = messagesFor(locale) as AppMessages;
  return createTranslator({ locale, messages, namespace: namespace as never, timeZone: TIME_ZONE, _cache: formatCache, _formatters: formatters });
});

/** Date, number and list formatting in the request's language, in Stockholm time. */
export const getFormatter = cache(async () => {
  const locale = await requestLocale();
  const now = new Date();
  return createFormatter({ locale, timeZone: TIME_ZONE, now, _formatters: sharedFormatting(locale).formatters });
});

export type Translator = ReturnType<typeof createTranslator<AppMessages, never>>;
export type Formatter = Awaited<ReturnType<typeof getFormatter>>;

export { getLocale };
