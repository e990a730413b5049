import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { messagesFor } from "./catalogue";
import { LOCALE_COOKIE, resolveLocale, TIME_ZONE } from "./locales";

// The language is a preference kept in a cookie rather than in the URL: Swedish unless the
// visitor chose English.
export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: messagesFor(locale), timeZone: TIME_ZONE };
});
