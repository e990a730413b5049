import { getFormatter, getTranslations } from "@/i18n/server";
import type { Actor } from "@/server/auth/actor";
import { FeedTokenForms } from "./feed-token-forms";
import { getFeedTokenStatus } from "./queries";

/** "Kalenderprenumeration" on the account page: the user's personal feed link, made, replaced or turned off. */
export async function FeedTokenSection({ actor }: { actor: Actor }) {
  const [t, format, status] = await Promise.all([getTranslations("calendar.feed"), getFormatter(), getFeedTokenStatus(actor.userId)]);
  return (
    <section aria-labelledby="calendar-feed-heading" className="max-w-3xl space-y-4">
      <h2 id="calendar-feed-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <p>{t("intro")}</p>
      <p>{t("private")}</p>
      <p className="font-semibold">
        {status
          ? t("statusActive", { date: format.dateTime(status.createdAt, { dateStyle: "long", timeStyle: "short" }) })
          : t("statusNone")}
      </p>
      <FeedTokenForms tokenCreatedAt={status ? status.createdAt.toISOString() : null} />
    </section>
  );
}
