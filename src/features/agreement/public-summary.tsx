import { getFormatter, getLocale, getTranslations } from "@/i18n/server";
import type { PublicSummary } from "./queries";

/** What may be published about an agreement: parties, purpose, bodies and period. */
export async function PublicSummaries({ summaries }: { summaries: PublicSummary[] }) {
  const [t, tFocus, tParty, tKind, tPurpose, format, locale] = await Promise.all([
    getTranslations("agreement"),
    getTranslations("focusAreas"),
    getTranslations("partyTypes"),
    getTranslations("groupKinds"),
    getTranslations("groupPurpose"),
    getFormatter(),
    getLocale(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("public.title")}</h1>
        <p className="mt-2 max-w-3xl">{t("public.intro")}</p>
      </div>
      {summaries.length === 0 ? <p>{t("public.none")}</p> : null}
      {summaries.map((summary, index) => {
        const id = `agreement-${index}`;
        const name = (locale === "en" && summary.partnershipNameEn) || summary.partnershipName;
        return (
          <article key={id} aria-labelledby={`${id}-heading`} className="space-y-4 rounded border border-slate-300 p-4">
            <h2 id={`${id}-heading`} className="text-2xl font-bold">{name}</h2>
            <p className="text-lg">{summary.title}</p>
            <section aria-labelledby={`${id}-parties`}>
              <h3 id={`${id}-parties`} className="text-xl font-semibold">{t("public.parties")}</h3>
              <ul className="list-disc pl-5">
                {summary.parties.map((party) => (
                  <li key={party.name}>
                    {party.name} ({tParty(party.type)}
                    {party.organisationNumber ? `, ${t("public.organisationNumber", { number: party.organisationNumber })}` : ""})
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby={`${id}-purpose`}>
              <h3 id={`${id}-purpose`} className="text-xl font-semibold">{t("terms.labels.purpose")}</h3>
              <p className="whitespace-pre-line">{summary.purpose}</p>
              <h4 className="mt-2 font-semibold">{t("terms.labels.focusAreas")}</h4>
              <ul className="list-disc pl-5">
                {summary.focusAreas.map((area) => (
                  <li key={area}>{tFocus(area)}</li>
                ))}
              </ul>
              <h4 className="mt-2 font-semibold">{t("terms.labels.dimensions")}</h4>
              <p>{summary.dimensions.map((dimension) => t(`dimensions.${dimension}`)).join(", ")}</p>
            </section>
            <section aria-labelledby={`${id}-bodies`}>
              <h3 id={`${id}-bodies`} className="text-xl font-semibold">{t("bodies.heading")}</h3>
              <ul className="space-y-2">
                {summary.bodies.map((body) => (
                  <li key={body.kind}>
                    <strong>{tKind(body.kind)}</strong> – {t("bodies.cadence", { count: body.meetingsPerYear })}
                    <span className="block">{tPurpose(body.kind)}</span>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby={`${id}-period`}>
              <h3 id={`${id}-period`} className="text-xl font-semibold">{t("period.heading")}</h3>
              <p>
                {summary.fixedEndDate
                  ? t("public.periodFixed", { start: date(summary.startDate), end: date(summary.fixedEndDate) })
                  : t("public.periodOpen", { start: date(summary.startDate) })}
              </p>
              <p>
                {summary.endsAtYearEnd
                  ? t("period.clauseYearEnd", { months: summary.noticePeriodMonths })
                  : t("period.clausePlain", { months: summary.noticePeriodMonths })}
              </p>
              {summary.end.ended ? (
                <p className="font-semibold">{t("public.ended", { date: date(summary.end.endDate!) })}</p>
              ) : summary.end.reason === "NOTICE" ? (
                <p className="font-semibold">{t("public.ending", { date: date(summary.end.endDate!) })}</p>
              ) : null}
            </section>
          </article>
        );
      })}
    </div>
  );
}
